package org.grassroots.membership.internal;

import java.util.Map;

/** The module's figures for a subtree and year. */
public record Figures(long unitId, String unitName, int year, Map<String, Long> pipeline, long planned,
                      long candidatesMade, long developed, long probationsEnded, long extended, long cancelled, Map<String,
                      Long> transfers, Map<String, Long> mobile, Map<String, Long> left, long lostContact) {
}
