package org.grassroots.buildings.internal;

import java.time.LocalDate;

/**
 * A member of a business district and the district's joint meetings and activities it attended while a member (from
 * joining to the day it left, both included; {@code leftOn} is null while it is one).
 */
public record DistrictMember(long id, long unitId, String unitName, boolean building, LocalDate joinedOn, LocalDate leftOn,
                             int held, int attended) {
    /** Whether it was a member on {@code day}. */
    public boolean memberOn(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
    }
}
