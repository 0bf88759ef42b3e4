package org.grassroots.position.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reminders to the members who signed up for an event (活动提醒): every sign-up of an event in the caller's scope that
 * starts within the next {@value #HOURS_AHEAD} hours, not signed in and not reminded yet, gets one notification in the
 * inbox of the account that signed up, with the time, the place and the code. Run on demand (the console's button, a
 * scheduled shell command); a sign-up is reminded once, so running it again reminds nobody twice.
 */
@Component(service = EventReminders.class)
public class EventReminders {
    static final String KIND = "position.event.reminder";
    static final int HOURS_AHEAD = 24;
    /** Reminders sent per run at most (a run is repeated while it is full). */
    public static final int BATCH = 500;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final Notifications notifications;

    @Activate
    public EventReminders(@Reference(target = PositionModule.UNIT) JpaTemplate jpa,
                          @Reference(target = PositionModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                          @Reference Notifications notifications) {
        this.jpa = jpa;
        this.scope = scopes.of(PositionModule.ID);
        this.notifications = notifications;
    }

    /** Reminds the sign-ups due in the caller's scope; answers how many were reminded. */
    public int remindSignedUp() {
        String pattern = scope.scopePattern();
        LocalDateTime now = LocalDateTime.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Object[]> due = em.createQuery("SELECT a, e FROM AttendanceEntity a, EventEntity e WHERE a.eventId = e.id "
                            + "AND e.orgPath LIKE :path AND e.startsAt > :now AND e.startsAt <= :until AND a.signedUpAt IS NOT NULL "
                            + "AND a.signedInAt IS NULL AND a.remindedAt IS NULL AND a.account IS NOT NULL ORDER BY e.startsAt, a.id",
                    Object[].class).setParameter("path", pattern).setParameter("now", now).setParameter("until", now.plusHours(HOURS_AHEAD))
                    .setMaxResults(BATCH).getResultList();
            java.sql.Timestamp at = java.sql.Timestamp.valueOf(UtcTimes.now());
            for (Object[] row : due) {
                AttendanceEntity a = (AttendanceEntity) row[0];
                EventEntity e = (EventEntity) row[1];
                PositionEntity p = em.find(PositionEntity.class, e.positionId);
                String place = p.address == null || p.address.isBlank() ? p.name : p.name + "（" + p.address + "）";
                notifications.post(new NotificationDraft(PositionModule.ID, KIND, PosText.TEXT.both("event.reminderTitle", e.title),
                                PosText.TEXT.both("event.reminderBody", e.startsAt.toLocalDate() + " " + e.startsAt.toLocalTime(), place, e.code,
                                        EventPhase.SIGN_IN_BEFORE_MINUTES),
                                "#/m/position/signin?code=" + e.code, Events.TYPE, e.id,
                                e.startsAt.atZone(ZoneId.systemDefault()).toInstant()),
                        List.of(Recipient.account(a.account)));
                // plain SQL: being reminded is no change of the sign-up, its version stays
                em.createNativeQuery("UPDATE POS_ATTENDANCE SET REMINDED_AT = ? WHERE ID = ?").setParameter(1, at)
                        .setParameter(2, a.id).executeUpdate();
            }
            return due.size();
        });
    }
}
