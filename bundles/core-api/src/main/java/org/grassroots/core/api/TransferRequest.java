package org.grassroots.core.api;

import java.time.LocalDate;

/** Move a member to another Party organization; {@code version} is the member's current version. */
public record TransferRequest(Long toOrganizationId, LocalDate transferredOn, String reason, Long version) {
}
