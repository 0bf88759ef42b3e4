package org.grassroots.core.api;

import java.util.regex.Pattern;

/** Phone numbers of mainland China as members give them: a mobile number or a landline with area code. */
public final class Phones {

    /** 11 digits; the second digit is 3 to 9 for every carrier's number blocks. */
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    /** Area code (0 and 2-3 digits, e.g. 0531), an optional hyphen, 7-8 digits, an optional -extension. */
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

    private Phones() {
    }

    /** Whether {@code phone}, trimmed, is a mobile or landline number; null and blank are not. */
    public static boolean isValid(String phone) {
        if (phone == null) {
            return false;
        }
        String trimmed = phone.trim();
        return MOBILE.matcher(trimmed).matches() || LANDLINE.matcher(trimmed).matches();
    }

    /** Whether {@code phone}, trimmed, is a mobile number (the only kind that can receive a text message). */
    public static boolean isMobile(String phone) {
        return phone != null && MOBILE.matcher(phone.trim()).matches();
    }
}
