package org.grassroots.rolemodel.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A service record of a campaign. */
public record ServiceRecord(long id, Campaign campaign, long organizationId, String organizationName, Long memberId,
                            String memberName, String what, String beneficiary, BigDecimal hours, LocalDate servedOn,
                            Instant recordedAt, String recordedBy) {
}
