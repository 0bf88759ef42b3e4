package org.grassroots.membership.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.grassroots.core.api.Sex;

/** A development file as the API shows it: the ID number and phone masked (the full values only through the audited single read). */
public record DevelopmentFile(long id, long organizationId, String organizationName, String name, Sex sex, LocalDate birthDate,
                              String idNumber, String phone, String education, Stage stage, LocalDate appliedOn, Long contact1,
                              Long contact2, Long introducer1, Long introducer2, String formNumber, Long memberId,
                              LocalDate joinedOn, LocalDate probationEndsOn, LocalDate fullOn, boolean extended,
                              List<StepCode> nextSteps, Instant createdAt, String createdBy, long version) {
}
