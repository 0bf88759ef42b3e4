package org.grassroots.rolemodel.internal;

import java.util.List;
import java.util.Map;

/** The figures of one campaign: nominations by status, and per category nominations, awarded and quota places. */
public record CampaignFigures(long campaignId, long nominations, Map<String, Long> byStatus, List<CategoryFigures> categories) {
}
