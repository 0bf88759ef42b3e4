package org.grassroots.industrial.internal;

import java.time.Instant;

public record Community(long id, long parkId, String parkName, String name, String description,
                        String serviceCenter, Instant createdAt, String createdBy, long version) {
}
