package org.grassroots.affairs.internal;

import java.util.Map;

/** The module's figures of a subtree for a year (the dashboard panel). */
public record Dashboard(long unitId, String unitName, int year, int organizations, int lifeMeetingHeld,
                        Map<MeetingType, Integer> meetingsHeld, Map<MeetingType, Double> compliancePercent,
                        int membersEvaluated, Map<Rating, Integer> ratings, int campaigns, int campaignsClosed,
                        TalkFigures talks) {
}
