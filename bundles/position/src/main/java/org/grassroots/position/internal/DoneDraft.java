package org.grassroots.position.internal;

import java.time.LocalDate;

/** Closing a rectification item: the day it was done and how. */
public record DoneDraft(LocalDate doneOn, String note) {
}
