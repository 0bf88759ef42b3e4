package org.grassroots.core.api.training;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The study hours trainees earned in a module's sessions, registered as an OSGi service by the module that runs them
 * ({@code education}), so that the module recording the training step ({@code membership}: 集中培训, at least
 * {@code TRAINING_HOURS}) takes the hours attended instead of hours typed in. Only sessions that were held count.
 * Whether the module is enabled for the trainee's unit is the reader's question ({@code ModuleEnablement}, by
 * {@link #module()}).
 */
@ConsumerType
public interface TrainingHoursSource {
    /** The module that runs the sessions (its id, e.g. {@code education}). */
    String module();

    /** The hours the trainee of a file earned in held sessions, with those sessions. */
    TrainingHours hours(long fileId);
}
