package org.grassroots.core.api.text;

import java.text.Normalizer;

/**
 * The platform's rules for text people type (issue 13, "text hygiene"), checked once for every JSON body by the
 * REST layer and available to validators and importers:
 * <ul>
 * <li>stored in Unicode NFC, so that the same name typed on two devices compares equal;</li>
 * <li>never control characters (other than tab and line breaks), direction overrides or isolates (U+202A–U+202E,
 * U+2066–U+2069, which make {@code exe.txt} display as {@code txt.exe}), unpaired surrogates, or more than
 * {@value #MAX_COMBINING} combining marks on one character ("zalgo" text that overflows every table row);</li>
 * <li>single-line fields (names, codes, titles) have no line breaks or tabs either, and a value made only of
 * invisible characters (zero-width spaces, joiners) counts as blank.</li>
 * </ul>
 *
 * @since 0.2
 */
public final class Texts {
    /** Combining marks allowed on one base character (Vietnamese needs two, Tibetan stacks a few more). */
    public static final int MAX_COMBINING = 4;
    private static final MessageBundle MESSAGES = MessageBundle.of(Texts.class);

    private Texts() {
    }

    /** {@code text} in NFC ({@code null} stays {@code null}). */
    public static String normalize(String text) {
        return text == null || isPlainlyNfc(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Whether {@code text} is made only of characters that are in NFC whatever surrounds them: everything below
     * U+0300 (ASCII, Latin-1, Latin Extended-A/B: no combining marks, and no canonical composition has a second
     * character there) and the CJK Unified Ideographs with Extension A. Nearly every name, code and cell the platform
     * reads is such text; the JDK's check of it was a quarter of the reading of a 30,000-member spreadsheet.
     */
    private static boolean isPlainlyNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && !(c >= '\u4E00' && c <= '\u9FFF') && !(c >= '\u3400' && c <= '\u4DBF')) {
                return false;
            }
        }
        return true;
    }

    /** Why {@code text} cannot be stored as text at all, or {@code null} when it can. */
    public static Message problem(String text) {
        if (text == null) {
            return null;
        }
        int combining = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    combining = 0;
                    continue;
                }
                return MESSAGES.message("text.surrogate");
            }
            if (Character.isLowSurrogate(c)) {
                return MESSAGES.message("text.surrogate");
            }
            if (isControl(c)) {
                return MESSAGES.message("text.control", String.format("U+%04X", (int) c));
            }
            if (isDirectionOverride(c)) {
                return MESSAGES.message("text.direction", String.format("U+%04X", (int) c));
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                if (++combining > MAX_COMBINING) {
                    return MESSAGES.message("text.combining", MAX_COMBINING);
                }
            } else {
                combining = 0;
            }
        }
        return null;
    }

    /** Why {@code text} cannot be a single-line value (a name, code or title), or {@code null} when it can. */
    public static Message singleLineProblem(String text) {
        if (text == null) {
            return null;
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0
                || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) {
            return MESSAGES.message("text.singleLine");
        }
        return problem(text);
    }

    /** Whether {@code text} is missing, empty or made only of white space and invisible characters. */
    public static boolean isBlank(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isInvisible(c)) {
                return false;
            }
        }
        return true;
    }

    /** The reason for a value made only of invisible characters. */
    public static Message invisibleOnly() {
        return MESSAGES.message("text.invisible");
    }

    /** Whether {@code text} has something to see but consists only of invisible characters. */
    public static boolean looksBlankButIsNot(String text) {
        return text != null && !text.isEmpty() && isBlank(text) && !text.isBlank();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean isDirectionOverride(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u180E'
                || c == '\u00AD' || c == '\u3164' || c == '\u115F' || c == '\u1160';
    }
}
