package org.grassroots.core.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * The citizen ID number (公民身份号码) of GB 11643-1999: a 6-digit address code, the birth date as
 * {@code YYYYMMDD}, a 3-digit sequence code whose last digit is odd for men and even for women, and a
 * check character (a digit or {@code X}).
 * <p>
 * Address codes are deliberately not checked: codes get retired when divisions are reorganised, but
 * the numbers issued under them stay valid for life.
 */
public final class IdNumbers {

    public static final int LENGTH = 18;
    /** What a number cell leaves of the last three digits of an 18-digit number (15 significant digits). */
    private static final String LOST_DIGITS = "000";

    private static final MessageBundle MESSAGES = MessageBundle.of(IdNumbers.class);

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final int BIRTH_DATE_START = 6;
    private static final int SEX_DIGIT = 16;

    private IdNumbers() {
    }

    /**
     * The check character for the first 17 digits of an ID number.
     *
     * @throws IllegalArgumentException unless {@code first17} is exactly 17 ASCII digits
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1 || !isDigits(first17, 0, LENGTH - 1)) {
            throw new IllegalArgumentException("expected 17 digits, got " + first17);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** What is wrong with an ID number, judged against the system clock's today. */
    public static Optional<String> problem(String idNumber) {
        return problem(idNumber, LocalDate.now());
    }

    /**
     * What is wrong with an ID number, as a reason a user can act on (in English; {@link #refusal(String, LocalDate)}
     * gives it in the reader's language); empty when it is valid. The number is
     * {@linkplain #normalize(String) normalized} first, so surrounding blanks and a lowercase {@code x} pass.
     *
     * @param today the date birth dates must not lie after (a parameter so that results are reproducible)
     */
    public static Optional<String> problem(String idNumber, LocalDate today) {
        return refusal(idNumber, today).map(Message::english);
    }

    /**
     * What is wrong with an ID number, in the reader's language (e.g. "公民身份号码校验位应为 7" / "check character
     * should be 7"); empty when it is valid. Judged like {@link #problem(String, LocalDate)}.
     *
     * @since 0.2
     */
    public static Optional<Message> refusal(String idNumber, LocalDate today) {
        if (idNumber == null || idNumber.isBlank()) {
            return Optional.of(MESSAGES.message("validation.required"));
        }
        String id = normalize(idNumber);
        if (id.length() != LENGTH) {
            return Optional.of(MESSAGES.message("idNumber.length", id.length()));
        }
        if (!hasValidShape(id)) {
            return Optional.of(MESSAGES.message("idNumber.shape"));
        }
        char expected = checkCharacter(id.substring(0, LENGTH - 1));
        if (id.charAt(LENGTH - 1) != expected) {
            // Excel and Calc keep 15 significant digits of a number: an ID typed into a number cell comes back with
            // its last three digits 000, and the check fails. Say so, or the secretary retypes the same cell.
            return Optional.of(id.endsWith(LOST_DIGITS) ? MESSAGES.message("idNumber.storedAsNumber")
                    : MESSAGES.message("idNumber.checkCharacter", expected));
        }
        LocalDate birthDate = parseBirthDate(id);
        if (birthDate == null) {
            return Optional.of(MESSAGES.message("idNumber.birthDate.unreal",
                    id.substring(BIRTH_DATE_START, BIRTH_DATE_START + 8)));
        }
        if (birthDate.isAfter(today)) {
            return Optional.of(MESSAGES.message("idNumber.birthDate.future", birthDate));
        }
        return Optional.empty();
    }

    public static boolean isValid(String idNumber) {
        return problem(idNumber).isEmpty();
    }

    /**
     * The birth date an ID number encodes. The check character is not verified here, so that a caller can
     * still explain other mismatches of a mistyped number.
     *
     * @throws IllegalArgumentException when the number is not 17 digits plus a digit or X, or the date is not real
     */
    public static LocalDate birthDate(String idNumber) {
        String id = requireShape(idNumber);
        LocalDate birthDate = parseBirthDate(id);
        if (birthDate == null) {
            throw new IllegalArgumentException("ID number " + mask(id) + " does not encode a real birth date");
        }
        return birthDate;
    }

    /**
     * The sex the sequence code encodes: an odd 17th digit is a man, an even one a woman.
     *
     * @throws IllegalArgumentException when the number is not 17 digits plus a digit or X
     */
    public static Sex sex(String idNumber) {
        String id = requireShape(idNumber);
        return (id.charAt(SEX_DIGIT) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Trims and upper-cases (a lowercase {@code x} is a common way of typing the check character); null stays null. */
    public static String normalize(String idNumber) {
        return idNumber == null ? null : idNumber.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * Hides all but the province and the last two characters, e.g. {@code 37**************3X}: region, birth date
     * and most of the sequence stay hidden, so the number cannot be rebuilt even by someone who knows the birth
     * date (keeping 4 + 4 left only the two county digits to guess). Values shorter than 10 characters are hidden
     * completely; null stays null.
     */
    public static String mask(String idNumber) {
        String id = normalize(idNumber);
        return id != null && id.length() < 10 ? "*".repeat(id.length()) : keepEnds(id, 2, 2);
    }

    /**
     * Hides the middle of a phone number: keeps the first 3 and last 4 characters, e.g. {@code 138****5678}.
     * Values of 7 characters or fewer are hidden completely; null stays null.
     */
    public static String maskPhone(String phone) {
        return keepEnds(phone == null ? null : phone.trim(), 3, 4);
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        int length = value.length();
        if (length <= head + tail) {
            return "*".repeat(length);
        }
        return value.substring(0, head) + "*".repeat(length - head - tail) + value.substring(length - tail);
    }

    private static String requireShape(String idNumber) {
        String id = normalize(idNumber);
        if (id == null || id.length() != LENGTH || !hasValidShape(id)) {
            throw new IllegalArgumentException("not an 18-character ID number: " + mask(id));
        }
        return id;
    }

    private static boolean hasValidShape(String id) {
        char last = id.charAt(LENGTH - 1);
        return isDigits(id, 0, LENGTH - 1) && (isDigit(last) || last == 'X');
    }

    private static LocalDate parseBirthDate(String id) {
        int year = Integer.parseInt(id, BIRTH_DATE_START, BIRTH_DATE_START + 4, 10);
        int month = Integer.parseInt(id, BIRTH_DATE_START + 4, BIRTH_DATE_START + 6, 10);
        int day = Integer.parseInt(id, BIRTH_DATE_START + 6, BIRTH_DATE_START + 8, 10);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notARealDate) {
            return null;
        }
    }

    // Character.isDigit would also accept full-width and other Unicode digits, which are not ID numbers.
    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
