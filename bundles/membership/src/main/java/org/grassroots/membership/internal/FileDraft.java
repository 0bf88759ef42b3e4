package org.grassroots.membership.internal;

import java.time.LocalDate;

import org.grassroots.core.api.Sex;

/** An application (入党申请): opens a development file; the application date is its first step. */
public record FileDraft(Long organizationId, String name, Sex sex, LocalDate birthDate, String idNumber, String phone,
                        String education, LocalDate appliedOn, String note) {
}
