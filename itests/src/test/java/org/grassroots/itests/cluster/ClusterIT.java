package org.grassroots.itests.cluster;

import java.nio.file.Path;
import java.time.Duration;

import org.grassroots.itests.RestartPersistenceITAccess;
import org.grassroots.itests.support.Cluster;
import org.grassroots.itests.support.District;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * Two nodes of the district on one PostgreSQL database, Debian's nginx on 127.0.0.1 in front (issue 26, points 2 to
 * 4; {@link Cluster}, demo data off), started once, at the same moment, for every check of the cluster:
 * <ul>
 * <li>write through one node, read through the other: what one node writes or decides (a token, a sign-out, a
 * password change, a record, a lockout, an import's progress) holds on the other at once, and a scheduled job runs
 * once per period in the cluster, not once per node (buildings' overdue check, its interval cut to two seconds in
 * {@code etc/org.grassroots.jobs.cfg}); {@link SharedStateChecks};</li>
 * <li>install through A, answer on B: one module set on both nodes, each bundle's migrations ran once although both
 * nodes migrated the empty database at once, the registry shows each node's state; {@link ModuleSetChecks};</li>
 * <li>stop B, change, start B, converge: a node that was down while the module set changed catches up when it
 * starts;</li>
 * <li>kill one node under load, no acknowledged write lost: the clients of the load balancer keep working when node
 * B dies; {@link FailoverChecks}.</li>
 * </ul>
 * The checks run in the order of their names: those that leave the cluster as they found it first, then the ones that
 * change the module set and restart node B, and the kill last.
 *
 * <p>In a package of its own so that the failsafe run order (reverse alphabetical) hands it to a test JVM first, beside
 * browser.BrowserSuiteIT: the two longest classes start first instead of one of them ending the run.
 *
 * <p>Skipped with a message when no PostgreSQL answers or nginx is not installed; {@code .ci/run} makes both failures.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ClusterIT {
    /** Two nodes starting together on a loaded 2-core CI machine took 6 min once; a limit, not a cost. */
    private static final Duration STARTUP = Duration.ofSeconds(600);

    private static Cluster cluster;
    private static SharedStateChecks shared;
    private static ModuleSetChecks moduleSet;
    private static FailoverChecks failover;

    @BeforeClass
    public static void start() throws Exception {
        Cluster.assumePostgres("ClusterIT");
        Cluster.assumeNginx("ClusterIT");
        Path work = District.workDirectory().toPath().resolve("cluster-it").resolve(Long.toString(System.currentTimeMillis()));
        cluster = Cluster.unpack(RestartPersistenceITAccess.distribution(), work, 2);
        cluster.configure("org.grassroots.core.cfg", "moduleSetSeconds", Integer.toString(ModuleSetChecks.INTERVAL_SECONDS));
        cluster.configure("org.grassroots.jobs.cfg", SharedStateChecks.JOB + ".interval", SharedStateChecks.JOB_INTERVAL);
        cluster.configure("org.ops4j.pax.logging.cfg", "log4j2.logger.grassrootsjobs.name", "org.grassroots.core.internal.jobs");
        cluster.configure("org.ops4j.pax.logging.cfg", "log4j2.logger.grassrootsjobs.level", "DEBUG");
        cluster.start(STARTUP);
        shared = new SharedStateChecks(cluster);
        moduleSet = new ModuleSetChecks(cluster, STARTUP);
        failover = new FailoverChecks(cluster, cluster.startLoadBalancer());
    }

    @AfterClass
    public static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    public void a_eachBundleMigratedOnceAlthoughBothNodesStartedTogether() throws Exception {
        moduleSet.eachBundleMigratedOnceAlthoughBothNodesStartedTogether();
    }

    @Test
    public void b_theRegistryShowsBothNodesStates() {
        moduleSet.theRegistryShowsBothNodesStates();
    }

    @Test
    public void c_aTokenOfOneNodeIsAcceptedByTheOtherAndItsSignOutCountsThereAtOnce() {
        shared.aTokenOfOneNodeIsAcceptedByTheOtherAndItsSignOutCountsThereAtOnce();
    }

    @Test
    public void d_aPasswordChangedOnOneNodeEndsTheSessionsOnTheOther() {
        shared.aPasswordChangedOnOneNodeEndsTheSessionsOnTheOther();
    }

    @Test
    public void e_whatOneNodeWritesTheOtherReads() {
        shared.whatOneNodeWritesTheOtherReads();
    }

    @Test
    public void f_aWriteThroughOneNodeIsReadThroughTheOtherAndThroughTheLoadBalancer() {
        failover.aWriteThroughOneNodeIsReadThroughTheOther();
    }

    @Test
    public void g_anImportStartedOnOneNodeIsPolledThroughTheOther() {
        shared.anImportStartedOnOneNodeIsPolledThroughTheOther();
    }

    @Test
    public void h_anAccountLockedThroughOneNodeIsLockedOnTheOther() {
        shared.anAccountLockedThroughOneNodeIsLockedOnTheOther();
    }

    /** Before the module-set changes: it needs buildings installed and both nodes up since the start. */
    @Test
    public void i_aScheduledJobRunsOncePerPeriodInTheCluster() throws Exception {
        shared.aScheduledJobRunsOncePerPeriodInTheCluster();
    }

    @Test
    public void j_aModuleUninstalledAndInstalledThroughAIsFollowedByB() {
        moduleSet.aModuleUninstalledAndInstalledThroughAIsFollowedByB();
    }

    /** Stops and starts node B; leaves buildings uninstalled. */
    @Test
    public void k_aNodeThatWasDownWhileTheSetChangedCatchesUpWhenItStarts() {
        moduleSet.aNodeThatWasDownWhileTheSetChangedCatchesUpWhenItStarts();
    }

    /** Kills node B: last. */
    @Test
    public void l_killingANodeUnderLoadLosesNoAcknowledgedWrite() throws Exception {
        failover.killingANodeUnderLoadLosesNoAcknowledgedWrite();
    }
}
