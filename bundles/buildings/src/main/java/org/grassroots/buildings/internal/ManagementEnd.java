package org.grassroots.buildings.internal;

import java.time.LocalDate;

/** A committee ceasing to manage a 两新 organization on a day. */
public record ManagementEnd(LocalDate endedOn) {
}
