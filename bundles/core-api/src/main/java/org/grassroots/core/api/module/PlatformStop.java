package org.grassroots.core.api.module;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Whether work that failed was cut off by a stop rather than broken: the platform shutting down, the bundle doing the
 * work stopping, or the module whose service it called being stopped or uninstalled (a hot undeploy). Such a failure
 * is expected and harmless, so it is logged as INFO, not as an ERROR an operator would have to look into; the next
 * start (or the module's next install) does the work again. Used by core (demo data, statistics) and the REST layer
 * (the DataSource leaving); a module's own background work can ask the same.
 *
 * @since 1.8
 */
public final class PlatformStop {
    private PlatformStop() {
    }

    /**
     * Whether the framework or the bundle of {@code context} is stopping; true as well when {@code context} is no
     * longer valid (its bundle stopped already).
     */
    public static boolean underway(BundleContext context) {
        try {
            return context.getBundle(0).getState() == Bundle.STOPPING
                    || context.getBundle().getState() == Bundle.STOPPING;
        } catch (IllegalStateException contextGone) {
            return true;
        }
    }

    /**
     * {@link #underway} or the bundle that provides {@code service} (a module's contributor or provider) is no longer
     * active. A service object loaded outside OSGi (a unit test) has no bundle and counts as active.
     */
    public static boolean cutOff(BundleContext context, Object service) {
        if (underway(context)) {
            return true;
        }
        Bundle provider = FrameworkUtil.getBundle(service.getClass());
        return provider != null && provider.getState() != Bundle.ACTIVE;
    }
}
