package org.grassroots.rural.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record Visit(long id, long villageId, String villageName, String leaderName, Long leaderMemberId,
                    LocalDate visitedOn, String findings, Instant recordedAt, String recordedBy, List<Task> tasks,
                    long version) {
}
