package org.grassroots.affairs.internal.terms;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleMessages;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.ForbiddenException;
import org.grassroots.core.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 提前或延期换届: an organization asks the level above for an election before its term's window or after its end
 * (at most a year either way); the level above approves or refuses it (REQUESTED → APPROVED | REFUSED, any other step
 * 409 naming the state). An approved request lets {@link Elections} record the early or delayed election. A request
 * notifies the administrators of the unit above, a decision the organization's secretaries.
 */
@Component(service = TermRequests.class)
public class TermRequests {
    static final String TYPE = "affairs.termRequest";
    private static final String LINK = "#/m/affairs/terms";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Terms terms;
    private final Notifications notifications;

    @Activate
    public TermRequests(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                        @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                        @Reference AuditLog audit, @Reference Terms terms, @Reference Notifications notifications) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.audit = audit;
        this.terms = terms;
        this.notifications = notifications;
    }

    /** Asks for an early or delayed election of a current term. */
    public TermRequest request(long termId, TermRequestDraft draft) {
        if (draft == null) {
            throw TermsText.TEXT.invalid("body", "body.required", "{kind, plannedOn, reason}");
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            TermEntity term = terms.visible(em, termId);
            Organization org = scope.enabledUnit(term.organizationId, "organizationId");
            if (term.endedOn != null) {
                throw TermsText.TEXT.conflict("term.ended", org.name());
            }
            ValidationException.Builder errors = ValidationException.builder();
            check(draft, term.endsOn, LocalDate.now(), errors);
            errors.throwIfAny();
            Long pending = em.createQuery("SELECT COUNT(r) FROM TermRequestEntity r WHERE r.termId = :t AND r.status = :s", Long.class)
                    .setParameter("t", term.id).setParameter("s", RequestStatus.REQUESTED).getSingleResult();
            if (pending > 0) {
                throw TermsText.TEXT.conflict("request.pending", org.name());
            }
            TermRequestEntity r = new TermRequestEntity();
            r.organizationId = org.id();
            r.orgPath = org.path();
            r.termId = term.id;
            r.kind = draft.kind();
            r.plannedOn = draft.plannedOn();
            r.reason = draft.reason().strip();
            r.status = RequestStatus.REQUESTED;
            r.requestedBy = actor;
            r.requestedAt = UtcTimes.now();
            em.persist(r);
            em.flush();
            audit.record("CREATE", TYPE, r.id, org.name() + " " + r.kind + " " + r.plannedOn, List.of());
            if (org.parentId() != null) {
                notifications.post(new NotificationDraft(AffairsModule.ID, "affairs.term.requested",
                        LocalizedText.of("换届请示待审批：" + org.name() + r.kind.labels().zhCN(), "Request to decide: " + org.name() + ", "
                                + r.kind.labels().en()), LocalizedText.of("计划 " + r.plannedOn + " 选举", "Election planned for " + r.plannedOn),
                        LINK, TYPE, r.id, null), List.of(Recipient.roleInUnit(Role.UNIT_ADMIN, org.parentId())));
            }
            return toRecord(r);
        });
    }

    /**
     * The checks that need nothing stored: a kind, a reason, and a day in the kind's range (early: from today up to the
     * window's opening, at most a year before the end; delayed: after the end, at most a year later).
     */
    static void check(TermRequestDraft draft, LocalDate endsOn, LocalDate today, ValidationException.Builder errors) {
        if (draft.kind() == null) {
            TermsText.add(errors, "kind", "request.kind", ModuleMessages.choices(RequestKind.values()));
        }
        errors.note("reason", draft.reason(), 500, true);
        if (draft.plannedOn() == null) {
            TermsText.add(errors, "plannedOn", "date.required");
        } else if (draft.kind() == RequestKind.EARLY) {
            LocalDate latest = TermRules.windowOpens(endsOn).minusDays(1);
            LocalDate earliest = endsOn.minusMonths(TermRules.SHIFT_MONTHS);
            if (draft.plannedOn().isAfter(latest) || draft.plannedOn().isBefore(today) || draft.plannedOn().isBefore(earliest)) {
                TermsText.add(errors, "plannedOn", "request.plannedOn", TermsText.TEXT.message("request.early", latest));
            }
        } else if (draft.kind() == RequestKind.DELAYED
                && (!draft.plannedOn().isAfter(endsOn) || draft.plannedOn().isAfter(endsOn.plusMonths(TermRules.SHIFT_MONTHS)))) {
            TermsText.add(errors, "plannedOn", "request.plannedOn", TermsText.TEXT.message("request.delayed", endsOn));
        }
    }

    /** The requests of a subtree, those awaiting a decision first, newest first. */
    public List<TermRequest> list(Long unitId, RequestStatus status) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT r FROM TermRequestEntity r WHERE r.orgPath LIKE :path "
                        + (status == null ? "" : "AND r.status = :status ") + "ORDER BY r.requestedAt DESC, r.id DESC", TermRequestEntity.class)
                .setParameter("path", unit.path() + "%")
                .setMaxResults(PageRequest.MAX_SIZE)
                .getResultList().stream().filter(r -> status == null || r.status == status).map(this::toRecord).toList());
    }

    /** The level above approves or refuses ({@code version} as read); the organization itself may not. */
    public TermRequest decide(long id, long version, RequestAction action, Decision decision) {
        String note = decision == null ? null : decision.note();
        ValidationException.Builder errors = ValidationException.builder();
        note = errors.note("note", note, 500, false);
        errors.throwIfAny();
        String actor = scope.actor();
        String text = note;
        return jpa.txExpr(TransactionType.Required, em -> {
            TermRequestEntity r = em.find(TermRequestEntity.class, id);
            if (r == null) {
                throw TermsText.TEXT.notFound(TYPE, id);
            }
            TermsText.TEXT.requireVisible(scope, r.orgPath, TYPE, id);
            Organization org = scope.enabledUnit(r.organizationId, "organizationId");
            Long own = scope.scopeUnit();
            if (own != null && own == org.id()) {
                throw new ForbiddenException(TermsText.TEXT.message("request.above", org.name()));
            }
            if (r.version != version) {
                throw TermsText.TEXT.stale(TYPE, id, version, r.version);
            }
            if (r.status != RequestStatus.REQUESTED) {
                throw TermsText.TEXT.conflict("request.step.refused", id, r.status, action);
            }
            RequestStatus before = r.status;
            r.status = action == RequestAction.APPROVE ? RequestStatus.APPROVED : RequestStatus.REFUSED;
            r.decisionNote = text;
            r.decidedBy = actor;
            r.decidedAt = UtcTimes.now();
            em.flush();
            audit.record("UPDATE", TYPE, r.id, org.name() + " " + r.kind, List.of(new FieldChange("status", before.name(), r.status.name())));
            notifications.post(new NotificationDraft(AffairsModule.ID, "affairs.term.decided",
                    LocalizedText.of(r.kind.labels().zhCN() + "请示" + r.status.labels().zhCN(), r.kind.labels().en() + ": " + r.status.labels().en()),
                    LocalizedText.of(text == null ? org.name() : text, text == null ? org.name() : text), LINK, TYPE, r.id, null),
                    List.of(Recipient.roleInUnit(Role.SECRETARY, org.id())));
            return toRecord(r);
        });
    }

    /** The approved request of this kind for the term, if any (the election that uses it names it). */
    static Long approved(EntityManager em, long termId, RequestKind kind) {
        return em.createQuery("SELECT r.id FROM TermRequestEntity r WHERE r.termId = :t AND r.kind = :k AND r.status = :s ORDER BY r.id DESC",
                        Long.class).setParameter("t", termId).setParameter("k", kind).setParameter("s", RequestStatus.APPROVED)
                .setMaxResults(1).getResultList().stream().findFirst().orElse(null);
    }

    private TermRequest toRecord(TermRequestEntity r) {
        List<RequestAction> allowed = r.status == RequestStatus.REQUESTED ? List.of(RequestAction.APPROVE, RequestAction.REFUSE) : List.of();
        return new TermRequest(r.id, r.organizationId, scope.name(r.organizationId), r.termId, r.kind, r.plannedOn, r.reason, r.status,
                r.decisionNote, r.requestedBy, UtcTimes.instant(r.requestedAt), r.decidedBy, UtcTimes.instant(r.decidedAt), allowed, r.version);
    }
}
