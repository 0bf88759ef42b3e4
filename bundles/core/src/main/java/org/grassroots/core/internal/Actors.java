package org.grassroots.core.internal;

import java.util.function.Supplier;

import org.grassroots.core.api.security.Authenticator;
import org.grassroots.core.api.security.Caller;

/**
 * The caller bound to the current thread, for permission and scope checks, the audit trail and events. The REST
 * layer binds the authenticated caller for each request (through {@code Authenticator.callAs}); shell commands,
 * demo loading and jobs bind a {@link Caller#system system caller}. Work with nothing bound counts as
 * {@link #SYSTEM}.
 */
public final class Actors {
    public static final String SYSTEM = "system";
    private static final Caller SYSTEM_CALLER = Caller.system(SYSTEM);

    private static final ThreadLocal<Caller> CURRENT = new ThreadLocal<>();

    private Actors() {
    }

    /** The name written into audit lines and events. */
    public static String current() {
        return caller().username();
    }

    public static Caller caller() {
        Caller caller = CURRENT.get();
        return caller == null ? SYSTEM_CALLER : caller;
    }

    /** Runs {@code action} attributed to the system caller {@code actor}. */
    public static <T> T as(String actor, Supplier<T> action) {
        return as(Caller.system(actor), action);
    }

    public static <T> T as(Caller caller, Supplier<T> action) {
        return call(caller, action::get);
    }

    public static <T, E extends Exception> T call(Caller caller, Authenticator.CallerAction<T, E> action) throws E {
        Caller previous = CURRENT.get();
        CURRENT.set(caller);
        try {
            return action.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
