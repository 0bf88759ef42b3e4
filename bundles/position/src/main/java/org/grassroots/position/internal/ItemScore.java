package org.grassroots.position.internal;

import java.math.BigDecimal;

/** The score of one item of an assessment (the item as it was in the standard version used). */
public record ItemScore(long itemId, int no, StandardCategory category, String text, BigDecimal weight, BigDecimal score,
                        String evidence, Long attachmentId) {
}
