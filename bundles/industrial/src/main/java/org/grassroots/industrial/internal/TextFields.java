package org.grassroots.industrial.internal;

/** How optional free-text fields of a draft are stored: trimmed, and blank stored as null. */
final class TextFields {
    private TextFields() {
    }

    static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
