package org.grassroots.affairs.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of a workflow step; each step reads what it needs: {@code hold} the date, place, chair, recorder,
 * lecturer (党课), present members and absences; {@code submit} the minutes' summary (or files attached before);
 * {@code return} and {@code cancel} a reason.
 */
public record MeetingStep(LocalDate heldOn, String place, Long chairMemberId, Long recorderMemberId,
                          Long lecturerMemberId, List<Long> presentMemberIds, List<Absence> absences, String summary,
                          String reason) {
    static MeetingStep empty() {
        return new MeetingStep(null, null, null, null, null, null, null, null, null);
    }
}
