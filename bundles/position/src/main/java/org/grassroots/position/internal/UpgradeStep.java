package org.grassroots.position.internal;

import java.time.Instant;
import java.util.List;

/** A step or progress note of an upgrade project: who and when, photos as core attachment ids (before and after). */
public record UpgradeStep(UpgradeAction action, UpgradeStatus fromStatus, UpgradeStatus toStatus, String actor, Instant at, String note,
                          List<Long> photos) {
}
