package org.grassroots.education.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.cluster.ClusterJobs;
import org.grassroots.core.api.cluster.ScheduledJob;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the last quarter's reminders on a schedule: every interval (daily by default) it checks each district (root
 * unit) where the module is enabled and, once per month from October to December ({@link ReminderCalendar}), reminds
 * every unit of it with members below the requirement ({@link Reminders#remindBehind}); a row per district and
 * month keeps it from sending twice, and a row per unit and month lets a run that stopped half-way go on
 * ({@link ReminderRuns}). {@code POST /reminders} and the shell still send them by hand.
 */
@Component(service = ReminderSchedule.class, immediate = true, configurationPid = "org.grassroots.education",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ReminderSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);
    static final String ACTOR = "education-reminders";

    public @interface Config {
        /** Hours between two checks; 0 turns the schedule off (REST and shell still send reminders). */
        long reminderIntervalHours() default 24;
    }

    private final JpaTemplate jpa;
    private final Reminders reminders;
    private final OrganizationService organizations;
    private final Authorization authorization;
    private final ScheduledJob job;

    @Activate
    public ReminderSchedule(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                            @Reference(target = EducationModule.SCHEMA) ModuleSchema schema, @Reference Reminders reminders,
                            @Reference OrganizationService organizations, @Reference Authorization authorization, @Reference ClusterJobs jobs,
                            Config config) {
        this.jpa = jpa;
        this.reminders = reminders;
        this.organizations = organizations;
        this.authorization = authorization;
        // the first check waits until a starting platform (and its demo loaders) has settled
        // once per interval in the cluster, whichever nodes run (ClusterJobs)
        this.job = config.reminderIntervalHours() > 0 ? jobs.schedule("education.reminders", Duration.ofHours(config.reminderIntervalHours()),
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
            int sent = run(LocalDate.now(Sessions.LOCAL));
            if (sent > 0) {
                LOG.info("Education reminders: {} units reminded", sent);
            }
        } catch (RuntimeException e) {
            LOG.warn("Education reminders failed; they run again at the next interval", e);
        }
    }

    /** Sends the reminders due on {@code today} in every district not yet reminded this period; answers the units reminded. */
    int run(LocalDate today) {
        Optional<String> period = ReminderCalendar.period(today);
        if (period.isEmpty()) {
            return 0;
        }
        int units = 0;
        for (Organization root : authorization.runAs(Caller.system(ACTOR), organizations::roots)) {
            if (sent(root.id(), period.get())) {
                continue;
            }
            try {
                int reminded = authorization.runAs(Caller.system(ACTOR),
                        () -> reminders.remindBehind(root.id(), today.getYear(), today, period.get()));
                mark(root.id(), period.get(), reminded);
                units += reminded;
            } catch (GrassrootsException e) { // the module is not enabled there: nothing to remind
                LOG.debug("No education reminders for {}: {}", root.code(), e.getMessage());
            }
        }
        return units;
    }

    private boolean sent(long unitId, String period) {
        return jpa.txExpr(TransactionType.Supports, em -> ReminderRuns.marked(em, unitId, period));
    }

    private void mark(long unitId, String period, int units) {
        jpa.tx(TransactionType.Required, em -> ReminderRuns.mark(em, unitId, period, units));
    }
}
