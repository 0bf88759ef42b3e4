package org.grassroots.rolemodel.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleMessages;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Nominations of award campaigns: a unit nominates a member or an organization of its subtree with the deeds
 * (事迹材料) inside the campaign's window and its quotas; the nomination goes level by level up to the organizing unit
 * ({@link NominationFlow}), each level approving (opinion optional) or returning it (reason required), every step kept
 * ({@code RM_NOMINATION_STEP}) and the level that must decide notified; approved by the organizer it is awarded and
 * enters the honours register ({@link Honours}).
 */
@Component(service = Nominations.class)
public class Nominations {
    static final String TYPE = "rolemodel.nomination";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;
    private final Campaigns campaigns;
    private final Recommendations recommendations;
    private final Honours honours;
    private final NominationNotices notices;

    @Activate
    public Nominations(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa,
                       @Reference(target = RoleModelModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                       @Reference AuditLog audit, @Reference MemberService members, @Reference Campaigns campaigns,
                       @Reference Recommendations recommendations, @Reference Honours honours, @Reference NominationNotices notices) {
        this.jpa = jpa;
        this.scope = scopes.of(RoleModelModule.ID);
        this.audit = audit;
        this.members = members;
        this.campaigns = campaigns;
        this.recommendations = recommendations;
        this.honours = honours;
        this.notices = notices;
    }

    /** Nominates (and submits to the first level): 422 naming every refused field, 409 outside the window or quota. */
    public Nomination create(NominationDraft draft) {
        if (draft == null) {
            throw RoleModelText.TEXT.invalid("body", "body.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("campaignId", draft.campaignId());
        errors.required("category", draft.category());
        Organization unit = null;
        MemberReference member = null;
        if (draft.category() != null && draft.category().subject() == SubjectKind.MEMBER) {
            if (draft.memberId() == null) {
                errors.required("memberId", null);
            } else {
                member = members.reference(draft.memberId()).orElse(null);
                if (member == null) {
                    errors.add("memberId", RoleModelText.TEXT.message("member.unknown", draft.memberId()));
                } else {
                    unit = scope.referencedUnit(member.organizationId(), "memberId", errors);
                }
            }
        } else if (draft.category() != null) {
            unit = scope.referencedUnit(draft.organizationId(), "organizationId", errors);
        }
        errors.required("field", draft.field());
        String deeds = errors.note("deeds", draft.deeds(), 4000, true);
        errors.throwIfAny();
        scope.requireEnabled(unit.id());
        String actor = scope.actor();
        Organization nominee = unit;
        MemberReference who = member;
        return jpa.txExpr(TransactionType.Required, em -> {
            CampaignEntity c = campaigns.visible(em, draft.campaignId());
            if (!Campaigns.categories(c).contains(draft.category())) {
                throw RoleModelText.TEXT.invalid("category", "nomination.category",
                        ModuleMessages.choices(Campaigns.categories(c).toArray(AwardCategory[]::new)));
            }
            if (!nominee.path().startsWith(c.orgPath) || nominee.path().equals(c.orgPath)) {
                throw RoleModelText.TEXT.invalid(who == null ? "organizationId" : "memberId", "nomination.outside",
                        scope.name(c.organizationId));
            }
            NominationEntity n = new NominationEntity();
            n.campaignId = c.id;
            n.category = draft.category();
            n.subjectKind = draft.category().subject();
            n.memberId = who == null ? null : who.id();
            n.name = who == null ? nominee.name() : who.name();
            n.organizationId = nominee.id();
            n.orgPath = nominee.path();
            n.field = draft.field();
            n.deeds = deeds;
            n.status = NominationStatus.RETURNED;
            n.createdAt = UtcTimes.now();
            n.createdBy = actor;
            em.persist(n);
            em.flush();
            audit.record("CREATE", TYPE, n.id, n.name + " (" + c.name + ")", List.of());
            step(em, c, n, NominationAction.SUBMIT, null, actor);
            return toRecord(em, n);
        });
    }

    public Nomination submit(long id, long version, DecisionDraft draft) {
        return act(id, version, NominationAction.SUBMIT, draft);
    }

    public Nomination approve(long id, long version, DecisionDraft draft) {
        return act(id, version, NominationAction.APPROVE, draft);
    }

    public Nomination giveBack(long id, long version, DecisionDraft draft) {
        return act(id, version, NominationAction.RETURN, draft);
    }

    public Nomination withdraw(long id, long version, DecisionDraft draft) {
        return act(id, version, NominationAction.WITHDRAW, draft);
    }

    private Nomination act(long id, long version, NominationAction action, DecisionDraft draft) {
        ValidationException.Builder errors = ValidationException.builder();
        String opinion = errors.note("opinion", draft == null ? null : draft.opinion(), 1000, action == NominationAction.RETURN);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            NominationEntity n = visible(em, id);
            scope.requireEnabled(n.organizationId);
            if (n.version != version) {
                throw RoleModelText.TEXT.stale(TYPE, id, version, n.version);
            }
            CampaignEntity c = em.find(CampaignEntity.class, n.campaignId);
            step(em, c, n, action, opinion, actor);
            return toRecord(em, n);
        });
    }

    /** Applies a step: the state machine, the deciding level, the window and quotas on submission, the award. */
    private void step(EntityManager em, CampaignEntity c, NominationEntity n, NominationAction action, String opinion, String actor) {
        List<Long> reviewers = NominationFlow.reviewers(recommendations.chain(n.orgPath), c.organizationId);
        NominationFlow.Outcome outcome = NominationFlow.next(n.status, action, reviewers, n.pendingUnitId);
        long decidedAt = n.organizationId;
        if (action == NominationAction.APPROVE || action == NominationAction.RETURN) {
            if (!scope.inScope(n.pendingUnitId)) {
                throw RoleModelText.TEXT.conflict("nomination.notYourLevel", scope.name(n.pendingUnitId));
            }
            decidedAt = n.pendingUnitId;
        }
        if (action == NominationAction.SUBMIT) {
            if (!Campaigns.open(c, LocalDate.now())) {
                throw RoleModelText.TEXT.conflict("nomination.windowClosed", c.name, c.opensOn, c.closesOn);
            }
            requireRoom(em, c, n);
        }
        NominationStatus before = n.status;
        n.status = outcome.status();
        n.pendingUnitId = outcome.pendingUnitId();
        n.pendingSince = outcome.pendingUnitId() == null ? null : UtcTimes.now();
        em.flush();
        NominationStepEntity s = new NominationStepEntity();
        s.nominationId = n.id;
        s.action = action;
        s.unitId = decidedAt;
        s.toUnitId = outcome.pendingUnitId();
        s.opinion = opinion;
        s.actor = actor;
        s.at = UtcTimes.now();
        em.persist(s);
        audit.record("NOMINATION_" + action.name(), TYPE, n.id, n.name + " @" + scope.name(decidedAt),
                List.of(new FieldChange("status", before.name(), n.status.name())));
        if (n.status == NominationStatus.AWARDED) {
            honours.award(em, c, n, actor);
        }
        notices.after(c, n, action);
    }

    /** 409 when a quota over the nominee's unit has no place left (the nomination itself not counted). */
    private void requireRoom(EntityManager em, CampaignEntity c, NominationEntity n) {
        for (Quota q : Campaigns.quotasOver(em, scope, c.id, n.category, n.orgPath, n.id)) {
            if (q.used() >= q.quota()) {
                throw RoleModelText.TEXT.conflict("nomination.quotaFull", q.organizationName(), n.category, q.quota());
            }
        }
        TypedQuery<Long> twice = em.createQuery("SELECT COUNT(x) FROM NominationEntity x WHERE x.campaignId = :c AND x.category = :cat "
                        + "AND x.status IN :live AND x.organizationId = :unit AND x.subjectKind = :kind AND x.id <> :self "
                        + (n.memberId == null ? "AND x.memberId IS NULL" : "AND x.memberId = :member"), Long.class)
                .setParameter("c", c.id).setParameter("cat", n.category).setParameter("live", Campaigns.LIVE)
                .setParameter("unit", n.organizationId).setParameter("kind", n.subjectKind)
                .setParameter("self", n.id == null ? -1L : n.id);
        if (n.memberId != null) {
            twice.setParameter("member", n.memberId);
        }
        if (twice.getSingleResult() > 0) {
            throw RoleModelText.TEXT.conflict("nomination.twice", n.name, n.category);
        }
    }

    public Nomination get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    public List<NominationStep> history(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em, id);
            return em.createQuery("SELECT s FROM NominationStepEntity s WHERE s.nominationId = :id ORDER BY s.at, s.id",
                            NominationStepEntity.class).setParameter("id", id).getResultList().stream()
                    .map(s -> new NominationStep(s.action, s.unitId, scope.name(s.unitId), s.toUnitId, scope.name(s.toUnitId),
                            s.opinion, s.actor, UtcTimes.instant(s.at))).toList();
        });
    }

    /**
     * The nominations of the unit's subtree: of a campaign, category, status; {@code pendingAt} = the unit, for the
     * level's inbox (what it must decide, oldest first).
     */
    public Page<Nomination> search(Long unitId, Long campaignId, AwardCategory category, NominationStatus status, boolean pendingAt,
                                   PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE n.orgPath LIKE :path" + (campaignId == null ? "" : " AND n.campaignId = :campaign")
                + (category == null ? "" : " AND n.category = :category") + (status == null ? "" : " AND n.status = :status")
                + (pendingAt ? " AND n.pendingUnitId = :unit" : "");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<NominationEntity> select = em.createQuery("SELECT n FROM NominationEntity n" + where + Paging.orderBy(page.sort(),
                    Paging.fields("n", List.of("name", "category", "status", "pendingSince", "createdAt")),
                    pendingAt ? "n.pendingSince" : "n.createdAt DESC", "n.id"), NominationEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(n) FROM NominationEntity n" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (campaignId != null) {
                    q.setParameter("campaign", campaignId);
                }
                if (category != null) {
                    q.setParameter("category", category);
                }
                if (status != null) {
                    q.setParameter("status", status);
                }
                if (pendingAt) {
                    q.setParameter("unit", unit.id());
                }
            }
            List<Nomination> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(n -> toRecord(em, n)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    NominationEntity visible(EntityManager em, long id) {
        NominationEntity n = em.find(NominationEntity.class, id);
        if (n == null) {
            throw RoleModelText.TEXT.notFound(TYPE, id);
        }
        RoleModelText.TEXT.requireVisible(scope, n.orgPath, TYPE, id);
        return n;
    }

    Nomination toRecord(EntityManager em, NominationEntity n) {
        CampaignEntity c = em.find(CampaignEntity.class, n.campaignId);
        return new Nomination(n.id, n.campaignId, c == null ? null : c.name, n.category, n.subjectKind, n.memberId, n.name,
                n.organizationId, scope.name(n.organizationId), n.field, n.deeds, n.status, NominationFlow.allowed(n.status),
                n.pendingUnitId, scope.name(n.pendingUnitId), UtcTimes.instant(n.pendingSince), UtcTimes.instant(n.createdAt),
                n.createdBy, n.version);
    }
}
