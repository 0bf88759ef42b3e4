package org.grassroots.education.internal;

import java.util.List;

/** Who of the roster attended: the members present and those excused; everyone else on the roster is absent. */
public record AttendanceDraft(List<Long> present, List<Long> excused) {
}
