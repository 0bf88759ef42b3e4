package org.grassroots.education.internal;

import java.time.Instant;

public record SiteHistory(SiteAction action, SiteStatus from, SiteStatus to, String actor, Instant at, String note) {
}
