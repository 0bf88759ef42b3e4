package org.grassroots.dues.internal;

import java.time.Instant;

public record MonthStep(MonthAction action, MonthStatus fromStatus, MonthStatus toStatus, String actor, Instant at,
                        String note) {
}
