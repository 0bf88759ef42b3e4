package org.grassroots.education.internal;

/** The code a member types on their phone during the session. */
public record CheckInDraft(String code) {
}
