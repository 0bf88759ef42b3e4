package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.util.List;

/** A step to record: contacts for ACTIVIST, introducers for CANDIDATE, hours for TRAINING, days for PUBLIC_NOTICE, the form number for FORM, the vote for ADMISSION and FULL_MEMBERSHIP, months for EXTENSION. */
public record StepDraft(StepCode step, LocalDate doneOn, String note, List<Long> contacts, List<Long> introducers,
                        Integer hours, Integer days, Integer months, String formNumber, Integer entitled, Integer present,
                        Integer inFavour) {
    /** The same step with other hours (the TRAINING step's hours as attended in training sessions). */
    StepDraft withHours(Integer studied) {
        return new StepDraft(step, doneOn, note, contacts, introducers, studied, days, months, formNumber, entitled, present,
                inFavour);
    }
}
