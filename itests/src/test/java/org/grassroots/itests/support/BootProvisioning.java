package org.grassroots.itests.support;

import java.time.Duration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Karaf's installation of the boot features, seen from inside the container. Karaf 4.4.10 can start its features
 * service twice at boot (docs/decisions.md, "Karaf assembly"); the second, stale installation then resolves again
 * and may refresh bundles of a platform that is already up and answering. Tests that started in between met a
 * platform going away under them (CI: core's API 404 in the middle of ImportIT). So a test class waits until Karaf
 * says the boot is finished and no installation thread of the boot is left, before it waits for the platform.
 */
final class BootProvisioning {
    /** The name Karaf's {@code BootFeaturesInstaller} gives its thread ({@code featuresBootAsynchronous=true}). */
    static final String THREAD = "Initial Features Provisioning";
    private static final String BOOT_FINISHED = "org.apache.karaf.features.BootFinished";
    /** How long no installation thread and no BootFinished count as a boot that ended in failure. */
    private static final Duration FAILED_BOOT_GRACE = Duration.ofSeconds(20);

    private BootProvisioning() {
    }

    /**
     * Waits until Karaf registered its {@code BootFinished} service and no boot installation thread runs (or none
     * ran for {@link #FAILED_BOOT_GRACE} without a {@code BootFinished}: the boot failed).
     *
     * @return the most boot installation threads seen alive at one time (more than one is the double start)
     */
    static int awaitFinished(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long idleSince = System.nanoTime();
        int most = 0;
        while (System.nanoTime() < deadline) {
            int running = running().size();
            most = Math.max(most, running);
            if (running > 0) {
                idleSince = System.nanoTime();
            } else if (bootFinished() || System.nanoTime() - idleSince > FAILED_BOOT_GRACE.toNanos()) {
                // a boot that failed publishes nothing: the platform's own checks then say what is missing
                return most;
            }
            Api.sleep(250);
        }
        throw new AssertionError("Karaf's boot features were not installed within " + timeout + " (threads still "
                + "installing: " + running().size() + ", BootFinished registered: " + bootFinished() + ")");
    }

    /** The boot installation threads alive now. */
    static List<Thread> running() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> THREAD.equals(t.getName())).toList();
    }

    private static boolean bootFinished() {
        Bundle self = FrameworkUtil.getBundle(BootProvisioning.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        return context != null && context.getServiceReference(BOOT_FINISHED) != null;
    }
}
