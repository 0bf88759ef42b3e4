package org.grassroots.rolemodel.internal;

import java.time.LocalDate;

/** A contact with a role model being cultivated and the next contact date. */
public record TrackingDraft(LocalDate contactedOn, Long responsibleMemberId, String note, LocalDate nextContactOn) {
}
