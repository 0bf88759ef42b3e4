package org.grassroots.education.internal;

import org.grassroots.core.api.text.Texts;

/** How the free-text fields of a draft are read: trimmed, blank (core's notion, invisible characters too) as null. */
final class TextFields {
    private TextFields() {
    }

    static String trimmed(String s) {
        return Texts.isBlank(s) ? null : s.trim();
    }

    static boolean tooLong(String s, int max) {
        return s != null && s.length() > max;
    }
}
