package org.grassroots.community.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Logs hours served: against a registration (an administrator) or the caller's active one (self-service). */
public record HoursDraft(Long registrationId, LocalDate servedOn, BigDecimal hours, String activity) {
}
