package org.grassroots.education.internal;

import java.util.List;

/** The route's stops in order (replaces the old order). */
public record StopsDraft(List<Long> siteIds) {
}
