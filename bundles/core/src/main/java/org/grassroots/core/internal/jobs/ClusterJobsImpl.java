package org.grassroots.core.internal.jobs;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.cluster.ClusterJobs;
import org.grassroots.core.api.cluster.ScheduledJob;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.grassroots.core.internal.BackgroundThreads;
import org.grassroots.core.internal.cluster.ClusterNode;
import org.grassroots.core.internal.schema.CoreSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ClusterJobs} on core's {@code CORE_JOB_RUN}: each scheduled job has a thread of its own on each node that
 * ticks once per period (at its start plus a random spread) and claims the period before running the work.
 * Configuration {@code org.grassroots.jobs}: {@code <job>.interval} (ISO-8601 duration) overrides a job's interval;
 * the node is named in the claims as in the module set ({@link ClusterNode}: {@code nodeId} in core's settings).
 */
@Component(service = { ClusterJobs.class, ClusterJobsImpl.class }, configurationPid = ClusterJobsImpl.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ClusterJobsImpl implements ClusterJobs {
    static final String PID = "org.grassroots.jobs";
    private static final Logger LOG = LoggerFactory.getLogger(ClusterJobsImpl.class);
    /** Claims are kept this long at least (and three intervals), so an operator sees which node ran what. */
    private static final Duration KEEP = Duration.ofDays(1);

    private final JobClaims claims;
    private final Map<String, Object> config;
    private final String node;
    private final Clock clock;

    @Activate
    public ClusterJobsImpl(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource,
                           @Reference CoreSchema schema, @Reference ClusterNode clusterNode, Map<String, Object> config) {
        this(new JobClaims(dataSource), config, UtcTimes.clock(), clusterNode.id());
    }

    /** @param node this node's name: the module set's too ({@link ClusterNode}, {@code nodeId} in core's settings) */
    ClusterJobsImpl(JobClaims claims, Map<String, Object> config, Clock clock, String node) {
        this.claims = claims;
        this.config = Map.copyOf(config);
        this.clock = clock;
        this.node = node;
    }

    /** This node's name in the claims and in the imports' progress. */
    public String node() {
        return node;
    }

    /** The job's interval: the operator's {@code <job>.interval}, else the one the module asks for. */
    Duration interval(String job, Duration requested) {
        Object configured = config.get(job + ".interval");
        if (configured != null && !configured.toString().isBlank()) {
            try {
                Duration interval = Duration.parse(configured.toString().trim());
                if (!interval.isNegative() && !interval.isZero()) {
                    return interval;
                }
            } catch (DateTimeParseException e) {
                // reported below, the module's interval holds
            }
            LOG.error("{}: {}.interval = {} is not a positive ISO-8601 duration (e.g. PT10M); keeping {}", PID, job,
                    configured, requested);
        }
        return requested;
    }

    @Override
    public ScheduledJob schedule(String job, Duration interval, Duration firstDelay, Runnable work) {
        JobPeriods.checkedName(job);
        Duration every = interval(job, interval);
        if (every.toMillis() < 1000) {
            throw new IllegalArgumentException("A job's interval is at least a second: " + job + " " + every);
        }
        ScheduledExecutorService timer = BackgroundThreads.scheduled("job-" + job);
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            tick(job, every, work);
            if (!timer.isShutdown()) {
                Instant now = clock.instant();
                Instant next = JobPeriods.nextTick(now, every, ThreadLocalRandom.current().nextDouble());
                timer.schedule(tick[0], Math.max(0, Duration.between(now, next).toMillis()), TimeUnit.MILLISECONDS);
            }
        };
        timer.schedule(tick[0], Math.max(0, firstDelay.toMillis()), TimeUnit.MILLISECONDS);
        LOG.debug("Job {} scheduled every {} on node {}", job, every, node);
        return () -> {
            timer.shutdownNow();
            try {
                timer.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** One tick: claims the period under way and, if this node got it, runs the work. Never throws. */
    void tick(String job, Duration interval, Runnable work) {
        Instant now = clock.instant();
        Instant period = JobPeriods.periodStart(now, interval);
        try {
            if (!claims.claim(job, period, node, now, LEASE)) {
                LOG.debug("Job {} for the period from {}: claimed by another node or still running", job, period);
                return;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Job {}: the period from {} could not be claimed ({}); the next period tries again", job, period,
                    e.getMessage());
            return;
        }
        LOG.debug("Job {} runs for the period from {} on node {}", job, period, node);
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("Job {} failed for the period from {}; it runs again in the next period", job, period, e);
        } finally {
            Instant end = clock.instant();
            Duration keep = interval.multipliedBy(3).compareTo(KEEP) > 0 ? interval.multipliedBy(3) : KEEP;
            try {
                claims.finish(job, period, end, end.minus(keep));
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Job {}: the end of the run from {} could not be recorded ({}); the job waits for its lease",
                        job, period, e.getMessage());
            }
        }
    }
}
