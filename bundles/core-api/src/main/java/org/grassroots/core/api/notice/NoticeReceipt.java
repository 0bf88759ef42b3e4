package org.grassroots.core.api.notice;

import java.time.Instant;

/** One addressed unit of a notice and whether (when, by whom) it signed. */
public record NoticeReceipt(long unitId, String unitCode, String unitName, boolean signed, Instant signedAt,
                            String signedBy) {
}
