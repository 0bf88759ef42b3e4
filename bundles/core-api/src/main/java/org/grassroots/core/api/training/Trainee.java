package org.grassroots.core.api.training;

/**
 * A person who may be sent to training and is not (yet) a core member: a development file at the candidate stage
 * (发展对象). {@code fileId} is the id of the file in the module that keeps it, the name sessions show them by, and the
 * core unit the file belongs to (for the reader's scope and enablement checks).
 */
public record Trainee(long fileId, String name, long unitId) {
}
