package org.grassroots.rolemodel.internal;

import java.time.LocalDate;

/** A new publicity item. */
public record PublicityDraft(String title, Channel channel, LocalDate publishedOn, String link) {
}
