package org.grassroots.education.internal;

import java.util.List;

/**
 * A session's trainees, and whether a directory of trainees ({@code membership}) is there to add more from: without
 * it, the console offers no picker, and those added before are still listed.
 */
public record TraineeList(boolean directory, List<SessionTrainee> items) {
}
