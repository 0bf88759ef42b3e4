package org.grassroots.core.api.audit;

/** One changed field: its value before and after (personal data appears masked). */
public record FieldChange(String field, String before, String after) {
}
