package org.grassroots.core.api.annualstats;

import java.time.Instant;

/** One step taken on a report: what, by whom, when, and the reason of a return. */
public record ReportEvent(ReportAction action, ReportStatus status, String actor, Instant at, String reason) {
}
