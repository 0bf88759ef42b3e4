package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.LeaveReason;
import org.grassroots.core.api.LeaveRequest;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.TransferRequest;
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
 * Transfers of organizational relationship (组织关系转接) on top of core's transfer: within the platform (the sending
 * side issues the letter, the receiving side accepts, which moves the member in core), out of it (the letter goes to
 * an organization elsewhere; done when its receipt returns) and into it (a letter from elsewhere, done when the
 * receiving unit has the member). Letters are numbered per year ({@code 2024-0007}) and valid for some days.
 */
@Component(service = Transfers.class)
public class Transfers {
    static final String TYPE = "membership.transfer";
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("(19|20)\\d\\d-(0[1-9]|1[0-2])");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;
    private final DuesPaidUpTo paidUpTo;

    @Activate
    public Transfers(@Reference(target = MembershipModule.UNIT) JpaTemplate jpa,
                     @Reference(target = MembershipModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                     @Reference AuditLog audit, @Reference MemberService members, @Reference DuesPaidUpTo paidUpTo) {
        this.jpa = jpa;
        this.scope = scopes.of(MembershipModule.ID);
        this.audit = audit;
        this.members = members;
        this.paidUpTo = paidUpTo;
    }

    public TransferLetter create(TransferDraft draft) {
        if (draft == null || draft.kind() == null) {
            throw MembershipText.TEXT.invalid("kind", "field.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        MemberReference member = null;
        Organization unit = null;
        Organization target = null;
        String name = null;
        if (draft.kind() == TransferKind.IN) {
            unit = MembershipText.unit(scope, draft.organizationId(), "organizationId", errors);
            name = errors.line("memberName", draft.memberName(), 100, true);
        } else {
            member = draft.memberId() == null ? null : members.reference(draft.memberId()).orElse(null);
            if (member == null) {
                errors.add("memberId", MembershipText.TEXT.message("member.unknown", draft.memberId()));
            } else {
                name = member.name();
            }
        }
        if (draft.kind() == TransferKind.WITHIN) {
            target = MembershipText.unit(scope, draft.targetId(), "targetId", errors);
            if (target != null && member != null && target.id() == member.organizationId()) {
                errors.add("targetId", MembershipText.TEXT.message("transfer.sameUnit"));
            }
        }
        String external = errors.line("externalOrg", draft.externalOrg(), 200, draft.kind() != TransferKind.WITHIN);
        String addressee = errors.line("addressee", draft.addressee(), 200, true);
        String reason = errors.note("reason", draft.reason(), 500, false);
        // a member of the platform: the letter states the month the dues module records, where one is installed and
        // knows the member; a letter from elsewhere (IN) or a member it does not know: the month as typed
        String duesPaidTo = member == null ? draft.duesPaidTo() : paidUpTo.month(member).orElse(draft.duesPaidTo());
        if (duesPaidTo == null || !MONTH.matcher(duesPaidTo).matches()) {
            errors.add("duesPaidTo", MembershipText.TEXT.message("month.format"));
        }
        int validDays = draft.validDays() == null ? 30 : draft.validDays();
        if (validDays < 7 || validDays > 90) {
            errors.add("validDays", MembershipText.TEXT.message("transfer.validDays"));
        }
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        long ownerId = member != null ? member.organizationId() : unit.id();
        String ownerPath = member != null ? member.path() : unit.path();
        scope.requireEnabled(ownerId);
        String actor = scope.actor();
        MemberReference m = member;
        Organization t = target;
        String n = name;
        return jpa.txExpr(TransactionType.Required, em -> {
            if (m != null) {
                long open = em.createQuery("SELECT COUNT(t) FROM TransferEntity t WHERE t.memberId = :m AND t.status IN :open",
                        Long.class).setParameter("m", m.id()).setParameter("open", List.of(TransferStatus.REQUESTED,
                        TransferStatus.ISSUED)).getSingleResult();
                if (open > 0) {
                    throw MembershipText.TEXT.conflict("transfer.open", m.name());
                }
            }
            TransferEntity e = new TransferEntity();
            e.kind = draft.kind();
            e.status = TransferStatus.REQUESTED;
            e.memberId = m == null ? null : m.id();
            e.memberName = n;
            e.organizationId = ownerId;
            e.orgPath = ownerPath;
            e.targetId = t == null ? null : t.id();
            e.targetPath = t == null ? null : t.path();
            e.externalOrg = external;
            e.addressee = addressee;
            e.reason = reason;
            e.duesPaidTo = duesPaidTo;
            e.validDays = validDays;
            e.createdAt = UtcTimes.now();
            e.createdBy = actor;
            em.persist(e);
            em.flush();
            if (e.kind == TransferKind.IN) {
                issueIn(em, e, LocalDate.now(), actor);
            }
            audit.record("CREATE", TYPE, e.id, e.kind + " " + n, List.of(new FieldChange("status", null, e.status.name())));
            return toRecord(e);
        });
    }

    /** The sending side issues the numbered letter (REQUESTED → ISSUED). */
    public TransferLetter issue(long id, long version, TransferStepDraft draft) {
        LocalDate on = date(draft);
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            TransferEntity e = current(em, id, version);
            scope.requireRecord(e.organizationId, TYPE, id);
            if (e.status != TransferStatus.REQUESTED) {
                throw MembershipText.TEXT.conflict("transfer.illegal", e.status, TransferAction.ISSUE, TransferStatus.REQUESTED);
            }
            issueIn(em, e, on, actor);
            audit.record("ISSUE", TYPE, e.id, e.letterNo, List.of(new FieldChange("status", "REQUESTED", "ISSUED")));
            return toRecord(e);
        });
    }

    void issueIn(EntityManager em, TransferEntity e, LocalDate on, String actor) {
        String prefix = on.getYear() + "-";
        List<String> numbers = em.createQuery("SELECT t.letterNo FROM TransferEntity t WHERE t.letterNo LIKE :p "
                + "ORDER BY t.letterNo DESC", String.class).setParameter("p", prefix + "%").setMaxResults(1).getResultList();
        int next = numbers.isEmpty() ? 1 : Integer.parseInt(numbers.get(0).substring(prefix.length())) + 1;
        e.letterNo = prefix + String.format("%04d", next);
        e.status = TransferStatus.ISSUED;
        e.issuedOn = on;
        e.validUntil = on.plusDays(e.validDays);
        e.issuedBy = actor;
        em.flush();
    }

    /**
     * Completes a transfer (ISSUED → COMPLETED): within the platform the receiving side accepts and core moves the
     * member; out of it, the receipt (回执) came back; into it, the receiving unit names the member it now has.
     */
    public TransferLetter complete(long id, long version, TransferStepDraft draft) {
        LocalDate on = date(draft);
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            TransferEntity e = current(em, id, version);
            long side = e.kind == TransferKind.WITHIN ? e.targetId : e.organizationId;
            scope.requireRecord(side, TYPE, id);
            if (e.status != TransferStatus.ISSUED) {
                throw MembershipText.TEXT.conflict("transfer.illegal", e.status, TransferAction.COMPLETE, TransferStatus.ISSUED);
            }
            if (on.isBefore(e.issuedOn)) {
                throw MembershipText.TEXT.invalid("on", "transfer.beforeIssue", e.issuedOn);
            }
            if (e.kind == TransferKind.WITHIN) {
                var member = members.get(e.memberId);
                members.transfer(e.memberId, new TransferRequest(e.targetId, on, "组织关系介绍信 " + e.letterNo, member.version()));
            } else if (e.kind == TransferKind.IN && draft != null && draft.memberId() != null) {
                MemberReference m = members.reference(draft.memberId()).orElseThrow(() ->
                        MembershipText.TEXT.invalid("memberId", "member.unknown", draft.memberId()));
                e.memberId = m.id();
            } else if (e.kind == TransferKind.OUT && e.memberId != null) {
                // the receipt is back: the member belongs elsewhere now, and leaves this platform's roll
                members.leave(e.memberId, new LeaveRequest(LeaveReason.TRANSFERRED_OUT, on,
                        "组织关系介绍信 " + e.letterNo + " → " + e.externalOrg, null));
            }
            e.status = TransferStatus.COMPLETED;
            e.receiptOn = on;
            e.completedOn = on;
            e.completedBy = actor;
            em.flush();
            audit.record("COMPLETE", TYPE, e.id, e.letterNo, List.of(new FieldChange("status", "ISSUED", "COMPLETED")));
            return toRecord(e);
        });
    }

    public TransferLetter cancel(long id, long version) {
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            TransferEntity e = current(em, id, version);
            scope.requireRecord(e.organizationId, TYPE, id);
            if (e.status != TransferStatus.REQUESTED && e.status != TransferStatus.ISSUED) {
                throw MembershipText.TEXT.conflict("transfer.illegal", e.status, TransferAction.CANCEL, TransferStatus.REQUESTED);
            }
            TransferStatus before = e.status;
            e.status = TransferStatus.CANCELLED;
            e.completedBy = actor;
            em.flush();
            audit.record("CANCEL", TYPE, e.id, e.letterNo, List.of(new FieldChange("status", before.name(), "CANCELLED")));
            return toRecord(e);
        });
    }

    public TransferLetter get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(visible(em, id)));
    }

    /** Transfers of the subtree, sent or received; {@code expiringWithin} lists issued letters about to expire. */
    public Page<TransferLetter> search(Long unitId, TransferStatus status, TransferKind kind, Integer expiringWithin,
                                       PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE (t.orgPath LIKE :path OR t.targetPath LIKE :path)"
                + (status == null ? "" : " AND t.status = :status") + (kind == null ? "" : " AND t.kind = :kind")
                + (expiringWithin == null ? "" : " AND t.status = :issued AND t.validUntil <= :until");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var select = em.createQuery("SELECT t FROM TransferEntity t" + where + " ORDER BY t.createdAt DESC, t.id DESC",
                    TransferEntity.class);
            var count = em.createQuery("SELECT COUNT(t) FROM TransferEntity t" + where, Long.class);
            for (var q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (status != null) {
                    q.setParameter("status", status);
                }
                if (kind != null) {
                    q.setParameter("kind", kind);
                }
                if (expiringWithin != null) {
                    q.setParameter("issued", TransferStatus.ISSUED).setParameter("until", LocalDate.now().plusDays(expiringWithin));
                }
            }
            List<TransferLetter> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(this::toRecord).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    private static LocalDate date(TransferStepDraft draft) {
        LocalDate on = draft == null || draft.on() == null ? LocalDate.now() : draft.on();
        if (on.isAfter(LocalDate.now())) {
            throw MembershipText.TEXT.invalid("on", "date.future");
        }
        return on;
    }

    private TransferEntity visible(EntityManager em, long id) {
        TransferEntity e = em.find(TransferEntity.class, id);
        if (e == null) {
            throw new NotFoundException(MembershipText.TEXT.message("transfer.notFound", id));
        }
        boolean sender = scope.scopePath() == null || e.orgPath.startsWith(scope.scopePath());
        if (!sender && e.targetPath != null) {
            scope.requireVisible(e.targetPath, TYPE, id);
        } else {
            scope.requireVisible(e.orgPath, TYPE, id);
        }
        return e;
    }

    private TransferEntity current(EntityManager em, long id, long version) {
        TransferEntity e = visible(em, id);
        if (e.version != version) {
            throw MembershipText.TEXT.stale(TYPE, id, version, e.version);
        }
        return e;
    }

    TransferLetter toRecord(TransferEntity e) {
        return new TransferLetter(e.id, e.letterNo, e.kind, e.status, e.memberId, e.memberName, e.organizationId,
                scope.name(e.organizationId), e.targetId, e.targetId == null ? null : scope.name(e.targetId), e.externalOrg,
                e.addressee, e.reason, e.duesPaidTo, e.issuedOn, e.validUntil, e.receiptOn, e.completedOn,
                UtcTimes.instant(e.createdAt), e.createdBy, e.issuedBy, e.completedBy, e.version);
    }
}
