package org.grassroots.rural.internal;

import java.util.Map;

public record VillageScores(long villageId, int year, Map<String, Double> scores) {
}
