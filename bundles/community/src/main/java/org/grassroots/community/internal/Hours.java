package org.grassroots.community.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Service hours of registered members: logged (by the member or an administrator) against an active registration,
 * then confirmed by the community or rejected with a reason (SUBMITTED → CONFIRMED | REJECTED, final). Only
 * confirmed hours count. The community sees them by its path, the member's own organization through the registrant.
 */
@Component(service = Hours.class)
public class Hours {
    static final String TYPE = "community.hours";
    static final BigDecimal MIN_HOURS = new BigDecimal("0.1");
    static final BigDecimal MAX_PER_DAY = new BigDecimal("24");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final Registrations registrations;
    private final Members members;
    private final AuditLog audit;
    private final HoursReminders reminders;

    @Activate
    public Hours(@Reference(target = CommunityModule.UNIT) JpaTemplate jpa, @Reference CommunityUnits units,
                 @Reference Registrations registrations, @Reference Members members, @Reference AuditLog audit,
                 @Reference HoursReminders reminders) {
        this.reminders = reminders;
        this.jpa = jpa;
        this.scope = units.scope();
        this.registrations = registrations;
        this.members = members;
        this.audit = audit;
    }

    /** An administrator of the community logs hours for a registration of theirs. */
    public ServiceHours log(HoursDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", CommunityMessages.TEXT.message("body.required", "{registrationId, servedOn, hours, activity}"));
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("registrationId", draft.registrationId());
        return jpa.txExpr(TransactionType.Required, em -> {
            RegistrationEntity r = draft.registrationId() == null ? null : em.find(RegistrationEntity.class, draft.registrationId());
            if (draft.registrationId() != null && (r == null || !scope.inScope(r.communityId))) {
                errors.add("registrationId", CommunityMessages.TEXT.message("hours.noRegistration", draft.registrationId()));
            }
            return store(em, r, draft, errors);
        });
    }

