package org.grassroots.rolemodel.internal;

import java.time.Duration;
import java.time.LocalDate;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
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
 * Runs the overdue next-contact check of the cultivation tracking once a day (and on demand from the shell:
 * {@code grassroots:rolemodel-remind}), for the whole platform, as a system caller.
 */
@Component(service = TrackingReminders.class, immediate = true, configurationPid = "org.grassroots.rolemodel",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class TrackingReminders {
    private static final Logger LOG = LoggerFactory.getLogger(TrackingReminders.class);
    static final String ACTOR = "rolemodel-reminders";

    public @interface Config {
        /** Hours between two runs; 0 turns the periodic run off (the shell still runs it). */
        long reminderIntervalHours() default 24;
    }

    private final Trackings trackings;
    private final OrganizationService organizations;
    private final Authorization authorization;
    private final ScheduledJob job;

    @Activate
    public TrackingReminders(@Reference Trackings trackings, @Reference OrganizationService organizations,
                             @Reference Authorization authorization, @Reference ClusterJobs jobs, Config config) {
        this.trackings = trackings;
        this.organizations = organizations;
        this.authorization = authorization;
        // the first run waits until a starting platform (and its demo loaders) has settled
        // once per interval in the cluster, whichever nodes run (ClusterJobs)
        this.job = config.reminderIntervalHours() > 0 ? jobs.schedule("rolemodel.tracking-reminders", Duration.ofHours(config.reminderIntervalHours()),
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
            int sent = run(LocalDate.now());
            if (sent > 0) {
                LOG.info("Role-model cultivation reminders: {} sent", sent);
            }
        } catch (RuntimeException e) {
            LOG.warn("Role-model cultivation reminders failed; they run again at the next interval", e);
        }
    }

    /** Notifies every overdue next contact of the platform; answers how many were sent. */
    public int run(LocalDate today) {
        return authorization.runAs(Caller.system(ACTOR), () -> {
            int sent = 0;
            for (Organization root : organizations.roots()) {
                sent += trackings.notifyDue(root.path(), today);
            }
            return sent;
        });
    }
}
