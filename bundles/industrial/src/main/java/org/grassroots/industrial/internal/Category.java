package org.grassroots.industrial.internal;

import org.grassroots.core.api.module.LocalizedText;

public record Category(String code, LocalizedText name, int deadlineDays, long version) {
}
