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
import org.grassroots.dues.internal.Entities.MonthEntity;
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
 * reminded once even with several nodes. Runs every few hours and from the shell ({@code grassroots:dues-remind}).
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

        /** Hours between two checks; 0 turns the periodic check off (the shell command still runs it). */
        long reminderCheckHours() default 6;
    }

    private final JpaTemplate jpa;
    private final Notifications notifications;
    private final Authorization authorization;
    private final int settleByDay;
    private final ScheduledExecutorService timer;

    @Activate
    public Reminders(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference(target = DuesModule.SCHEMA) ModuleSchema schema,
                     @Reference Notifications notifications, @Reference Authorization authorization, Config config) {
        this.jpa = jpa;
        this.notifications = notifications;
        this.authorization = authorization;
        this.settleByDay = Math.max(1, Math.min(28, config.settleByDay()));
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
}
