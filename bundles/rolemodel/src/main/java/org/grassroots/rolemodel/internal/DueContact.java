package org.grassroots.rolemodel.internal;

import java.time.LocalDate;

/** A role model whose next cultivation contact date has passed without a newer contact. */
public record DueContact(long modelId, String modelName, long organizationId, String organizationName,
                         String responsibleName, LocalDate nextContactOn, long daysOverdue) {
}
