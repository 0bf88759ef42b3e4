package org.grassroots.dues.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The step that falls due: a month's dues are settled by the {@link Config#settleByDay() settling day} of the month
 * after. A month still open after that day gets one reminder to its organization's secretaries (and the
 * administrators of the unit), in the transaction that marks it reminded ({@code REMINDED_AT}), so each month is
 * reminded once even with several nodes. An organization that collected the month before and has not opened this
 * month by the {@link Config#openByDay() opening day} gets one reminder to open it ({@code DUES_OPEN_REMINDER}). Runs every few hours and from the shell ({@code grassroots:dues-remind}).
 */
@Component(service = Reminders.class, immediate = true, configurationPid = "org.grassroots.dues",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class Reminders {
    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    static final String ACTOR = "dues-reminders";
    static final int BATCH = 500;

    public @interface Config {
        /** Day of the following month by which a month is to be settled. */
        int settleByDay() default 15;

        /** Day of a month by which an organization that collected the month before has opened it. */
        int openByDay() default 10;

        /** Hours between two checks; 0 turns the periodic check off (the shell command still runs it). */
        long reminderCheckHours() default 6;
    }

    private final JpaTemplate jpa;
    private final Notifications notifications;
    private final Authorization authorization;
    private final int settleByDay;
    private final int openByDay;
    private final ScheduledExecutorService timer;

    @Activate
    public Reminders(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference(target = DuesModule.SCHEMA) ModuleSchema schema,
                     @Reference Notifications notifications, @Reference Authorization authorization, Config config) {
        this.jpa = jpa;
        this.notifications = notifications;
        this.authorization = authorization;
        this.settleByDay = Math.max(1, Math.min(28, config.settleByDay()));
        this.openByDay = Math.max(1, Math.min(28, config.openByDay()));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "grassroots-dues-reminders");
            thread.setDaemon(true);
            return thread;
        });
        if (config.reminderCheckHours() > 0) {
            timer.scheduleWithFixedDelay(this::runQuietly, 2, config.reminderCheckHours() * 3600, TimeUnit.SECONDS);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void runQuietly() {
        try {
            int sent;
            do {
                sent = remind(LocalDate.now()).size();
                if (sent > 0) {
                    LOG.info("Dues reminders: {} open month(s) past their settling day reminded", sent);
                }
            } while (sent == BATCH && !Thread.currentThread().isInterrupted());
            do {
                sent = remindOpening(LocalDate.now()).size();
                if (sent > 0) {
                    LOG.info("Dues reminders: {} organization(s) reminded to open a month", sent);
                }
            } while (sent == BATCH && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            LOG.warn("Dues reminders failed; they run again at the next interval", e);
        }
    }

    /** The last period due for settling on {@code today}: last month after the settling day, else the month before. */
    static int lastDue(LocalDate today, int settleByDay) {
        YearMonth month = YearMonth.from(today).minusMonths(today.getDayOfMonth() > settleByDay ? 1 : 2);
        return Periods.of(month);
    }

    /** Reminds the open months due for settling on {@code today} that were not reminded yet (at most {@link #BATCH}); their ids. */
    public List<Long> remind(LocalDate today) {
        int due = lastDue(today, settleByDay);
        return authorization.runAs(Caller.system(ACTOR), () -> jpa.txExpr(TransactionType.Required, em -> {
            List<Long> reminded = new ArrayList<>();
            for (MonthEntity m : em.createQuery("SELECT m FROM MonthEntity m WHERE m.status = :open AND m.remindedAt IS NULL "
                    + "AND m.period <= :due ORDER BY m.period, m.id", MonthEntity.class).setParameter("open", MonthStatus.OPEN)
                    .setParameter("due", due).setMaxResults(BATCH).getResultList()) {
                String period = Periods.text(m.period);
                notifications.post(new NotificationDraft(DuesModule.ID, "dues.month.settle",
                        LocalizedText.of(period + " 党费尚未结算", "Dues of " + period + " not settled yet"),
                        LocalizedText.of("请在核对交纳情况后结算 " + period + " 的党费并上报上级党组织。",
                                "Check the payments, settle the dues of " + period + " and report them to the level above."),
                        "#/m/dues/months/" + m.id, Months.TYPE, m.id, null),
                        List.of(Recipient.roleInUnit(Role.SECRETARY, m.organizationId), Recipient.roleInUnit(Role.UNIT_ADMIN, m.organizationId)));
                m.remindedAt = UtcTimes.now();
                reminded.add(m.id);
            }
            em.flush();
            return reminded;
        }));
    }

    /**
     * The month that should be open on {@code today}: this month after the opening day, else none (null) — the month
     * before was checked after its own opening day.
     */
    static Integer toBeOpen(LocalDate today, int openByDay) {
        return today.getDayOfMonth() > openByDay ? Periods.of(YearMonth.from(today)) : null;
    }

    /**
     * Reminds the organizations that collected the month before and have not opened this month by the opening day
     * (at most {@link #BATCH}, each once per month, marked in {@code DUES_OPEN_REMINDER} in the same transaction);
     * the ids of the organizations reminded.
     */
    public List<Long> remindOpening(LocalDate today) {
        Integer period = toBeOpen(today, openByDay);
        if (period == null) {
            return List.of();
        }
        int previous = Periods.of(YearMonth.of(period / 100, period % 100).minusMonths(1));
        return authorization.runAs(Caller.system(ACTOR), () -> jpa.txExpr(TransactionType.Required, em -> {
            List<Long> reminded = new ArrayList<>();
            for (MonthEntity m : em.createQuery("SELECT p FROM MonthEntity p WHERE p.period = :previous AND NOT EXISTS "
                    + "(SELECT c.id FROM MonthEntity c WHERE c.organizationId = p.organizationId AND c.period = :period) "
                    + "AND NOT EXISTS (SELECT r.id FROM OpenReminderEntity r WHERE r.organizationId = p.organizationId "
                    + "AND r.period = :period) ORDER BY p.id", MonthEntity.class).setParameter("previous", previous)
                    .setParameter("period", period).setMaxResults(BATCH).getResultList()) {
                String text = Periods.text(period);
                notifications.post(new NotificationDraft(DuesModule.ID, "dues.month.open",
                        LocalizedText.of(text + " 党费尚未开始收缴", "Dues of " + text + " not opened yet"),
                        LocalizedText.of("上月已收缴党费，本月（" + text + "）尚未开启收缴，请开启当月党费收缴。",
                                "The dues of last month were collected; open the month " + text + " to collect its dues."),
                        "#/m/dues/months", Months.TYPE, null, null),
                        List.of(Recipient.roleInUnit(Role.SECRETARY, m.organizationId), Recipient.roleInUnit(Role.UNIT_ADMIN, m.organizationId)));
                OpenReminderEntity r = new OpenReminderEntity();
                r.organizationId = m.organizationId;
                r.orgPath = m.orgPath;
                r.period = period;
                r.remindedAt = UtcTimes.now();
                em.persist(r);
                reminded.add(m.organizationId);
            }
            em.flush();
            return reminded;
        }));
    }
}
