package org.grassroots.buildings.internal;

import java.time.LocalDate;

/** A 两新 organization (a core unit) put under a managing committee (a core unit hosting a 党委 or 党工委) from a day. */
public record ManagementDraft(Long organizationId, Long committeeId, ManagerKind kind, LocalDate since) {
}
