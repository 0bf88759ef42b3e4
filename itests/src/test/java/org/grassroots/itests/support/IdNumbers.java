package org.grassroots.itests.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes valid citizen ID numbers (GB 11643-1999) for test members: address code, birth date, a sequence whose
 * last digit is odd for men and even for women, and the check character.
 */
public final class IdNumbers {
    /** Known valid numbers from the specification. */
    public static final String FEMALE_1949_12_31 = "11010519491231002X";
    public static final String MALE_1980_01_01 = "34052419800101001X";
    /** 34052419800101001X with a wrong check character. */
    public static final String BAD_CHECKSUM = "340524198001010013";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private IdNumbers() {
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public static String make(String addressCode, LocalDate birthDate, int sequence, boolean male) {
        int seq = sequence % 1000;
        if ((seq % 2 == 1) != male) {
            seq = seq == 999 ? 998 : seq + 1;
        }
        String first17 = addressCode + String.format("%04d%02d%02d", birthDate.getYear(), birthDate.getMonthValue(),
                birthDate.getDayOfMonth()) + String.format("%03d", seq);
        return first17 + checkCharacter(first17);
    }

    /** Birth dates of {@link #next} lie in the 14,600 days from 1960-01-01 (to late 1999): members' dates stay past. */
    private static final int DAYS = 14_600;

    /**
     * A number not handed out before in this JVM (address 370102, birth dates 1960 to 1999). The birth date moves 37
     * days a number and wraps within {@link #DAYS} (37 and 14,600 share no factor, so one round visits every day
     * once); the sequence digits tell the rounds apart. Without the wrap a test JVM that runs many driver-side classes
     * reached birth dates in the future after about 400 numbers.
     */
    public static String next(boolean male) {
        int n = COUNTER.incrementAndGet();
        return make("370102", LocalDate.of(1960, 1, 1).plusDays((n * 37L) % DAYS), n, male);
    }

    public static LocalDate birthDate(String idNumber) {
        return LocalDate.of(Integer.parseInt(idNumber.substring(6, 10)), Integer.parseInt(idNumber.substring(10, 12)),
                Integer.parseInt(idNumber.substring(12, 14)));
    }

    public static boolean isMale(String idNumber) {
        return (idNumber.charAt(16) - '0') % 2 == 1;
    }
}
