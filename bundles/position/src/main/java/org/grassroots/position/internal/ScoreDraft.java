package org.grassroots.position.internal;

import java.math.BigDecimal;

/** The score of one item: at most the item's weight; evidence text and an attachment (core attachment id) optional. */
public record ScoreDraft(Long itemId, BigDecimal score, String evidence, Long attachmentId) {
}
