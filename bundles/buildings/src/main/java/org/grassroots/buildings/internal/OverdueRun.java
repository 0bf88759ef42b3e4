package org.grassroots.buildings.internal;

import java.util.List;

/** What an overdue check did: decisions newly notified (each once). */
public record OverdueRun(int notified, List<Long> decisionIds) {
}
