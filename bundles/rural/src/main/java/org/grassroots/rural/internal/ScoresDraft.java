package org.grassroots.rural.internal;

import java.util.Map;

public record ScoresDraft(Map<String, Double> scores) {
}
