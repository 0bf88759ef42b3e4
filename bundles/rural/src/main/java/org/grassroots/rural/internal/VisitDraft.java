package org.grassroots.rural.internal;

import java.time.LocalDate;

public record VisitDraft(Long villageId, String leaderName, Long leaderMemberId, LocalDate visitedOn, String findings) {
}
