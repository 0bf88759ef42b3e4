package org.grassroots.industrial.internal;

import java.time.Instant;

public record GridWorker(long id, long gridId, String gridName, long memberId, String memberName, WorkerRole role,
                         Instant assignedAt, String assignedBy, long version) {
}
