package org.grassroots.affairs.internal.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A capability session (上讲台、亮功夫) with its judges' scores and their average (null before the first score). */
public record Session(long id, long organizationId, String organizationName, long presenterId, String presenterName, String topic,
                      LocalDate heldOn, int year, int quarter, List<SessionScore> scores, Double average, String recordedBy,
                      Instant recordedAt, long version) {
}
