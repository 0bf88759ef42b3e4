package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One version of a standard with its items; {@code latest} says no newer version exists. */
public record Standard(long id, String code, int versionNo, String name, String scopeNote, LocalDate issuedOn, boolean latest,
                       BigDecimal maxTotal, List<StandardItem> items, Instant createdAt, String createdBy) {
}
