package org.grassroots.community.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Service hours a registered member served in their community; confirmed or rejected (with a reason) by it. */
public record ServiceHours(long id, long registrationId, long communityId, String communityName, long memberId,
                           String memberName, LocalDate servedOn, BigDecimal hours, String activity, HoursStatus status,
                           Instant submittedAt, String submittedBy, Instant decidedAt, String decidedBy,
                           String rejectReason, long version) {
}
