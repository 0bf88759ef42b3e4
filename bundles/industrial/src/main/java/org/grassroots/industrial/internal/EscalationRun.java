package org.grassroots.industrial.internal;

import java.util.List;

/** What an overdue check did: requests newly escalated (each once). */
public record EscalationRun(int escalated, List<Long> requestIds) {
}
