package org.grassroots.affairs.internal;

import java.time.Instant;

public record Exemption(long id, long organizationId, String organizationName, MeetingType type, int year,
                        String reason, String grantedBy, Instant grantedAt) {
}
