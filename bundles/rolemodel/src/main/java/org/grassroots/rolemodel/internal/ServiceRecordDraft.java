package org.grassroots.rolemodel.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new service record: by a member ({@code memberId}) or by the organization itself. */
public record ServiceRecordDraft(Campaign campaign, Long organizationId, Long memberId, String what, String beneficiary,
                                 BigDecimal hours, LocalDate servedOn) {
}
