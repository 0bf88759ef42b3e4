package org.grassroots.core.internal.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.grassroots.core.api.IdNumbers;
import org.grassroots.core.api.Sex;

/**
 * Issues unique, valid ID numbers the way a registry office does: sequence codes are handed out per address
 * code, birth date and sex, so two people can only share a number if one slot runs out, which is refused.
 * The counters are one small array (a few hundred kB), so uniqueness needs no set of issued numbers.
 */
final class IdNumberRegistry {

    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1950, 1, 1);
    static final LocalDate LATEST_BIRTH = LocalDate.of(2003, 12, 31);
    /** Men get odd sequence codes 001..997, women even ones 002..998: 499 of each per address and day. */
    static final int SEQUENCES_PER_SLOT = 499;

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int DAYS = (int) ChronoUnit.DAYS.between(EARLIEST_BIRTH, LATEST_BIRTH) + 1;

    private final List<String> addressCodes;
    private final short[] issuedPerSlot;

    IdNumberRegistry(List<String> addressCodes) {
        this.addressCodes = List.copyOf(addressCodes);
        this.issuedPerSlot = new short[this.addressCodes.size() * DAYS * 2];
    }

    String issue(String addressCode, LocalDate birthDate, Sex sex) {
        int address = addressCodes.indexOf(addressCode);
        if (address < 0) {
            throw new IllegalArgumentException("address code " + addressCode + " is not one of " + addressCodes);
        }
        if (birthDate.isBefore(EARLIEST_BIRTH) || birthDate.isAfter(LATEST_BIRTH)) {
            throw new IllegalArgumentException("birth date " + birthDate + " outside " + EARLIEST_BIRTH + ".." + LATEST_BIRTH);
        }
        int day = (int) ChronoUnit.DAYS.between(EARLIEST_BIRTH, birthDate);
        boolean male = sex == Sex.MALE;
        int slot = (address * DAYS + day) * 2 + (male ? 1 : 0);
        int issued = issuedPerSlot[slot];
        if (issued >= SEQUENCES_PER_SLOT) {
            throw new IllegalStateException("all sequence codes for " + addressCode + " " + birthDate + " " + sex + " are used");
        }
        issuedPerSlot[slot] = (short) (issued + 1);
        // start each slot somewhere else so that numbers do not all end in 001/002, as real ones do not
        int firstIndex = (int) Math.floorMod(slot * 7919L, (long) SEQUENCES_PER_SLOT);
        int sequenceIndex = (firstIndex + issued) % SEQUENCES_PER_SLOT;
        int sequence = 2 * sequenceIndex + (male ? 1 : 2);
        String first17 = addressCode + YYYYMMDD.format(birthDate) + threeDigits(sequence);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    private static String threeDigits(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : String.valueOf(n);
    }
}
