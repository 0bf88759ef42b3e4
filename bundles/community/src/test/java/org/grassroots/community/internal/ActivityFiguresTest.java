package org.grassroots.community.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.text.Message;
import org.junit.jupiter.api.Test;

/** The activity figures add up by kind, and the work record's summary names the trainings and the people trained. */
class ActivityFiguresTest {
    @Test
    void eventsHeldAreTheSumOfTheKindsInTheKindsOrder() {
        Map<EventKind, Long> events = new EnumMap<>(EventKind.class);
        events.put(EventKind.FORUM, 21L);
        events.put(EventKind.VOLUNTEER, 12L);
        events.put(EventKind.TRAINING, 21L);
        ActivityCounts counts = new ActivityCounts(events, 105, 6, 28);
        assertEquals(54, counts.eventsHeld());
        assertEquals(List.of("VOLUNTEER", "TRAINING", "FORUM"), List.copyOf(counts.eventsByKind().keySet()));
        assertEquals(21.0, counts.eventsByKind().get("FORUM"), 1e-9);
    }

    @Test
    void theSummaryNamesTheTrainingsThePeopleTrainedTheWishesAndTheIssues() {
        Message summary = CommunityMessages.TEXT.message("workRecord.summary", 2024, "21", "64", "48", "48", "317", "1,526", "13",
                "1", "42", "105", "6", "28");
        assertTrue(summary.chinese().contains("举办专题培训和“先锋论坛”42场，培训基层党组织书记、社区工作者105名"), summary.chinese());
        assertTrue(summary.chinese().contains("实现困难群众微心愿6个") && summary.chinese().contains("议题办结28个"), summary.chinese());
        assertTrue(summary.english().contains("training 105 Party secretaries and community workers"), summary.english());
        assertTrue(summary.english().contains("6 micro-wishes") && summary.english().contains("28 issues"), summary.english());
    }
}
