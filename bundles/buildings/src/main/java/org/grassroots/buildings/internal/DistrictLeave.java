package org.grassroots.buildings.internal;

import java.time.LocalDate;

/** A member leaving a business district on a day. */
public record DistrictLeave(LocalDate leftOn) {
}
