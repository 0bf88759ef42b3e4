package org.grassroots.buildings.internal;

import java.time.LocalDate;

/** A member of a business district and the district's joint meetings and activities it attended since it joined. */
public record DistrictMember(long id, long unitId, String unitName, boolean building, LocalDate joinedOn, int held,
                             int attended) {
}
