package org.grassroots.membership.internal;

import java.time.LocalDate;

/** A range to issue to a unit: the first and last numbers (digits, the same number of them), the day, a note. */
public record FormRangeDraft(Long organizationId, String first, String last, LocalDate issuedOn, String note) {
}
