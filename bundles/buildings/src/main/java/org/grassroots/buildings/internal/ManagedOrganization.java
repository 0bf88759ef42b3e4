package org.grassroots.buildings.internal;

import java.time.LocalDate;

import org.grassroots.core.api.UnitType;

/** A 两新 organization and the committee that manages it (all management fields null when none does). */
public record ManagedOrganization(long organizationId, String organizationCode, String organizationName, UnitType unitType,
                                  Long managementId, Long committeeId, String committeeName, ManagerKind kind,
                                  LocalDate since, Long version) {
}
