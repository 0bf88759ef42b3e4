package org.grassroots.core.internal.modules;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.karaf.features.BootFinished;
import org.grassroots.core.internal.BackgroundThreads;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings this node to the cluster's module set: once when the distribution's boot features are installed (they are
 * the starting point: a node that was down catches up here), then every {@code moduleSetSeconds} (etc/
 * org.grassroots.core.cfg, default 10). Polling, not notifications: a pass reads two small tables, and a node that
 * missed a notification would otherwise wait for the next change.
 */
@Component(service = {}, immediate = true, configurationPid = "org.grassroots.core",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ModuleConverger {
    private static final Logger LOG = LoggerFactory.getLogger(ModuleConverger.class);
    /** How long an installation of a pass may take to start before the pass goes on (the REST default). */
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    /** The pass interval in seconds (1 to 3600). */
    public @interface Config {
        int moduleSetSeconds() default 10;
    }

    private final ModuleSet moduleSet;
    private final ScheduledExecutorService timer = BackgroundThreads.scheduled("module-set");

    private final long seconds;
    private final AtomicBoolean started = new AtomicBoolean();

    @Activate
    public ModuleConverger(@Reference ModuleSet moduleSet, Config config) {
        this.moduleSet = moduleSet;
        this.seconds = Math.max(1, Math.min(3600, config.moduleSetSeconds()));
    }

    /**
     * Karaf registers BootFinished once the boot features are installed. Optional and dynamic (not a mandatory
     * reference): the features' resolver knows no bundle that declares it, and would refuse core.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindBootFinished(BootFinished bootFinished) {
        if (started.compareAndSet(false, true)) {
            timer.scheduleWithFixedDelay(this::pass, 0, seconds, TimeUnit.SECONDS);
        }
    }

    void unbindBootFinished(BootFinished bootFinished) {
        // the passes go on: the boot features stay installed
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    private void pass() {
        try {
            moduleSet.converge(START_LIMIT);
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next pass tries again
            LOG.error("Module set: this node could not converge to the cluster's module set", e);
        }
    }
}
