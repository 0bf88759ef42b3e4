package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
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
 * 入党志愿书 numbers: the level above issues a unit a range; a development file's FORM step takes a number of a range
 * of its unit or of a unit above it; numbers spoiled or lost are voided. A number is never taken twice, and one
 * outside the unit's ranges is refused.
 */
@Component(service = FormRanges.class)
public class FormRanges {
    static final String TYPE = "membership.formRange";
    static final int MAX_DIGITS = 18;
    static final long MAX_SIZE = 100_000;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public FormRanges(@Reference(target = MembershipModule.UNIT) JpaTemplate jpa,
                      @Reference(target = MembershipModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                      @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(MembershipModule.ID);
        this.audit = audit;
    }

    /** Issues a range to a unit; only from above it (the caller's scope holds the unit's parent), never overlapping. */
    public FormRange issue(FormRangeDraft draft) {
        if (draft == null) {
            throw MembershipText.TEXT.invalid("body", "body.required", "{organizationId, first, last, issuedOn}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        Organization unit = MembershipText.unit(scope, draft.organizationId(), "organizationId", errors);
        String first = errors.line("first", draft.first(), MAX_DIGITS, true);
        String last = errors.line("last", draft.last(), MAX_DIGITS, true);
        checkNumbers(first, last, errors);
        LocalDate issuedOn = errors.date("issuedOn", draft.issuedOn(), LocalDate.of(2000, 1, 1), LocalDate.now(), true);
        String note = errors.note("note", draft.note(), 500, false);
        errors.throwIfAny();
        if (unit.parentId() == null || !scope.inScope(unit.parentId())) {
            throw MembershipText.TEXT.conflict("formRange.fromAbove", unit.name());
        }
        scope.requireEnabled(unit.id());
        String actor = scope.actor();
        long from = Long.parseLong(first);
        long to = Long.parseLong(last);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<FormRangeEntity> overlapping = em.createQuery("SELECT r FROM FormRangeEntity r WHERE r.digits = :d "
                    + "AND r.first <= :to AND r.last >= :from", FormRangeEntity.class).setParameter("d", first.length())
                    .setParameter("from", from).setParameter("to", to).setMaxResults(1).getResultList();
            if (!overlapping.isEmpty()) {
                FormRangeEntity o = overlapping.get(0);
                throw MembershipText.TEXT.conflict("formRange.overlap", text(o.first, o.digits), text(o.last, o.digits),
                        scope.name(o.organizationId));
            }
            FormRangeEntity r = new FormRangeEntity();
            r.organizationId = unit.id();
            r.orgPath = unit.path();
            r.issuerId = unit.parentId();
            r.first = from;
            r.last = to;
            r.digits = first.length();
            r.issuedOn = issuedOn;
            r.note = note;
            r.createdAt = UtcTimes.now();
            r.createdBy = actor;
            em.persist(r);
            em.flush();
            audit.record("CREATE", TYPE, r.id, unit.name() + " " + first + "–" + last,
                    List.of(new FieldChange("range", null, first + "–" + last)));
            return toRecords(em, List.of(r)).get(0);
        });
    }

    /** Digits only, the same number of them, the first not after the last, at most {@link #MAX_SIZE} numbers. */
    static void checkNumbers(String first, String last, ValidationException.Builder errors) {
        boolean firstOk = first != null && first.matches("[0-9]{1," + MAX_DIGITS + "}");
        boolean lastOk = last != null && last.matches("[0-9]{1," + MAX_DIGITS + "}");
        if (first != null && !firstOk) {
            errors.add("first", MembershipText.TEXT.message("form.number", MAX_DIGITS));
        }
        if (last != null && !lastOk) {
            errors.add("last", MembershipText.TEXT.message("form.number", MAX_DIGITS));
        }
        if (firstOk && lastOk) {
            if (first.length() != last.length()) {
                errors.add("last", MembershipText.TEXT.message("formRange.width", first.length()));
            } else if (Long.parseLong(last) < Long.parseLong(first)) {
                errors.add("last", MembershipText.TEXT.message("formRange.order", first));
            } else if (Long.parseLong(last) - Long.parseLong(first) + 1 > MAX_SIZE) {
                errors.add("last", MembershipText.TEXT.message("formRange.size", MAX_SIZE));
            }
        }
    }

    /**
     * The range of the file's unit (or the nearest unit above it) that holds {@code number}, refusing a number
     * outside them or already taken or voided (as a field of the step); null then.
     */
    static FormRangeEntity rangeFor(EntityManager em, String orgPath, String number, ValidationException.Builder errors) {
        if (number == null || !number.matches("[0-9]{1," + MAX_DIGITS + "}")) {
            return null; // the rules refused its form already
        }
        long n = Long.parseLong(number);
        List<FormRangeEntity> ranges = em.createQuery("SELECT r FROM FormRangeEntity r WHERE r.orgPath IN :paths "
                        + "AND r.digits = :d AND r.first <= :n AND r.last >= :n ORDER BY r.orgPath DESC", FormRangeEntity.class)
                .setParameter("paths", Plans.ancestors(orgPath)).setParameter("d", number.length()).setParameter("n", n)
                .getResultList();
        if (ranges.isEmpty()) {
            errors.add("formNumber", MembershipText.TEXT.message("form.outsideRanges", number));
            return null;
        }
        List<FormNumberEntity> known = em.createQuery("SELECT x FROM FormNumberEntity x WHERE x.number = :n",
                FormNumberEntity.class).setParameter("n", number).getResultList();
        if (!known.isEmpty()) {
            errors.add("formNumber", MembershipText.TEXT.message(
                    known.get(0).status == FormNumberStatus.VOID ? "form.void" : "form.taken", number));
            return null;
        }
        return ranges.get(0);
    }

    /** Records the number as taken by the file (in the step's transaction). */
    static void take(EntityManager em, FormRangeEntity range, String number, long fileId, String actor) {
        em.persist(number(range, number, FormNumberStatus.USED, fileId, null, actor));
    }

    /** Voids an unused number of a range (作废: a spoiled or lost form); it can never be taken afterwards. */
    public FormNumber voidNumber(long rangeId, FormVoidDraft draft) {
        if (draft == null) {
            throw MembershipText.TEXT.invalid("body", "body.required", "{number, reason}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        String number = errors.line("number", draft.number(), MAX_DIGITS, true);
        String reason = errors.note("reason", draft.reason(), 500, true);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            FormRangeEntity r = visible(em, rangeId);
            scope.requireEnabled(r.organizationId);
            boolean inRange = number.matches("[0-9]+") && number.length() == r.digits
                    && Long.parseLong(number) >= r.first && Long.parseLong(number) <= r.last;
            if (!inRange) {
                throw MembershipText.TEXT.invalid("number", "formRange.notInRange", number, text(r.first, r.digits),
                        text(r.last, r.digits));
            }
            List<FormNumberEntity> known = em.createQuery("SELECT x FROM FormNumberEntity x WHERE x.number = :n",
                    FormNumberEntity.class).setParameter("n", number).getResultList();
            if (!known.isEmpty()) {
                throw MembershipText.TEXT.conflict(known.get(0).status == FormNumberStatus.VOID ? "form.void" : "form.taken", number);
            }
            FormNumberEntity x = number(r, number, FormNumberStatus.VOID, null, reason, actor);
            em.persist(x);
            em.flush();
            audit.record("VOID", TYPE, r.id, number, List.of(new FieldChange("number", null, number)));
            return toRecord(x);
        });
    }

    public Page<FormRange> search(Long unitId, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<FormRangeEntity> rows = em.createQuery("SELECT r FROM FormRangeEntity r WHERE r.orgPath LIKE :p "
                    + "ORDER BY r.issuedOn DESC, r.id DESC", FormRangeEntity.class).setParameter("p", unit.path() + "%")
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            long total = em.createQuery("SELECT COUNT(r) FROM FormRangeEntity r WHERE r.orgPath LIKE :p", Long.class)
                    .setParameter("p", unit.path() + "%").getSingleResult();
            return new Page<>(toRecords(em, rows), total, page.page(), page.size());
        });
    }

    /** The used and void numbers of a range, newest first. */
    public Page<FormNumber> numbers(long rangeId, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em, rangeId);
            List<FormNumber> items = em.createQuery("SELECT x FROM FormNumberEntity x WHERE x.rangeId = :r "
                            + "ORDER BY x.number DESC", FormNumberEntity.class).setParameter("r", rangeId)
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(FormRanges::toRecord).toList();
            long total = em.createQuery("SELECT COUNT(x) FROM FormNumberEntity x WHERE x.rangeId = :r", Long.class)
                    .setParameter("r", rangeId).getSingleResult();
            return new Page<>(items, total, page.page(), page.size());
        });
    }

    private FormRangeEntity visible(EntityManager em, long id) {
        FormRangeEntity r = em.find(FormRangeEntity.class, id);
        if (r == null) {
            throw MembershipText.TEXT.notFound(TYPE, id);
        }
        MembershipText.TEXT.requireVisible(scope, r.orgPath, TYPE, id);
        return r;
    }

    private static FormNumberEntity number(FormRangeEntity r, String number, FormNumberStatus status, Long fileId,
                                           String reason, String actor) {
        FormNumberEntity x = new FormNumberEntity();
        x.rangeId = r.id;
        x.number = number;
        x.status = status;
        x.fileId = fileId;
        x.reason = reason;
        x.recordedAt = UtcTimes.now();
        x.recordedBy = actor;
        return x;
    }

    /** The ranges with their used and void counts (one grouped query for the page). */
    private List<FormRange> toRecords(EntityManager em, List<FormRangeEntity> rows) {
        Map<Long, long[]> counts = new HashMap<>();
        if (!rows.isEmpty()) {
            em.createQuery("SELECT x.rangeId, x.status, COUNT(x) FROM FormNumberEntity x WHERE x.rangeId IN :ids "
                            + "GROUP BY x.rangeId, x.status", Object[].class)
                    .setParameter("ids", rows.stream().map(r -> r.id).toList()).getResultList()
                    .forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new long[2])
                            [row[1] == FormNumberStatus.USED ? 0 : 1] = ((Number) row[2]).longValue());
        }
        return rows.stream().map(r -> {
            long[] c = counts.getOrDefault(r.id, new long[2]);
            long size = r.last - r.first + 1;
            return new FormRange(r.id, r.organizationId, scope.name(r.organizationId), r.issuerId, scope.name(r.issuerId),
                    text(r.first, r.digits), text(r.last, r.digits), r.issuedOn, r.note, size, c[0], c[1], size - c[0] - c[1],
                    UtcTimes.instant(r.createdAt), r.createdBy, r.version);
        }).toList();
    }

    private static FormNumber toRecord(FormNumberEntity x) {
        return new FormNumber(x.id, x.rangeId, x.number, x.status, x.fileId, x.reason, UtcTimes.instant(x.recordedAt),
                x.recordedBy);
    }

    /** A number written with the range's width (leading zeros kept). */
    static String text(long number, int digits) {
        return String.format("%0" + digits + "d", number);
    }
}
