package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record Credit(long id, long memberId, String memberName, long unitId, String unitName, CreditSource source,
                     Long sessionId, String title, LocalDate studiedOn, BigDecimal hours, CreditStatus status,
                     String reason, Instant recordedAt, String recordedBy, Instant decidedAt, String decidedBy,
                     long version) {
}
