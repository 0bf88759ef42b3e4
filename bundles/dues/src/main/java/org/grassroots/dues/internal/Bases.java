package org.grassroots.dues.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.security.PersonalDataProtection;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Members' monthly bases (党费基数), one per member and year, confirmed once a year, and the monthly amount the
 * bands give. The base is income, personal data: encrypted at rest with core's key, masked in lists and exports
 * ({@value #MASK}), in full on a single record only for the roles core entitles to personal data (and then audited
 * as {@code READ_PERSONAL}). The monthly amount is stored in the clear: sums are computed by query.
 */
@Component(service = Bases.class)
public class Bases {
    static final String TYPE = "dues.base";
    static final String MASK = "****";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;
    private final PersonalDataProtection personalData;

    @Activate
    public Bases(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference(target = DuesModule.SCHEMA) ModuleSchema schema,
                 @Reference ModuleScopes scopes, @Reference AuditLog audit, @Reference MemberService members,
                 @Reference PersonalDataProtection personalData) {
        this.jpa = jpa;
        this.scope = scopes.of(DuesModule.ID);
        this.audit = audit;
        this.members = members;
        this.personalData = personalData;
    }

    /** A checked base, ready to store. */
    record Change(MemberReference member, int year, DuesCategory category, BigDecimal base, boolean baseUnchanged,
                  BigDecimal fixed, String note) {
    }

    /** Records the member's base for the year or, with {@code version}, changes it (409 when stale). */
    public MemberBase save(MemberBaseDraft draft, Long version) {
        if (draft == null) {
            throw DuesText.TEXT.invalid("body", "body.required", "{memberId, year, category, baseAmount, fixedAmount, note}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        MemberReference member = member(draft.memberId(), "memberId", errors);
        Change change = check(member, draft, errors);
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        DuesText.TEXT.requireRecord(scope, member.organizationId(), "member", member.id());
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            BaseEntity existing = find(em, member.id(), change.year());
            if (existing != null && version == null) {
                throw DuesText.TEXT.conflict("base.exists", member.name(), change.year());
            }
            if (existing == null && change.baseUnchanged()) {
                throw DuesText.TEXT.invalid("baseAmount", "base.masked");
            }
            if (existing != null && existing.version != version) {
                throw DuesText.TEXT.stale(TYPE, existing.id, version, existing.version);
            }
            String before = existing == null ? null : existing.category.name() + " " + existing.monthlyAmount;
            BaseEntity saved = saveIn(em, existing, change, actor);
            audit.record(existing == null ? "CREATE" : "UPDATE", TYPE, saved.id, member.name() + " " + change.year(),
                    List.of(new FieldChange("monthlyAmount", before, saved.category.name() + " " + saved.monthlyAmount)));
            return toRecord(saved, true);
        });
    }

    /** Changes a base's category and amount; its member and year stay. */
    public MemberBase update(long id, long version, MemberBaseDraft draft) {
        if (draft == null) {
            throw DuesText.TEXT.invalid("body", "body.required", "{category, baseAmount, fixedAmount, note}");
        }
        BaseEntity existing = jpa.txExpr(TransactionType.Supports, em -> {
            BaseEntity e = em.find(BaseEntity.class, id);
            if (e == null) {
                throw DuesText.TEXT.notFound(TYPE, id);
            }
            DuesText.TEXT.requireVisible(scope, e.orgPath, TYPE, id);
            return e;
        });
        return save(new MemberBaseDraft(existing.memberId, existing.year, draft.category(), draft.baseAmount(), draft.fixedAmount(),
                draft.note()), version);
    }

    Change check(MemberReference member, MemberBaseDraft draft, ValidationException.Builder errors) {
        Integer year = errors.whole("year", draft.year(), 2000, LocalDate.now().getYear() + 1, true);
        errors.required("category", draft.category());
        BigDecimal base = null;
        boolean unchanged = PersonalDataProtection.isMasked(draft.baseAmount());
        if (draft.category() != null && draft.category().byBase() && !unchanged) {
            base = amount(draft.baseAmount());
            if (base == null && draft.baseAmount() != null && !draft.baseAmount().isBlank()) {
                errors.add("baseAmount", DuesText.TEXT.message("base.amount"));
            } else {
                base = errors.number("baseAmount", base, BigDecimal.ZERO, BandRules.MAX_BASE, 2, true);
            }
        }
        if (draft.category() != null && !draft.category().byBase() && draft.baseAmount() != null && !draft.baseAmount().isBlank()) {
            errors.add("baseAmount", DuesText.TEXT.message("base.notForFixed", draft.category()));
        }
        if (draft.category() != null && draft.category().byBase() && draft.fixedAmount() != null) {
            errors.add("fixedAmount", DuesText.TEXT.message("base.fixedNotForRate", draft.category()));
        }
        String note = errors.note("note", draft.note(), Payments.MAX_NOTE, false);
        return new Change(member, year == null ? 0 : year, draft.category(), base, unchanged, draft.fixedAmount(), note);
    }

    BaseEntity saveIn(EntityManager em, BaseEntity existing, Change change, String actor) {
        List<Band> bands = Bands.bands(em, change.category());
        BigDecimal base = change.baseUnchanged() && existing != null && existing.baseAmount != null
                ? new BigDecimal(personalData.decrypt(existing.baseAmount)) : change.base();
        BigDecimal monthly;
        if (!bands.get(0).isRate() && change.fixed() != null) {
            Band band = bands.get(0);
            if (change.fixed().compareTo(band.fixedMin()) < 0 || change.fixed().compareTo(band.fixedMax()) > 0) {
                throw DuesText.TEXT.invalid("fixedAmount", "base.fixedRange", band.fixedMin().toPlainString(), band.fixedMax().toPlainString());
            }
        }
        if (change.category().byBase() && base == null) {
            throw DuesText.TEXT.invalid("baseAmount", "base.amount");
        }
        monthly = BandRules.monthly(bands, base, change.category().byBase() ? null : change.fixed());
        BaseEntity e = existing == null ? new BaseEntity() : existing;
        e.memberId = change.member().id();
        e.memberName = change.member().name();
        e.organizationId = change.member().organizationId();
        e.orgPath = change.member().path();
        e.year = change.year();
        e.category = change.category();
        e.baseAmount = change.category().byBase() ? personalData.encrypt(base.setScale(2).toPlainString()) : null;
        e.fixedAmount = change.category().byBase() ? null : monthly;
        e.monthlyAmount = monthly;
        e.note = change.note();
        e.confirmedAt = UtcTimes.now();
        e.confirmedBy = actor;
        if (existing == null) {
            em.persist(e);
        }
        em.flush();
        return e;
    }

    /** After the bands of a category changed: the monthly amounts of its bases of this year and later. */
    int recompute(EntityManager em, DuesCategory category, List<Band> bands) {
        List<BaseEntity> affected = em.createQuery("SELECT b FROM BaseEntity b WHERE b.category = :c AND b.year >= :y",
                BaseEntity.class).setParameter("c", category).setParameter("y", LocalDate.now().getYear()).getResultList();
        for (BaseEntity b : affected) {
            BigDecimal base = b.baseAmount == null ? null : new BigDecimal(personalData.decrypt(b.baseAmount));
            BigDecimal fixed = b.fixedAmount;
            if (!bands.get(0).isRate() && fixed != null
                    && (fixed.compareTo(bands.get(0).fixedMin()) < 0 || fixed.compareTo(bands.get(0).fixedMax()) > 0)) {
                fixed = fixed.max(bands.get(0).fixedMin()).min(bands.get(0).fixedMax());
            }
            b.monthlyAmount = BandRules.monthly(bands, base, category.byBase() ? null : fixed);
            b.fixedAmount = category.byBase() ? null : b.monthlyAmount;
        }
        em.flush();
        return affected.size();
    }

    public MemberBase get(long id) {
        return jpa.txExpr(TransactionType.Required, em -> {
            BaseEntity e = em.find(BaseEntity.class, id);
            if (e == null) {
                throw DuesText.TEXT.notFound(TYPE, id);
            }
            DuesText.TEXT.requireVisible(scope, e.orgPath, TYPE, id);
            return toRecord(e, true);
        });
    }

    public Page<MemberBase> search(Long unitId, Integer year, DuesCategory category, String name, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE b.orgPath LIKE :path" + (year == null ? "" : " AND b.year = :year")
                + (category == null ? "" : " AND b.category = :category") + (name == null || name.isBlank() ? "" : " AND b.memberName LIKE :name ESCAPE '!'");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<BaseEntity> select = em.createQuery("SELECT b FROM BaseEntity b" + where
                    + org.grassroots.rest.Paging.orderBy(page.sort(), Map.of("memberName", "b.memberName", "year", "b.year",
                    "category", "b.category", "monthlyAmount", "b.monthlyAmount"), "b.year DESC, b.memberName", "b.id"), BaseEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(b) FROM BaseEntity b" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (year != null) {
                    q.setParameter("year", year);
                }
                if (category != null) {
                    q.setParameter("category", category);
                }
                if (name != null && !name.isBlank()) {
                    q.setParameter("name", org.grassroots.core.api.Like.contains(name));
                }
            }
            List<MemberBase> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(b -> toRecord(b, false)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** The base that applies to the period: the member's of that year, else the latest before it. */
    static BaseEntity applying(EntityManager em, long memberId, int year) {
        return em.createQuery("SELECT b FROM BaseEntity b WHERE b.memberId = :m AND b.year <= :y ORDER BY b.year DESC",
                BaseEntity.class).setParameter("m", memberId).setParameter("y", year).setMaxResults(1)
                .getResultList().stream().findFirst().orElse(null);
    }

    static BaseEntity find(EntityManager em, long memberId, int year) {
        return em.createQuery("SELECT b FROM BaseEntity b WHERE b.memberId = :m AND b.year = :y", BaseEntity.class)
                .setParameter("m", memberId).setParameter("y", year).getResultList().stream().findFirst().orElse(null);
    }

    MemberReference member(Long memberId, String field, ValidationException.Builder errors) {
        if (memberId == null) {
            errors.add(field, DuesText.TEXT.message("field.required"));
            return null;
        }
        MemberReference member = members.reference(memberId).orElse(null);
        if (member == null) {
            errors.add(field, DuesText.TEXT.message("member.unknown", memberId));
        }
        return member;
    }

    /** One record ({@code single}: the base in full for those entitled, audited) or a list row (masked). */
    MemberBase toRecord(BaseEntity b, boolean single) {
        String base = null;
        if (b.baseAmount != null) {
            if (single && personalData.mayReveal()) {
                base = personalData.decrypt(b.baseAmount);
                audit.record("READ_PERSONAL", TYPE, b.id, b.memberName + " " + b.year, List.of());
            } else {
                base = MASK;
            }
        }
        return new MemberBase(b.id, b.memberId, b.memberName, b.organizationId, scope.name(b.organizationId), b.year, b.category,
                base, b.fixedAmount, b.monthlyAmount, b.note, UtcTimes.instant(b.confirmedAt), b.confirmedBy, b.version);
    }

    static BigDecimal amount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
