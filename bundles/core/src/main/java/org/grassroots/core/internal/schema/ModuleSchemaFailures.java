package org.grassroots.core.internal.schema;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Component;

/**
 * The bundles whose migrations failed when they last started, with Flyway's reason: written by
 * {@link ModuleSchemaExtender}, read by the module registry, which shows such a module as FAILED at once instead of
 * waiting for components that will never get their {@code ModuleSchema}. Forgotten when the bundle stops. Also the
 * bundles whose components DS is still activating once their tables are migrated (one that hangs there shows).
 */
@Component(service = ModuleSchemaFailures.class)
public class ModuleSchemaFailures {
    private final Map<Long, String> byBundle = new ConcurrentHashMap<>();
    /** Bundles whose ModuleSchema is being registered, i.e. whose waiting components DS is activating, since when. */
    private final Map<Long, Long> activatingSince = new ConcurrentHashMap<>();

    void activating(Bundle bundle) {
        activatingSince.put(bundle.getBundleId(), System.nanoTime());
    }

    void activated(Bundle bundle) {
        activatingSince.remove(bundle.getBundleId());
    }

    /** For how many seconds DS has been activating the components that waited for the bundle's tables, if it is. */
    public Optional<Long> activatingSeconds(Bundle bundle) {
        return Optional.ofNullable(activatingSince.get(bundle.getBundleId()))
                .map(since -> TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since));
    }

    void failed(Bundle bundle, String reason) {
        byBundle.put(bundle.getBundleId(), reason);
    }

    void forget(Bundle bundle) {
        byBundle.remove(bundle.getBundleId());
    }

    /** Why the migrations of the bundle's current start failed, if they did. */
    public Optional<String> of(Bundle bundle) {
        return Optional.ofNullable(byBundle.get(bundle.getBundleId()));
    }

    /**
     * The first line of Flyway's report and the database's own message ("Migration V2__x.sql failed", "Message :
     * Table/View 'X' does not exist."), which together say which script failed and why.
     */
    static String reason(Throwable failure) {
        String text = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage().strip();
        String first = text.lines().findFirst().orElse(text);
        String database = text.lines().map(String::strip).filter(l -> l.startsWith("Message"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(null);
        String reason = database == null || first.contains(database) ? first : first + ": " + database;
        return reason.length() > 500 ? reason.substring(0, 497) + "..." : reason;
    }
}
