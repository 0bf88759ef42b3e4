package org.grassroots.core.api.cluster;

import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs periodic work once per period in the whole cluster. Time is cut into periods of the job's interval, counted
 * from the epoch (an interval of a day: UTC days); every node that schedules the job ticks once per period, and the
 * first tick of a period claims it in the database (one row per job and period, a unique key): only the node whose
 * claim succeeds runs the work. A job whose last run is still under way on any node is not started again (runs of a
 * job never overlap in the cluster; a run not finished after {@link #LEASE} counts as lost with its node).
 * <p>
 * With one node this is a timer; with several, each job runs once per period whichever nodes are up. The operator may
 * change a job's interval in {@code etc/org.grassroots.jobs.cfg} ({@code <job>.interval = PT10M}, ISO-8601), the
 * same on every node.
 */
@ProviderType
public interface ClusterJobs {
    /** How long a started run may go unfinished before another node may start the job again. */
    Duration LEASE = Duration.ofHours(1);

    /**
     * Schedules {@code work} every {@code interval} in the cluster, its first tick on this node {@code firstDelay}
     * after this call (a starting platform settles first). The work runs as whatever caller it sets itself; an
     * exception it throws is logged and the next period runs as usual.
     *
     * @param job a name unique in the platform, {@code <module>.<job>} (letters, digits, '.', '-'), e.g.
     *            {@code industrial.escalation}
     * @return the schedule; {@link ScheduledJob#cancel() cancel} it when the component deactivates
     */
    ScheduledJob schedule(String job, Duration interval, Duration firstDelay, Runnable work);
}
