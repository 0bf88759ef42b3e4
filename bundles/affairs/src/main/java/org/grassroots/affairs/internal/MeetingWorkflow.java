package org.grassroots.affairs.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.Message;

/**
 * The meeting state machine, the one place that says which step is allowed when:
 * <pre>
 * PLANNED ─hold→ HELD ─submit→ SUBMITTED ─approve→ APPROVED ─archive→ ARCHIVED
 *    │                 ↑            └─return→ RETURNED ─submit┘
 *    └─cancel→ CANCELLED
 * </pre>
 * A step the current state does not allow is a conflict (409) naming the state and the steps allowed instead.
 */
final class MeetingWorkflow {
    private static final Map<MeetingAction, Set<MeetingStatus>> FROM = new EnumMap<>(MeetingAction.class);
    private static final Map<MeetingAction, MeetingStatus> TO = new EnumMap<>(MeetingAction.class);

    static {
        rule(MeetingAction.HOLD, MeetingStatus.HELD, MeetingStatus.PLANNED);
        rule(MeetingAction.SUBMIT, MeetingStatus.SUBMITTED, MeetingStatus.HELD, MeetingStatus.RETURNED);
        rule(MeetingAction.APPROVE, MeetingStatus.APPROVED, MeetingStatus.SUBMITTED);
        rule(MeetingAction.RETURN, MeetingStatus.RETURNED, MeetingStatus.SUBMITTED);
        rule(MeetingAction.ARCHIVE, MeetingStatus.ARCHIVED, MeetingStatus.APPROVED);
        rule(MeetingAction.CANCEL, MeetingStatus.CANCELLED, MeetingStatus.PLANNED);
    }

    private MeetingWorkflow() {
    }

    private static void rule(MeetingAction action, MeetingStatus to, MeetingStatus... from) {
        FROM.put(action, EnumSet.of(from[0], from));
        TO.put(action, to);
    }

    /** The steps a meeting in {@code status} allows, in workflow order. */
    static List<MeetingAction> allowed(MeetingStatus status) {
        List<MeetingAction> actions = new ArrayList<>();
        FROM.forEach((action, from) -> {
            if (from.contains(status)) {
                actions.add(action);
            }
        });
        return actions;
    }

    /** The state {@code action} leads to from {@code current}; 409 naming the allowed steps when it is not allowed. */
    static MeetingStatus next(long meetingId, MeetingStatus current, MeetingAction action) {
        if (!FROM.get(action).contains(current)) {
            List<MeetingAction> allowed = allowed(current);
            // the steps by code and by label, in the reader's language
            Message names = locale -> allowed.stream().map(a -> a.name() + " (" + (Languages.isEnglish(locale)
                    ? a.labels().en() : a.labels().zhCN()) + ")").collect(Collectors.joining(", "));
            throw allowed.isEmpty()
                    ? AffairsText.TEXT.conflict("meeting.step.closed", meetingId, current, action)
                    : AffairsText.TEXT.conflict("meeting.step.refused", meetingId, current, action, names);
        }
        return TO.get(action);
    }
}
