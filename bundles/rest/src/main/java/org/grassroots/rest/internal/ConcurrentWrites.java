package org.grassroots.rest.internal;

import java.sql.SQLException;

import javax.ws.rs.core.Response;

/**
 * Two writers that pass the service's checks at the same moment are told apart by the database: an
 * optimistic-lock failure or a unique-constraint violation at commit. Whatever module the write came
 * from, the loser hears 409, not 500. Matched by class name and SQL state so this bundle needs no JPA.
 */
final class ConcurrentWrites {
    private static final String OPTIMISTIC_LOCK = "javax.persistence.OptimisticLockException";

    private ConcurrentWrites() {
    }

    static Response toConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (OPTIMISTIC_LOCK.equals(t.getClass().getName())) {
                return Problem.response(409, "Conflict",
                        RequestLanguage.text("concurrent.optimisticLock"));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Problem.response(409, "Conflict",
                        RequestLanguage.text("concurrent.duplicate"));
            }
        }
        return null;
    }
}
