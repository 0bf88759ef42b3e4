package org.grassroots.community.internal;

import java.time.LocalDate;

public record StationDraft(Long unitId, String name, String address, String services, String openingHours,
                           LocalDate openedOn) {
}
