package org.grassroots.buildings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A business district with its members (buildings first) and how many joint meetings and activities it held. */
public record District(long id, long leadOrgId, String leadOrgName, String name, String mechanism, LocalDate establishedOn,
                       List<DistrictMember> members, int buildings, int units, int activities, Instant createdAt,
                       String createdBy, long version) {
}
