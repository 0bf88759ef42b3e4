package org.grassroots.affairs.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.attachment.AttachmentStore;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.ForbiddenException;
import org.grassroots.core.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The meeting workflow on the server: the state machine ({@link MeetingWorkflow}), what each step needs, who may
 * take it (minutes are reviewed by the level above, never by the organization itself), who and when (stored on the
 * meeting and in core's audit trail), and the notifications the step causes (submitted minutes to the reviewers,
 * returned minutes to the secretary), all in one transaction.
 */
@Component(service = MeetingSteps.class)
public class MeetingSteps {
    static final int MAX_ATTENDANCE = 2000;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Meetings meetings;
    private final MemberService members;
    private final OrganizationService organizations;
    private final AttachmentStore files;
    private final Notifications notifications;
    private final FigureCache cache;

    @Activate
    public MeetingSteps(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa, @Reference ModuleScopes scopes,
                        @Reference AuditLog audit, @Reference Meetings meetings, @Reference MemberService members,
                        @Reference OrganizationService organizations, @Reference AttachmentStore files,
                        @Reference Notifications notifications, @Reference FigureCache cache) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.audit = audit;
        this.meetings = meetings;
        this.members = members;
        this.organizations = organizations;
        this.files = files;
        this.notifications = notifications;
        this.cache = cache;
    }

    /** Takes {@code action} on the meeting if its state allows it and {@code version} is current. */
    public Meeting step(long id, long version, MeetingAction action, MeetingStep given) {
        MeetingStep step = given == null ? MeetingStep.empty() : given;
        String actor = scope.actor();
        return cache.after(jpa.txExpr(TransactionType.Required, em -> {
            MeetingEntity m = meetings.visible(em, id);
            scope.requireEnabled(m.organizationId);
            MeetingStatus before = m.status;
            MeetingStatus to = MeetingWorkflow.next(id, before, action);
            if (m.version != version) {
                throw ConflictException.stale(Meetings.TYPE, id, version, m.version);
            }
            Organization org = organizations.get(m.organizationId);
            LocalDateTime now = UtcTimes.now();
            switch (action) {
                case HOLD -> hold(em, m, org, step, actor, now);
                case SUBMIT -> submit(m, step, actor, now);
                case APPROVE, RETURN -> review(m, org, action, step, actor, now);
                case ARCHIVE -> {
                    m.archivedBy = actor;
                    m.archivedAt = now;
                }
                case CANCEL -> {
                    String reason = required(step.reason(), "reason", 1000);
                    m.cancelReason = reason;
                    m.cancelledBy = actor;
                    m.cancelledAt = now;
                }
            }
            m.status = to;
            em.flush();
            audit.record(action.name(), Meetings.TYPE, id, m.type.label() + " " + m.title,
                    List.of(new FieldChange("status", before.name(), to.name())));
            notify(m, org, action);
            return meetings.toRecord(em, m);
        }));
    }

    private void hold(EntityManager em, MeetingEntity m, Organization org, MeetingStep step, String actor, LocalDateTime now) {
        FieldErrors errors = AffairsText.errors();
        LocalDate today = LocalDate.now();
        if (step.heldOn() == null) {
            errors.add("heldOn", "date.required");
        } else if (step.heldOn().isAfter(today) || step.heldOn().getYear() < 2000) {
            errors.add("heldOn", "meeting.heldOn.range");
        }
        if (step.place() != null && step.place().length() > 300) {
            errors.add("place", "text.max", 300);
        }
        member(step.chairMemberId(), "chairMemberId", org, errors, true);
        member(step.recorderMemberId(), "recorderMemberId", org, errors, true);
        member(step.lecturerMemberId(), "lecturerMemberId", org, errors, m.type == MeetingType.LECTURE);
        Set<Long> present = new LinkedHashSet<>(step.presentMemberIds() == null ? List.of() : step.presentMemberIds());
        Map<Long, Absence> absent = new LinkedHashMap<>();
        if (present.isEmpty()) {
            errors.add("presentMemberIds", "meeting.present.required");
        }
        if (present.size() + (step.absences() == null ? 0 : step.absences().size()) > MAX_ATTENDANCE) {
            errors.add("presentMemberIds", "meeting.attendance.max", MAX_ATTENDANCE);
            errors.throwIfAny();
        }
        int i = 0;
        for (Long memberId : present) {
            member(memberId, "presentMemberIds[" + i++ + "]", org, errors, true);
        }
        List<Absence> absences = step.absences() == null ? List.of() : step.absences();
        for (int a = 0; a < absences.size(); a++) {
            Absence absence = absences.get(a);
            if (absence == null || member(absence.memberId(), "absences[" + a + "].memberId", org, errors, true) == null) {
                continue;
            }
            if (present.contains(absence.memberId())) {
                errors.add("absences[" + a + "].memberId", "meeting.absent.present", absence.memberId());
            }
            if (absence.reason() == null || absence.reason().isBlank() || absence.reason().length() > 300) {
                errors.add("absences[" + a + "].reason", "meeting.absent.reason");
            } else {
                absent.put(absence.memberId(), absence);
            }
        }
        errors.throwIfAny();
        m.heldOn = step.heldOn();
        m.heldYear = step.heldOn().getYear();
        m.heldMonth = step.heldOn().getMonthValue();
        m.heldQuarter = (m.heldMonth - 1) / 3 + 1;
        m.place = step.place() == null ? m.place : Meetings.trim(step.place());
        m.chairMemberId = step.chairMemberId();
        m.recorderMemberId = step.recorderMemberId();
        m.lecturerMemberId = step.lecturerMemberId();
        m.bySecretary = (short) (m.lecturerMemberId != null && m.lecturerMemberId.equals(org.secretaryId()) ? 1 : 0);
        if (m.type.needsQuorum()) {
            // only full members vote: the quorum is more than half of them, and only they count as present for it
            Set<Long> full = fullMembers(org);
            m.entitled = full.size();
            m.present = (int) present.stream().filter(full::contains).count();
        } else if (m.groupId != null) {
            // a 党小组会: the group's members are the ones expected
            m.entitled = em.createQuery("SELECT COUNT(x.memberId) FROM PartyGroupMemberEntity x WHERE x.groupId = :g", Long.class)
                    .setParameter("g", m.groupId).getSingleResult().intValue();
            m.present = present.size();
        } else {
            m.entitled = (int) members.count(MemberQuery.inSubtree(org.id()));
            m.present = present.size();
        }
        m.counted = (short) (Quorum.counts(m.type, m.entitled, m.present) ? 1 : 0);
        m.heldBy = actor;
        m.heldAt = now;
        for (Long memberId : present) {
            attendance(em, m.id, memberId, true, null, true);
        }
        absent.forEach((memberId, a) -> attendance(em, m.id, memberId, false, a.reason().trim(), a.isExcused()));
    }

    private void submit(MeetingEntity m, MeetingStep step, String actor, LocalDateTime now) {
        if (step.summary() != null && step.summary().length() > 4000) {
            throw AffairsText.TEXT.invalid("summary", "text.max", 4000);
        }
        if (step.summary() != null && !step.summary().isBlank()) {
            m.summary = step.summary().trim();
        }
        if (m.summary == null && files.list(AffairsModule.ID, MeetingFiles.OWNER_TYPE, m.id).isEmpty()) {
            throw AffairsText.TEXT.invalid("summary", "meeting.minutes.required");
        }
        m.submittedBy = actor;
        m.submittedAt = now;
    }

    private void review(MeetingEntity m, Organization org, MeetingAction action, MeetingStep step, String actor, LocalDateTime now) {
        Long own = scope.scopeUnit();
        if (own != null && own == org.id()) {
            throw new ForbiddenException(AffairsText.TEXT.message("meeting.review.above", org.name()));
        }
        if (action == MeetingAction.RETURN) {
            m.reviewNote = required(step.reason(), "reason", 1000);
            m.returnCount++;
        } else {
            m.reviewNote = Meetings.trim(step.reason());
        }
        m.reviewedBy = actor;
        m.reviewedAt = now;
    }

    /** Submitted minutes go to the administrators above; returned ones back to the organization's secretary. */
    private void notify(MeetingEntity m, Organization org, MeetingAction action) {
        String link = "#/m/affairs/meetings?meeting=" + m.id;
        if (action == MeetingAction.SUBMIT && org.parentId() != null) {
            notifications.post(new NotificationDraft(AffairsModule.ID, "affairs.minutes.submitted",
                    LocalizedText.of("会议纪要待审核：" + org.name() + " " + m.title, "Minutes to review: " + org.name() + " " + m.title),
                    LocalizedText.of(m.type.label() + "，" + m.heldOn + " 召开", m.type.labels().en() + " held on " + m.heldOn),
                    link, Meetings.TYPE, m.id, null), List.of(Recipient.roleInUnit(Role.UNIT_ADMIN, org.parentId())));
        } else if (action == MeetingAction.RETURN) {
            notifications.post(new NotificationDraft(AffairsModule.ID, "affairs.minutes.returned",
                    LocalizedText.of("会议纪要被退回：" + m.title, "Minutes returned: " + m.title),
                    LocalizedText.of("退回原因：" + m.reviewNote, "Reason: " + m.reviewNote),
                    link, Meetings.TYPE, m.id, null), List.of(Recipient.roleInUnit(Role.SECRETARY, org.id())));
        }
    }

    private MemberReference member(Long id, String field, Organization org, FieldErrors errors, boolean required) {
        if (id == null) {
            if (required) {
                errors.add(field, "member.required");
            }
            return null;
        }
        MemberReference ref = members.reference(id).orElse(null);
        if (ref == null || !ref.path().startsWith(org.path())) {
            errors.add(field, "member.notIn", id, org.name());
            return null;
        }
        return ref;
    }

    private Set<Long> fullMembers(Organization org) {
        Set<Long> ids = new LinkedHashSet<>();
        MemberQuery query = new MemberQuery(null, null, org.id(), MemberCategory.FULL, null, null);
        members.forEach(query, member -> ids.add(member.id()));
        return ids;
    }

    private static void attendance(EntityManager em, long meetingId, long memberId, boolean present, String reason,
                                   boolean excused) {
        AttendanceEntity a = new AttendanceEntity();
        a.meetingId = meetingId;
        a.memberId = memberId;
        a.present = (short) (present ? 1 : 0);
        a.reason = reason;
        a.excused = (short) (excused ? 1 : 0);
        em.persist(a);
    }

    private static String required(String text, String field, int max) {
        if (text == null || text.isBlank() || text.length() > max) {
            throw AffairsText.TEXT.invalid(field, "text.required", max);
        }
        return text.trim();
    }
}
