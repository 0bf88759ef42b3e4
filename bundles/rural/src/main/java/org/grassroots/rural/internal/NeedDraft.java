package org.grassroots.rural.internal;

public record NeedDraft(Long villageId, NeedType type, String industry, String description, String keywords,
                        Boolean open) {
}
