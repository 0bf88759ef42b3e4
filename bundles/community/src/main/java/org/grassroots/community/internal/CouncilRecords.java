package org.grassroots.community.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the joint councils (街道大工委 / 社区大党委) send and answer. */
public final class CouncilRecords {
    private CouncilRecords() {
    }

    /** A part-time member of the street's or community's council, from one of the area's institutions or enterprises. */
    public record CouncilMember(long id, long unitId, String unitName, CouncilKind council, long memberId, String memberName,
                                long partnerId, String partnerName, String roleTitle, LocalDate startsOn, LocalDate endsOn,
                                String endReason, long version) {
    }

    public record CouncilMemberDraft(Long unitId, Long memberId, Long partnerId, String roleTitle, LocalDate startsOn) {
    }

    /** A joint meeting (联席会议): who of the council was present, the minutes and the issues raised. */
    public record Meeting(long id, long unitId, String unitName, CouncilKind council, String title, LocalDate heldOn,
                          List<Long> present, List<String> presentNames, String minutes, List<Issue> issues,
                          Instant createdAt, String createdBy) {
    }

    /** {@code present}: ids of the council's members; {@code issues}: one title per issue raised. */
    public record MeetingDraft(Long unitId, String title, LocalDate heldOn, List<Long> present, String minutes, List<String> issues) {
    }

    public record Issue(long id, long meetingId, long unitId, String title, IssueStatus status, Long assigneeId,
                        String assigneeName, LocalDate dueOn, String result, LocalDate closedOn, Instant changedAt,
                        String changedBy, long version) {
    }

    /** Assigning: the member unit and the due date; closing: the result and the day. */
    public record IssueStep(Long assigneeId, LocalDate dueOn, String result, LocalDate on) {
    }
}