    /** The member logs their own hours against their active registration. */
    public ServiceHours logOwn(HoursDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", CommunityMessages.TEXT.message("body.required", "{servedOn, hours, activity}"));
        }
        long member = registrations.ownMemberId();
        return jpa.txExpr(TransactionType.Required, em -> {
            ValidationException.Builder errors = ValidationException.builder();
            RegistrationEntity r = Registrations.active(em, member);
            if (r == null) {
                errors.add("registrationId", CommunityMessages.TEXT.message("hours.notRegistered"));
            }
            return store(em, r, draft, errors);
        });
    }

    private ServiceHours store(EntityManager em, RegistrationEntity r, HoursDraft draft, ValidationException.Builder errors) {
        LocalDate on = errors.date("servedOn", draft.servedOn(), CommunityUnits.EARLIEST, LocalDate.now(), true);
        String activity = errors.line("activity", draft.activity(), 500, true);
        BigDecimal hours = errors.number("hours", draft.hours(), MIN_HOURS, MAX_PER_DAY, 1, true);
        if (r != null && on != null && on.isBefore(r.registeredOn)) {
            errors.add("servedOn", CommunityMessages.TEXT.message("hours.beforeRegistration", r.registeredOn));
        }
        errors.throwIfAny();
        if (r.status != RegistrationStatus.ACTIVE) {
            throw CommunityMessages.TEXT.conflict("registration.cancelled", r.id);
        }
        scope.requireEnabled(r.communityId);
        HoursEntity h = store(em, r, on, hours, activity, scope.actor());
        audit.record("LOG", TYPE, h.id, hours + "h " + activity, List.of());
        ServiceHours logged = toRecord(h);
        reminders.submitted(h, logged.memberName(), logged.communityName());
        return logged;
    }

    HoursEntity store(EntityManager em, RegistrationEntity r, LocalDate on, BigDecimal hours, String activity, String actor) {
        HoursEntity h = new HoursEntity();
        h.registrationId = r.id;
        h.communityId = r.communityId;
        h.orgPath = r.orgPath;
        h.memberId = r.memberId;
        h.servedOn = on;
        h.hours = hours.setScale(1, java.math.RoundingMode.UNNECESSARY);
        h.activity = activity;
        h.status = HoursStatus.SUBMITTED;
        h.submittedAt = UtcTimes.now();
        h.submittedBy = actor;
        em.persist(h);
        em.flush();
        return h;
    }

    /**
     * The hours a volunteer event's sign-in earns, recorded when the community closes the event: served at the event's
     * community on its day, confirmed by whoever closed it (the sign-in with the event's code is the evidence).
     */
    HoursEntity confirmedFromEvent(EntityManager em, RegistrationEntity r, EventEntity e, String actor) {
        HoursEntity h = store(em, r, e.heldOn, e.hours, e.title, actor);
        h.communityId = e.communityId;
        h.orgPath = e.orgPath;
        h.status = HoursStatus.CONFIRMED;
        h.decidedAt = h.submittedAt;
        h.decidedBy = actor;
        em.flush();
        return h;
    }

    /** The community confirms (CONFIRMED) or rejects (REJECTED, reason required) submitted hours. */
    public ServiceHours decide(long id, long version, HoursStatus target, Decision decision) {
        ValidationException.Builder errors = ValidationException.builder();
        String note = errors.line("note", decision == null ? null : decision.note(), 1000, target == HoursStatus.REJECTED);
        return jpa.txExpr(TransactionType.Required, em -> {
            HoursEntity h = em.find(HoursEntity.class, id);
            if (h == null) {
                throw CommunityMessages.TEXT.notFound(TYPE, id);
            }
            CommunityMessages.TEXT.requireVisible(scope, h.orgPath, TYPE, id);
            scope.requireEnabled(h.communityId);
            errors.throwIfAny();
            if (h.version != version) {
                throw CommunityMessages.TEXT.stale(TYPE, id, version, h.version);
            }
            h.status.requireMoveTo(target, "服务时长记录", "Service hours", id);
            h.status = target;
            h.decidedAt = UtcTimes.now();
            h.decidedBy = scope.actor();
            h.rejectReason = target == HoursStatus.REJECTED ? note : null;
            em.flush();
            audit.record(target.name(), TYPE, id, note, List.of());
            if (!h.decidedBy.equals(h.submittedBy)) {
                reminders.decided(h);
            }
            return toRecord(h);
        });
    }

    /** Reminds the communities under the unit that have hours waiting for confirmation; answers how many. */
    public int remindWaiting(Long unitId) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Required, em -> reminders.remindWaiting(em, unit.path(), scope::name));
    }

    /**
     * Hours served in the year in the communities under the unit, or ({@code byOrganization}) by the members of the
     * organizations under the unit wherever they served.
     */
    public Page<ServiceHours> search(Long unitId, Integer year, HoursStatus status, boolean byOrganization, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String from = byOrganization ? " FROM HoursEntity h, RegistrantEntity o WHERE o.registrationId = h.registrationId AND o.orgPath LIKE :path"
                : " FROM HoursEntity h WHERE h.orgPath LIKE :path";
        String where = from + (status == null ? "" : " AND h.status = :status")
                + (year == null ? "" : " AND h.servedOn >= :from AND h.servedOn < :to");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<HoursEntity> select = em.createQuery("SELECT h" + where + " ORDER BY h.servedOn DESC, h.id DESC", HoursEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(h)" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (status != null) {
                    q.setParameter("status", status);
                }
                if (year != null) {
                    q.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1));
                }
            }
            List<ServiceHours> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(this::toRecord).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** The caller's own hours, newest first. */
    public List<ServiceHours> own() {
        long member = registrations.ownMemberId();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT h FROM HoursEntity h WHERE h.memberId = :m "
                        + "ORDER BY h.servedOn DESC, h.id DESC", HoursEntity.class).setParameter("m", member).setMaxResults(500)
                .getResultList().stream().map(this::toRecord).toList());
    }

    ServiceHours toRecord(HoursEntity h) {
        return new ServiceHours(h.id, h.registrationId, h.communityId, scope.name(h.communityId), h.memberId, members.name(h.memberId),
                h.servedOn, h.hours, h.activity, h.status, UtcTimes.instant(h.submittedAt), h.submittedBy,
                UtcTimes.instant(h.decidedAt), h.decidedBy, h.rejectReason, h.version);
    }
}
