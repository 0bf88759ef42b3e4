package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The standards (建设标准) as versioned checklists, district-wide: issuing a standard under a new code stores its
 * version 1; issuing under an existing code stores the next version. A stored version never changes, so the
 * assessments made against it read the same forever; new assessments choose a version (normally the latest).
 */
@Component(service = Standards.class)
public class Standards {
    static final String TYPE = "position.standard";
    static final int MAX_ITEMS = 100;
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("100");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public Standards(@Reference(target = PositionModule.UNIT) JpaTemplate jpa, @Reference(target = PositionModule.SCHEMA) ModuleSchema schema,
                     @Reference ModuleScopes scopes, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(PositionModule.ID);
        this.audit = audit;
    }

    /** Issues version 1 of a new standard or the next version of an existing one. */
    public Standard issue(StandardDraft draft) {
        if (draft == null) {
            throw PosText.TEXT.invalid("body", "body.required", "{code, name, issuedOn, items}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        String code = errors.line("code", draft.code(), 40, true);
        if (code != null && !code.matches("[A-Z][A-Z0-9-]{1,39}")) {
            errors.add("code", PosText.TEXT.message("standard.code"));
        }
        String name = errors.line("name", draft.name(), 200, true);
        String note = errors.note("scopeNote", draft.scopeNote(), 500, false);
        if (draft.issuedOn() == null) {
            errors.add("issuedOn", PosText.TEXT.message("field.required"));
        } else if (draft.issuedOn().isAfter(LocalDate.now()) || draft.issuedOn().getYear() < 2000) {
            errors.add("issuedOn", PosText.TEXT.message("field.dateRange"));
        }
        List<StandardItemDraft> items = draft.items() == null ? List.of() : draft.items();
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            errors.add("items", PosText.TEXT.message("standard.items", MAX_ITEMS));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size() && i < MAX_ITEMS; i++) {
            StandardItemDraft item = items.get(i);
            String field = "items[" + i + "]";
            if (item == null) {
                errors.add(field, PosText.TEXT.message("field.required"));
                continue;
            }
            if (item.category() == null) {
                errors.add(field + ".category", PosText.TEXT.message("field.required"));
            }
            String text = errors.line(field + ".text", item.text(), 500, true);
            if (text != null && texts.contains(text)) {
                errors.add(field + ".text", PosText.TEXT.message("field.duplicate", text));
            }
            texts.add(text);
            errors.number(field + ".weight", item.weight(), new BigDecimal("0.5"), MAX_WEIGHT, 1, true);
        }
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            Integer last = em.createQuery("SELECT MAX(s.versionNo) FROM StandardEntity s WHERE s.code = :code", Integer.class)
                    .setParameter("code", code).getSingleResult();
            if (last != null) {
                StandardEntity previous = byCode(em, code, last);
                if (draft.issuedOn().isBefore(previous.issuedOn)) {
                    throw PosText.TEXT.invalid("issuedOn", "standard.before", code, last, previous.issuedOn);
                }
            }
            StandardEntity s = new StandardEntity();
            s.code = code;
            s.versionNo = last == null ? 1 : last + 1;
            s.name = name;
            s.scopeNote = note;
            s.issuedOn = draft.issuedOn();
            s.createdAt = UtcTimes.now();
            s.createdBy = actor;
            em.persist(s);
            em.flush();
            for (int i = 0; i < items.size(); i++) {
                StandardItemEntity e = new StandardItemEntity();
                e.standardId = s.id;
                e.positionNo = i + 1;
                e.category = items.get(i).category();
                e.text = texts.get(i);
                e.weight = items.get(i).weight();
                em.persist(e);
            }
            em.flush();
            audit.record("CREATE", TYPE, s.id, s.code + " v" + s.versionNo + " " + s.name,
                    List.of(new FieldChange("version", last == null ? null : String.valueOf(last), String.valueOf(s.versionNo))));
            return toRecord(em, s);
        });
    }

    /** Every version of every standard (the latest first per code), or only the latest ones. */
    public List<Standard> list(boolean latestOnly) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT s FROM StandardEntity s" + (latestOnly ? " WHERE s.versionNo = (SELECT MAX(t.versionNo) "
                                + "FROM StandardEntity t WHERE t.code = s.code)" : "") + " ORDER BY s.code, s.versionNo DESC",
                        StandardEntity.class).getResultList().stream().map(s -> toRecord(em, s)).toList());
    }

    public Standard get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, find(em, id)));
    }

    static StandardEntity find(EntityManager em, long id) {
        StandardEntity s = em.find(StandardEntity.class, id);
        if (s == null) {
            throw new NotFoundException(TYPE, id);
        }
        return s;
    }

    static StandardEntity byCode(EntityManager em, String code, int version) {
        return em.createQuery("SELECT s FROM StandardEntity s WHERE s.code = :code AND s.versionNo = :v", StandardEntity.class)
                .setParameter("code", code).setParameter("v", version).getResultList().stream().findFirst().orElse(null);
    }

    static List<StandardItemEntity> items(EntityManager em, long standardId) {
        return em.createQuery("SELECT i FROM StandardItemEntity i WHERE i.standardId = :s ORDER BY i.positionNo", StandardItemEntity.class)
                .setParameter("s", standardId).getResultList();
    }

    static Standard toRecord(EntityManager em, StandardEntity s) {
        List<StandardItem> items = items(em, s.id).stream()
                .map(i -> new StandardItem(i.id, i.positionNo, i.category, i.text, i.weight)).toList();
        BigDecimal max = items.stream().map(StandardItem::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        Integer last = em.createQuery("SELECT MAX(t.versionNo) FROM StandardEntity t WHERE t.code = :code", Integer.class)
                .setParameter("code", s.code).getSingleResult();
        return new Standard(s.id, s.code, s.versionNo, s.name, s.scopeNote, s.issuedOn, last != null && last == s.versionNo, max,
                items, UtcTimes.instant(s.createdAt), s.createdBy);
    }
}
