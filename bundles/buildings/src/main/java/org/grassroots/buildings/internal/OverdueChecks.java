package org.grassroots.buildings.internal;

import java.time.Duration;
import java.time.LocalDate;

import org.grassroots.core.api.cluster.ClusterJobs;
import org.grassroots.core.api.cluster.ScheduledJob;
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
 * Runs the overdue check of committee decisions periodically (configuration {@code org.grassroots.buildings},
 * {@code overdueCheckMinutes}, default 60; 0 turns it off; the shell command and the REST call still run it).
 */
@Component(service = OverdueChecks.class, immediate = true, configurationPid = "org.grassroots.buildings",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class OverdueChecks {
    private static final Logger LOG = LoggerFactory.getLogger(OverdueChecks.class);
    static final String ACTOR = "buildings-overdue-check";

    public @interface Config {
        /** Minutes between two overdue checks; 0 turns the periodic check off. */
        long overdueCheckMinutes() default 60;
    }

    private final Decisions decisions;
    private final Authorization authorization;
    private final ScheduledJob job;

    @Activate
    public OverdueChecks(@Reference Decisions decisions, @Reference Authorization authorization, @Reference ClusterJobs jobs, Config config) {
        this.decisions = decisions;
        this.authorization = authorization;
        // once per interval in the cluster, whichever nodes run (ClusterJobs)
        this.job = config.overdueCheckMinutes() > 0 ? jobs.schedule("buildings.overdue-check", Duration.ofMinutes(config.overdueCheckMinutes()),
                Duration.ofSeconds(2), this::runQuietly) : null;
    }

    @Deactivate
    void deactivate() {
        if (job != null) {
            job.cancel();
        }
    }

    /** One run as the system caller (every decision of the platform). */
    public OverdueRun run() {
        return authorization.runAs(Caller.system(ACTOR), () -> decisions.notifyOverdue(LocalDate.now()));
    }

    private void runQuietly() {
        try {
            OverdueRun run;
            do {
                run = run();
                if (run.notified() > 0) {
                    LOG.info("Buildings overdue check: {} committee decision(s) notified", run.notified());
                }
            } while (run.notified() == Decisions.BATCH && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            LOG.warn("Buildings overdue check failed; it runs again at the next interval", e);
        }
    }
}
