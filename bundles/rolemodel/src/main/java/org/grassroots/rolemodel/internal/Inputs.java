package org.grassroots.rolemodel.internal;

import java.time.LocalDate;

/**
 * The bounds of the module's dates and years, given to {@code ValidationException.Builder}'s checks: records from
 * 2000 on; dates that took place not after today; planned dates (periods, next contacts, windows) up to ten years
 * ahead; years up to next year.
 */
final class Inputs {
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final int FIRST_YEAR = 2000;

    private Inputs() {
    }

    /** The latest date a plan or period may name. */
    static LocalDate latestPlanned() {
        return LocalDate.now().plusYears(10);
    }

    /** The latest year of the module's records. */
    static int lastYear() {
        return LocalDate.now().getYear() + 1;
    }
}
