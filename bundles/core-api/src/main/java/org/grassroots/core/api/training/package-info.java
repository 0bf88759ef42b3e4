/**
 * Training SPI: the concentrated training (集中培训) of a development candidate (发展对象) is proven by the study hours
 * of the education sessions they attended, but the candidate is not a member yet, so neither side can name the other
 * by a core member id. The module that keeps the development files offers the people it may send to training through a
 * {@link org.grassroots.core.api.training.TraineeDirectory} (e.g. {@code membership}); the module that runs the
 * sessions tells the hours each of them earned through a {@link org.grassroots.core.api.training.TrainingHoursSource}
 * (e.g. {@code education}). Neither imports the other's packages; both services come and go with their modules.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.grassroots.core.api.training;
