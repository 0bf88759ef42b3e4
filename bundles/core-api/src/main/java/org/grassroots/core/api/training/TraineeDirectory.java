package org.grassroots.core.api.training;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The people a module's pipeline may send to training, registered as an OSGi service by the module that keeps them
 * ({@code membership}: the files at the 发展对象 stage), so that the module running the sessions ({@code education})
 * can take them as attendees without importing that module. Scope and enablement are the reader's questions (the
 * reader checks the caller's scope first; {@code ModuleEnablement} by {@link #module()}).
 */
@ConsumerType
public interface TraineeDirectory {
    /** The module that keeps the trainees (its id, e.g. {@code membership}). */
    String module();

    /**
     * The trainees of the subtree whose materialized path starts with {@code subtreePath} (e.g. {@code /1/7/}), whose
     * name contains {@code nameContains} (ignoring case; null or blank: any), by name, at most {@code limit}.
     */
    List<Trainee> trainees(String subtreePath, String nameContains, int limit);

    /** The trainee of a file, empty when there is no such file or it is not at the stage that is trained. */
    Optional<Trainee> trainee(long fileId);
}
