package org.grassroots.affairs.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.affairs.internal.Compliance.OrgOutcome;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.cluster.ClusterJobs;
import org.grassroots.core.api.cluster.ScheduledJob;
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
 * Reminds secretaries of meetings falling due: when the period under way (month, quarter or year) of a required
 * meeting type ends within {@code reminderDays} and the organization has not held one yet, its secretaries get a
 * notification, once per organization, type and period ({@code AFF_REMINDER}). Runs once a day and on demand.
 */
@Component(service = Reminders.class, immediate = true, configurationPid = "org.grassroots.affairs",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class Reminders {
    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    static final String ACTOR = "affairs-reminders";

    public @interface Config {
        /** Days before a period ends from which its missing meetings are reminded of. */
        int reminderDays() default 7;

        /** Hours between two runs; 0 turns the periodic run off (REST and shell still run it). */
        long reminderIntervalHours() default 24;
    }

    private final JpaTemplate jpa;
    private final Compliance compliance;
    private final Notifications notifications;
    private final OrganizationService organizations;
    private final Authorization authorization;
    private final int days;
    private final ScheduledJob job;

    @Activate
    public Reminders(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                     @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference Compliance compliance,
                     @Reference Notifications notifications, @Reference OrganizationService organizations,
                     @Reference Authorization authorization, @Reference ClusterJobs jobs, Config config) {
        this.jpa = jpa;
        this.compliance = compliance;
        this.notifications = notifications;
        this.organizations = organizations;
        this.authorization = authorization;
        this.days = Math.max(1, config.reminderDays());
        // the first run waits until a starting platform (and its demo loaders) has settled
        // once per interval in the cluster, whichever nodes run (ClusterJobs)
        this.job = config.reminderIntervalHours() > 0 ? jobs.schedule("affairs.reminders", Duration.ofHours(config.reminderIntervalHours()),
                Duration.ofMinutes(15), this::runQuietly) : null;
    }

    @Deactivate
    void deactivate() {
        if (job != null) {
            job.cancel();
        }
    }

    private void runQuietly() {
        try {
            for (Organization root : authorization.runAs(Caller.system(ACTOR), organizations::roots)) {
                ReminderRun run = authorization.runAs(Caller.system(ACTOR), () -> run(root, LocalDate.now()));
                if (run.reminded() > 0) {
                    LOG.info("Affairs reminders: {} sent", run.reminded());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Affairs reminders failed; they run again at the next interval", e);
        }
    }

    /**
     * Sends the reminders due on {@code today} in the unit's subtree. One transaction per organization, its reminders
     * with their marks ({@code AFF_REMINDER}): one for a district's 1,600 organizations held the locks of every new
     * notification until its end while every inbox read of the platform waited; a run that stops half-way leaves the
     * organizations done marked, and the next run sends only the rest.
     */
    public ReminderRun run(Organization unit, LocalDate today) {
        List<OrgOutcome> outcomes = compliance.outcomes(unit, today.getYear(), 1, 12, today);
        int[] counts = new int[2];
        for (OrgOutcome o : outcomes) {
            if (o.byType().values().stream().noneMatch(r -> r.outcome().pending() != null
                    && endsSoon(r.period(), today, days))) {
                continue; // nothing due here: no transaction
            }
            jpa.txExpr(TransactionType.Required, em -> {
                o.byType().forEach((type, result) -> {
                    String pending = result.outcome().pending();
                    if (pending == null || !endsSoon(result.period(), today, days)) {
                        return;
                    }
                    boolean sent = !em.createNativeQuery("SELECT 1 FROM AFF_REMINDER WHERE ORGANIZATION_ID = ? AND MEETING_TYPE = ? "
                                    + "AND PERIOD_KEY = ?").setParameter(1, o.organization().id()).setParameter(2, type.name())
                            .setParameter(3, pending).getResultList().isEmpty();
                    if (sent) {
                        counts[1]++;
                        return;
                    }
                    em.createNativeQuery("INSERT INTO AFF_REMINDER (ORGANIZATION_ID, MEETING_TYPE, PERIOD_KEY, SENT_AT) VALUES (?, ?, ?, ?)")
                            .setParameter(1, o.organization().id()).setParameter(2, type.name()).setParameter(3, pending)
                            .setParameter(4, java.sql.Timestamp.valueOf(UtcTimes.now())).executeUpdate();
                    notifications.post(draft(o.organization(), type, pending, periodEnd(result.period(), today)),
                            List.of(Recipient.roleInUnit(Role.SECRETARY, o.organization().id())));
                    counts[0]++;
                });
                return null;
            });
        }
        return new ReminderRun(today, outcomes.size(), counts[0], counts[1]);
    }

    static NotificationDraft draft(Organization org, MeetingType type, String period, LocalDate due) {
        return new NotificationDraft(AffairsModule.ID, "affairs.meeting.due",
                LocalizedText.of(org.name() + "：" + period + " 的" + type.label() + "尚未召开",
                        org.name() + ": no " + type.labels().en() + " held for " + period + " yet"),
                LocalizedText.of("请在 " + due + " 前召开并登记" + type.label() + "。",
                        "Hold and record the " + type.labels().en() + " by " + due + "."),
                "#/m/affairs/meetings", Meetings.TYPE, null, due.atTime(23, 59).toInstant(java.time.ZoneOffset.ofHours(8)));
    }

    /** Whether the period of {@code today} ends within {@code days} days. */
    static boolean endsSoon(Period period, LocalDate today, int days) {
        return !periodEnd(period, today).isAfter(today.plusDays(days));
    }

    static LocalDate periodEnd(Period period, LocalDate today) {
        int month = period.lastMonth(period.of(today.getMonthValue()));
        return YearMonth.of(today.getYear(), month).atEndOfMonth();
    }
}
