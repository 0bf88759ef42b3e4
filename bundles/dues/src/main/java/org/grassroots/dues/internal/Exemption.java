package org.grassroots.dues.internal;

import java.time.Instant;

public record Exemption(long id, long memberId, String memberName, long organizationId, String from, String to,
                        String reason, Instant createdAt, String createdBy, long version) {
}
