package org.grassroots.position.internal;

import java.math.BigDecimal;

/** An item of a new standard version. */
public record StandardItemDraft(StandardCategory category, String text, BigDecimal weight) {
}
