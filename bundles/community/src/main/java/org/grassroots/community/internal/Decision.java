package org.grassroots.community.internal;

import java.time.LocalDate;

/** A decision on a submitted item: a note or the reason (required when refusing), the day (designations). */
public record Decision(String note, LocalDate on) {
}
