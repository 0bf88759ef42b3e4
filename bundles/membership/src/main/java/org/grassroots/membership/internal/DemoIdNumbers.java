package org.grassroots.membership.internal;

import java.time.LocalDate;

import org.grassroots.core.api.IdNumbers;

/**
 * ID numbers of the demo's people in the pipeline (applicants, activists, candidates: not members yet, but core keeps
 * ID numbers unique once they are admitted). Every copy of the demo district draws the same birth dates and sequence
 * numbers (same seeds), so the copies differ in the province digits only, the way core's copies of its members do:
 * the first copy keeps Shandong's {@code 37} (its numbers stay as they always were), copy k takes the province core's
 * copy k gives its members ({@code DemoCopy.idNumberProvince()}). A copy's applicants then clash with no other copy's people, and with their own copy's
 * members no more than the first copy's do with its members (none).
 */
final class DemoIdNumbers {
    /** The county digits after the province: Jinan's 历城区, as the demo has always used. */
    private static final String COUNTY = "0112";

    private DemoIdNumbers() {
    }

    /** A valid 18-character ID number: province and county, birth date, sequence (last three digits) and check character. */
    static String idNumber(String province, LocalDate birth, int sequence) {
        String first17 = province + COUNTY + birth.toString().replace("-", "") + String.format("%03d", sequence % 1000);
        return first17 + IdNumbers.checkCharacter(first17);
    }
}
