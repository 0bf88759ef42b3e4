package org.grassroots.community.internal;

import java.time.LocalDate;

/** A step of a micro-wish: the paired organization claiming it, the day it was fulfilled, a note or the reason. */
public record WishStep(Long partnerId, LocalDate on, String note) {
}
