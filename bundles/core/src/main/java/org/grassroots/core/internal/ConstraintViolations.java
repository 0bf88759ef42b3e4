package org.grassroots.core.internal;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.persistence.OptimisticLockException;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.ValidationException;

/**
 * Writers racing past the same check meet at the database: the loser's commit fails on a unique
 * constraint or a version. This turns those failures into the answer the check would have given.
 */
final class ConstraintViolations {
    private static final Map<String, Supplier<GrassrootsException>> KNOWN = Map.of(
            // since schema v3 uniqueness is on the blind index of the (encrypted) ID number
            "CORE_MEMBER_ID_NUMBER_INDEX_UQ",
            () -> ValidationException.of("idNumber", CoreMessages.message("idNumber.taken")),
            "CORE_MEMBER_ID_NUMBER_UQ",
            () -> ValidationException.of("idNumber", CoreMessages.message("idNumber.taken")),
            "CORE_ORGANIZATION_CODE_UQ",
            () -> new ConflictException(CoreMessages.message("unit.codeTaken.race")));

    private ConstraintViolations() {
    }

    /** Runs a write; a lost race becomes a 409/422 instead of an internal error. */
    static <T> T translated(Supplier<T> write) {
        try {
            return write.get();
        } catch (GrassrootsException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    static RuntimeException translate(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return new ConflictException(CoreMessages.message("conflict.race"));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                String message = String.valueOf(sql.getMessage()).toUpperCase(Locale.ROOT);
                return KNOWN.entrySet().stream().filter(k -> message.contains(k.getKey()))
                        .map(k -> (RuntimeException) k.getValue().get()).findFirst()
                        .orElse(new ConflictException(CoreMessages.message("conflict.unique")));
            }
        }
        return failure;
    }
}
