package org.grassroots.position.internal;

import java.math.BigDecimal;

/** An item of a standard version's checklist. */
public record StandardItem(long id, int no, StandardCategory category, String text, BigDecimal weight) {
}
