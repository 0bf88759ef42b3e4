package org.grassroots.position.internal;

import java.time.LocalDate;
import java.util.List;

/** A new standard (a new code) or the next version of one (an existing code). */
public record StandardDraft(String code, String name, String scopeNote, LocalDate issuedOn, List<StandardItemDraft> items) {
}
