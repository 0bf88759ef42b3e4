package org.grassroots.education.internal;

import org.grassroots.core.api.module.LocalizedText;

public record Category(String code, LocalizedText name, int position, long version) {
}
