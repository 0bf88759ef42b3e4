package org.grassroots.rural.internal;

import java.util.Set;

public record Need(long id, long villageId, String villageName, NeedType type, String industry, String description,
                   Set<String> keywords, boolean open, long version) {
}
