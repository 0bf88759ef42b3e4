package org.grassroots.core.api.notice;

import java.time.Instant;

/**
 * An issued notice (通知公告).
 *
 * @param addressed how many units must sign
 * @param signed    how many have signed
 */
public record Notice(long id, long organizationId, String organizationName, String title, String body,
                     Instant issuedAt, String issuedBy, int addressed, int signed) {
}
