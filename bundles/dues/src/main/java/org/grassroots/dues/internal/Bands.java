package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The configurable bands per category (district-wide; the defaults are DOMAIN.md's, from the migration). Replacing
 * a category's bands recomputes the monthly amount of the bases of this year and later; months already opened
 * take the new amounts for their unpaid dues when they are refreshed.
 */
@Component(service = Bands.class)
public class Bands {
    static final String TYPE = "dues.bands";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Bases bases;

    @Activate
    public Bands(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference(target = DuesModule.SCHEMA) ModuleSchema schema,
                 @Reference ModuleScopes scopes, @Reference AuditLog audit, @Reference Bases bases) {
        this.jpa = jpa;
        this.scope = scopes.of(DuesModule.ID);
        this.audit = audit;
        this.bases = bases;
    }

    public List<BandSet> list() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<BandSet> sets = new ArrayList<>();
            for (CategoryEntity c : em.createQuery("SELECT c FROM CategoryEntity c", CategoryEntity.class).getResultList()) {
                sets.add(toRecord(c, bands(em, c.code)));
            }
            sets.sort((a, b) -> a.category().compareTo(b.category()));
            return sets;
        });
    }

    public BandSet get(DuesCategory category) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(category(em, category), bands(em, category)));
    }

    /** Every category's bands, for computing many amounts in one transaction. */
    static Map<DuesCategory, List<Band>> all(EntityManager em) {
        Map<DuesCategory, List<Band>> all = new EnumMap<>(DuesCategory.class);
        for (DuesCategory c : DuesCategory.values()) {
            all.put(c, bands(em, c));
        }
        return all;
    }

    static List<Band> bands(EntityManager em, DuesCategory category) {
        return em.createQuery("SELECT b FROM BandEntity b WHERE b.category = :c ORDER BY b.position", BandEntity.class)
                .setParameter("c", category).getResultList().stream()
                .map(b -> new Band(b.upTo, b.rate, b.fixedMin, b.fixedMax)).toList();
    }

    /** Replaces the category's bands; {@code version} is the category's (409 when stale). */
    public BandSet replace(DuesCategory category, long version, BandSetDraft draft) {
        if (category == null) {
            throw DuesText.TEXT.invalid("category", "field.required");
        }
        List<Band> bands = draft == null ? null : draft.bands();
        ValidationException.Builder errors = BandRules.check(category, bands);
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            CategoryEntity c = category(em, category);
            if (c.version != version) {
                throw DuesText.TEXT.stale(TYPE, category, version, c.version);
            }
            List<Band> before = bands(em, category);
            em.createQuery("DELETE FROM BandEntity b WHERE b.category = :c").setParameter("c", category).executeUpdate();
            for (int i = 0; i < bands.size(); i++) {
                Band band = bands.get(i);
                BandEntity e = new BandEntity();
                e.category = category;
                e.position = i + 1;
                e.upTo = band.upTo();
                e.rate = band.rate();
                e.fixedMin = band.fixedMin();
                e.fixedMax = band.fixedMax();
                em.persist(e);
            }
            c.updatedAt = UtcTimes.now();
            c.updatedBy = actor;
            em.flush();
            int recomputed = bases.recompute(em, category, bands);
            audit.record("UPDATE", TYPE, null, category.name() + ": " + recomputed + " bases recomputed",
                    List.of(new FieldChange("bands", describe(before), describe(bands))));
            return toRecord(c, bands);
        });
    }

    private static String describe(List<Band> bands) {
        StringBuilder s = new StringBuilder();
        for (Band b : bands) {
            s.append(s.length() == 0 ? "" : "; ");
            if (b.isRate()) {
                s.append("≤").append(b.upTo() == null ? "∞" : b.upTo().toPlainString()).append(' ')
                        .append(b.rate().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString()).append('%');
            } else {
                s.append(b.fixedMin().toPlainString()).append('–').append(b.fixedMax().toPlainString());
            }
        }
        return s.toString();
    }

    private static CategoryEntity category(EntityManager em, DuesCategory category) {
        CategoryEntity c = em.find(CategoryEntity.class, category);
        if (c == null) {
            throw new IllegalStateException("category " + category + " missing from DUES_CATEGORY");
        }
        return c;
    }

    private static BandSet toRecord(CategoryEntity c, List<Band> bands) {
        return new BandSet(c.code, bands, UtcTimes.instant(c.updatedAt), c.updatedBy, c.version);
    }
}
