package org.grassroots.rolemodel.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A publicity item about a role model. */
public record Publicity(long id, long modelId, String title, Channel channel, LocalDate publishedOn, String link,
                        Instant recordedAt, String recordedBy) {
}
