package org.grassroots.core.internal;

import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the action modules once core answers. The distribution boots the framework to start level 84
 * ({@code org.osgi.framework.startlevel.beginning} in {@code etc/custom.properties}): Karaf, the libraries and core;
 * the module bundles (start level 85) are installed and resolved but wait. When core's API answers
 * ({@link ApiProbe#CORE_PATHS}), this raises the framework to the level in the framework property {@value #AFTER_CORE} (100),
 * which starts the modules. Why: on two cores the ten modules' persistence units, schema checks and REST applications
 * took the CPU that core needed for its own, and the first API call came a quarter to a third later
 * (docs/benchmarks.md, "Cold start"). A module is not needed for core's first answer; its own API answers a few
 * seconds after it.
 * <p>
 * If core does not answer within {@link #WAIT}, the modules start anyway: a platform whose core cannot start still
 * shows its modules' state, and nothing waits forever on a level nobody raises. A distribution that boots straight to
 * its final level (no {@value #AFTER_CORE} property) is left as it is. The start level is the framework's own mechanism
 * for this order; DS has none, hence the system bundle's {@link FrameworkStartLevel}.
 */
@Component(immediate = true)
public class ModuleStartGate {
    /** Framework property: the start level to raise the framework to once core answers. */
    static final String AFTER_CORE = "grassroots.startlevel.afterCore";
    static final Duration WAIT = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(ModuleStartGate.class);

    private final Thread waiter;

    @Activate
    public ModuleStartGate(BundleContext context, @Reference HttpServiceRuntime http) {
        FrameworkStartLevel framework = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkStartLevel.class);
        int target = targetLevel(context.getProperty(AFTER_CORE));
        if (target <= 0 || framework.getStartLevel() >= target) {
            waiter = null; // booted to its final level, or raised before (core restarted while the platform runs)
            return;
        }
        waiter = new Thread(() -> {
            long started = System.nanoTime();
            try {
                String base = ApiProbe.endpoint(http, WAIT);
                if (ApiProbe.awaitCore(base, WAIT)) {
                    LOG.info("Core answers ({} ms after its components came up): starting the action modules (start level {} to {})",
                            Duration.ofNanos(System.nanoTime() - started).toMillis(), framework.getStartLevel(), target);
                } else {
                    LOG.warn("Core's API did not answer within {}: starting the action modules anyway", WAIT);
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return; // core stops: it starts the modules at its next start
            }
            if (framework.getStartLevel() < target) {
                framework.setStartLevel(target);
            }
        }, "grassroots-module-start-gate");
        waiter.setDaemon(true);
        waiter.start();
    }

    @Deactivate
    void deactivate() {
        if (waiter != null) {
            waiter.interrupt();
        }
    }

    /**
     * Whether the modules have been let start: the framework has reached the after-core level, or the distribution
     * boots straight to its final level. Background work that needs the whole platform (the dashboard's warm-up) waits
     * for this; until then an empty set of active modules means "not started yet", not "none installed".
     */
    public static boolean modulesReleased(BundleContext context) {
        FrameworkStartLevel framework = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkStartLevel.class);
        String value = context.getProperty(AFTER_CORE);
        try {
            return value == null || value.isBlank() || framework.getStartLevel() >= Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return true; // the gate logged it and raises nothing: the modules start at the beginning level
        }
    }

    /** The configured level, or 0 when there is none or it is not a number (logged as an error: the modules then wait). */
    static int targetLevel(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            LOG.error("{} = '{}' is not a start level; the framework stays at its beginning level", AFTER_CORE, value);
            return 0;
        }
    }
}
