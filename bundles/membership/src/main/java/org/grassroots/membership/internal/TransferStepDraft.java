package org.grassroots.membership.internal;

import java.time.LocalDate;

/** A step of a transfer: the date (issue, receipt, acceptance) and, when an IN transfer is accepted, the member created for it. */
public record TransferStepDraft(LocalDate on, Long memberId) {
}
