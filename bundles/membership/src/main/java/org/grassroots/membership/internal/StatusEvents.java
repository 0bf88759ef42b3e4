package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.LeaveRequest;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
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
 * Membership status (党籍) events, kept apart from core's normal / lost contact / mobile status: how membership ends
 * (退党, 除名, 开除党籍, 自行脱党, 死亡: once, after which the member's history is read-only), suspension and
 * restoration (停止党籍 / 恢复党籍), lost and regained contact. The events of a member are never changed.
 */
@Component(service = StatusEvents.class)
public class StatusEvents {
    static final String TYPE = "membership.status";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;

    @Activate
    public StatusEvents(@Reference(target = MembershipModule.UNIT) JpaTemplate jpa,
                        @Reference(target = MembershipModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                        @Reference AuditLog audit, @Reference MemberService members) {
        this.jpa = jpa;
        this.scope = scopes.of(MembershipModule.ID);
        this.audit = audit;
        this.members = members;
    }

    public StatusEvent record(StatusDraft draft) {
        if (draft == null) {
            throw MembershipText.TEXT.invalid("body", "body.required", "{memberId, kind, decidedOn, decision}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        MemberReference member = draft.memberId() == null ? null : members.reference(draft.memberId()).orElse(null);
        if (member == null) {
            errors.add("memberId", MembershipText.TEXT.message("member.unknown", draft.memberId()));
        }
        if (draft.kind() == null) {
            errors.add("kind", MembershipText.TEXT.message("field.required"));
        }
        if (draft.decidedOn() == null) {
            errors.add("decidedOn", MembershipText.TEXT.message("field.required"));
        } else if (draft.decidedOn().isAfter(LocalDate.now())) {
            errors.add("decidedOn", MembershipText.TEXT.message("date.future"));
        }
        String decision = errors.note("decision", draft.decision(), 500, true);
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        scope.requireEnabled(member.organizationId());
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<StatusEntity> before = events(em, member.id());
            check(draft.kind(), before.stream().map(e -> e.kind).toList());
            onCoreRoll(member.id(), draft.kind(), draft.decidedOn(), decision);
            StatusEntity e = new StatusEntity();
            e.memberId = member.id();
            e.memberName = member.name();
            e.organizationId = member.organizationId();
            e.orgPath = member.path();
            e.kind = draft.kind();
            e.decidedOn = draft.decidedOn();
            e.decision = decision;
            e.recordedAt = UtcTimes.now();
            e.recordedBy = actor;
            em.persist(e);
            em.flush();
            audit.record("CREATE", TYPE, e.id, e.kind + " " + member.name(), List.of(new FieldChange("kind", null, e.kind.name())));
            return toRecord(e);
        });
    }

    /**
     * Core's roll follows the decision, in the same transaction: membership ended or suspended takes the member off
     * it (the record kept as history), a restoration puts them back. A refused day is answered as decidedOn.
     */
    private void onCoreRoll(long memberId, StatusKind kind, LocalDate on, String decision) {
        try {
            if (kind.leaveReason() != null) {
                members.leave(memberId, new LeaveRequest(kind.leaveReason(), on, decision, null));
            } else if (kind == StatusKind.RESTORATION) {
                members.restore(memberId, null, on);
            }
        } catch (ValidationException e) {
            ValidationException.Builder errors = ValidationException.builder();
            for (int i = 0; i < e.errors().size(); i++) {
                String field = e.errors().get(i).field();
                errors.add(field.equals("leftOn") || field.equals("restoredOn") ? "decidedOn" : field, e.reason(i));
            }
            throw errors.build();
        }
    }

    /** Whether the event may follow the member's earlier ones (409 naming the state otherwise). */
    static void check(StatusKind kind, List<StatusKind> before) {
        if (before.stream().anyMatch(StatusKind::ends)) {
            throw MembershipText.TEXT.conflict("status.ended", before.stream().filter(StatusKind::ends).findFirst().get());
        }
        boolean suspended = false;
        boolean lost = false;
        for (StatusKind k : before) {
            suspended = k == StatusKind.SUSPENSION || suspended && k != StatusKind.RESTORATION;
            lost = k == StatusKind.LOST_CONTACT || lost && k != StatusKind.CONTACT_RESTORED;
        }
        if (kind == StatusKind.SUSPENSION && suspended || kind == StatusKind.RESTORATION && !suspended) {
            throw MembershipText.TEXT.conflict("status.suspension", kind);
        }
        if (kind == StatusKind.LOST_CONTACT && lost || kind == StatusKind.CONTACT_RESTORED && !lost) {
            throw MembershipText.TEXT.conflict("status.contact", kind);
        }
    }

    private static List<StatusEntity> events(EntityManager em, long memberId) {
        return em.createQuery("SELECT e FROM StatusEntity e WHERE e.memberId = :m ORDER BY e.decidedOn, e.id", StatusEntity.class)
                .setParameter("m", memberId).getResultList();
    }

    /** A member's status history (read-only), oldest first. */
    public List<StatusEvent> ofMember(long memberId) {
        MemberReference member = members.reference(memberId).orElse(null);
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<StatusEntity> found = events(em, memberId);
            if (member == null && !found.isEmpty()) {
                scope.requireVisible(found.get(0).orgPath, TYPE, memberId);
            } else if (member == null) {
                throw new org.grassroots.core.api.NotFoundException(MembershipText.TEXT.message("member.unknown", memberId));
            }
            return found.stream().map(this::toRecord).toList();
        });
    }

    public Page<StatusEvent> search(Long unitId, StatusKind kind, Integer year, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE e.orgPath LIKE :path" + (kind == null ? "" : " AND e.kind = :kind")
                + (year == null ? "" : " AND e.decidedOn >= :from AND e.decidedOn <= :to");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var select = em.createQuery("SELECT e FROM StatusEntity e" + where + " ORDER BY e.decidedOn DESC, e.id DESC", StatusEntity.class);
            var count = em.createQuery("SELECT COUNT(e) FROM StatusEntity e" + where, Long.class);
            for (var q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (kind != null) {
                    q.setParameter("kind", kind);
                }
                if (year != null) {
                    q.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31));
                }
            }
            List<StatusEvent> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(this::toRecord).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    private StatusEvent toRecord(StatusEntity e) {
        return new StatusEvent(e.id, e.memberId, e.memberName, e.organizationId, scope.name(e.organizationId), e.kind, e.decidedOn,
                e.decision, UtcTimes.instant(e.recordedAt), e.recordedBy);
    }
}
