package org.grassroots.education.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who must act, told in their inbox: the district when a site waits for review, the proposing unit when its site is
 * rejected, the member's secretaries when self-study waits for approval, the target organizations' secretaries when
 * a session is planned for them, and — in the last quarter — each unit with members below the requirement (its
 * secretaries with the names, its members with a reminder to check their hours). Posting joins the caller's
 * transaction, so a reminder commits with the change that caused it; the last quarter's reminders commit unit by unit.
 */
@Component(service = Reminders.class)
public class Reminders {
    private static final String LINK = "#/m/" + EducationModule.ID + "/";
    private final Notifications notifications;
    private final Compliance compliance;
    private final JpaTemplate jpa;

    @Activate
    public Reminders(@Reference Notifications notifications, @Reference Compliance compliance,
                     @Reference(target = EducationModule.UNIT) JpaTemplate jpa) {
        this.notifications = notifications;
        this.compliance = compliance;
        this.jpa = jpa;
    }

    void siteProposed(long siteId, String name, String unitName) {
        notifications.post(new NotificationDraft(EducationModule.ID, "education.site.proposed",
                LocalizedText.of("实践教学点待审核：" + name, "Practice teaching site to review: " + name),
                LocalizedText.of(unitName + "申报了实践教学点“" + name + "”，请审核。", unitName + " proposed the site " + name + "."),
                LINK + "sites", Sites.TYPE, siteId, null), List.of(Recipient.role(Role.DISTRICT_ADMIN)));
    }

    void siteRejected(long siteId, String name, long unitId, String reason) {
        notifications.post(new NotificationDraft(EducationModule.ID, "education.site.rejected",
                LocalizedText.of("实践教学点未通过审核：" + name, "Practice teaching site not approved: " + name),
                LocalizedText.of("原因：" + reason + "。完善后可重新申报。", "Reason: " + reason + ". Correct it and resubmit."),
                LINK + "sites", Sites.TYPE, siteId, null),
                List.of(Recipient.roleInUnit(Role.SECRETARY, unitId), Recipient.roleInUnit(Role.UNIT_ADMIN, unitId)));
    }

    void selfStudyRecorded(long creditId, String memberName, long unitId) {
        notifications.post(new NotificationDraft(EducationModule.ID, "education.credit.pending",
                LocalizedText.of("自学学时待认定：" + memberName, "Self-study to approve: " + memberName),
                null, LINK + "hours", Credits.TYPE, creditId, null), List.of(Recipient.roleInUnit(Role.SECRETARY, unitId)));
    }

    void sessionPlanned(long sessionId, String title, String startsAt, List<Long> targetUnits) {
        notifications.post(new NotificationDraft(EducationModule.ID, "education.session.planned",
                LocalizedText.of("集中培训通知：" + title, "Training session: " + title),
                LocalizedText.of("时间：" + startsAt + "，请组织本支部党员参加。", "Starts " + startsAt + "; please bring your members."),
                LINK + "sessions", Sessions.TYPE, sessionId, null),
                targetUnits.stream().map(u -> Recipient.roleInUnit(Role.SECRETARY, u)).toList());
    }

    /**
     * Reminds every unit of the subtree with members below the year's requirement; refused (409) outside the last
     * quarter of that year, when there is still time to catch up. Answers how many units were reminded.
     */
    public int remindBehind(Long unitId, int year, LocalDate today) {
        return remindBehind(unitId, year, today, null);
    }

    /**
     * Like {@link #remindBehind(Long, int, LocalDate)}; with a {@code period} (the schedule's month), a unit already
     * reminded in that period is skipped and each unit reminded is marked, so a run that stopped half-way goes on
     * where it stopped instead of reminding the first units twice. Answers the units reminded by this call.
     * <p>
     * One transaction per unit, its notifications with its mark: a district has some 1,600 units, and one transaction
     * for all of them held the row locks of some 3,300 new notifications until its end, while the inbox reads of the
     * whole platform (the console's unread count) waited on them.
     */
    int remindBehind(Long unitId, int year, LocalDate today, String period) {
        if (today.getYear() != year || today.getMonthValue() < 10) {
            throw EducationMessages.TEXT.conflict("reminder.notLastQuarter", year);
        }
        Map<Long, List<Behind>> byUnit = new LinkedHashMap<>();
        for (Behind b : compliance.behind(unitId, year)) {
            byUnit.computeIfAbsent(b.unitId(), u -> new java.util.ArrayList<>()).add(b);
        }
        int reminded = 0;
        for (Map.Entry<Long, List<Behind>> entry : byUnit.entrySet()) {
            long unit = entry.getKey();
            boolean sent = jpa.txExpr(TransactionType.Required, em -> {
                if (period != null && ReminderRuns.marked(em, unit, ReminderRuns.unitKey(period))) {
                    return false;
                }
                post(unit, entry.getValue(), year);
                if (period != null) {
                    ReminderRuns.mark(em, unit, ReminderRuns.unitKey(period), 1);
                }
                return true;
            });
            reminded += sent ? 1 : 0;
        }
        return reminded;
    }

    private void post(long unit, List<Behind> behind, int year) {
        String names = String.join("、", behind.stream().limit(20).map(Behind::memberName).toList())
                + (behind.size() > 20 ? "……" : "");
        notifications.post(new NotificationDraft(EducationModule.ID, "education.hours.behind",
                LocalizedText.of(year + " 年学时未达标：" + behind.size() + " 名党员", year + ": " + behind.size() + " members below the requirement"),
                LocalizedText.of(names, names), LINK + "hours", null, null, endOf(year)),
                List.of(Recipient.roleInUnit(Role.SECRETARY, unit)));
        notifications.post(new NotificationDraft(EducationModule.ID, "education.hours.check",
                LocalizedText.of("请查看本人 " + year + " 年学时", "Check your study hours of " + year),
                LocalizedText.of("本支部有党员学时未达到年度要求，请在年底前完成学习。",
                        "Some members of your branch are below the annual requirement; there is time until the end of the year."),
                LINK + "mine", null, null, endOf(year)), List.of(Recipient.roleInUnit(Role.MEMBER, unit)));
    }

    private static java.time.Instant endOf(int year) {
        return LocalDate.of(year, 12, 31).atTime(23, 59).toInstant(ZoneOffset.ofHours(8));
    }
}
