package org.grassroots.itests.support;

import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * What a refresh would change: every bundle's id, state and last-modified time, and the ids of the services it
 * registered. A refreshed bundle is stopped and started again, so its services come back with new ids.
 */
public final class Snapshot {
    private final TreeMap<Long, String> bundles = new TreeMap<>();
    private final TreeSet<Long> services = new TreeSet<>();

    /**
     * @param excludedBundles symbolic names of the bundles that are expected to change (the module being cycled)
     * @param excludedModule  the module whose REST servlet (registered by the rest bundle) comes and goes with it
     */
    public static Snapshot of(BundleContext context, Set<String> excludedBundles, String excludedModule) {
        Snapshot snapshot = new Snapshot();
        long probe = context.getBundle().getBundleId();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() == probe || excludedBundles.contains(bundle.getSymbolicName())) {
                continue;
            }
            snapshot.bundles.put(bundle.getBundleId(), bundle.getSymbolicName() + " " + bundle.getVersion() + " state="
                    + bundle.getState() + " modified=" + bundle.getLastModified());
            ServiceReference<?>[] registered = bundle.getRegisteredServices();
            if (registered != null) {
                for (ServiceReference<?> ref : registered) {
                    if (("grassroots-api-" + excludedModule).equals(ref.getProperty("osgi.http.whiteboard.servlet.name"))) {
                        continue;
                    }
                    snapshot.services.add((Long) ref.getProperty(Constants.SERVICE_ID));
                }
            }
        }
        return snapshot;
    }

    public int bundleCount() {
        return bundles.size();
    }

    public int serviceCount() {
        return services.size();
    }

    /** What differs, in words; empty when nothing does. */
    public String differenceTo(Snapshot after) {
        StringBuilder diff = new StringBuilder();
        bundles.forEach((id, text) -> {
            String now = after.bundles.get(id);
            if (!text.equals(now)) {
                diff.append("bundle ").append(id).append(": ").append(text).append(" -> ").append(now).append('\n');
            }
        });
        after.bundles.forEach((id, text) -> {
            if (!bundles.containsKey(id)) {
                diff.append("new bundle ").append(id).append(": ").append(text).append('\n');
            }
        });
        TreeSet<Long> gone = new TreeSet<>(services);
        gone.removeAll(after.services);
        TreeSet<Long> added = new TreeSet<>(after.services);
        added.removeAll(services);
        if (!gone.isEmpty()) {
            diff.append("services gone: ").append(gone).append('\n');
        }
        if (!added.isEmpty()) {
            diff.append("services added: ").append(added).append('\n');
        }
        return diff.toString();
    }
}
