package org.grassroots.core.internal;

/**
 * Who is acting, for the audit trail and events. Until authentication sets a caller, writes are
 * attributed to the channel they came through.
 */
public final class Actors {
    public static final String SYSTEM = "system";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Actors() {
    }

    public static String current() {
        String actor = CURRENT.get();
        return actor == null ? SYSTEM : actor;
    }

    /** Runs {@code action} attributed to {@code actor}; used by REST filters and shell commands. */
    public static <T> T as(String actor, java.util.function.Supplier<T> action) {
        String previous = CURRENT.get();
        CURRENT.set(actor);
        try {
            return action.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
