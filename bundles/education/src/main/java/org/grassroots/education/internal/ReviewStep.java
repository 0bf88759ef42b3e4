package org.grassroots.education.internal;

/** A review step: {@code reason} is required to reject; {@code note} is kept with any step. */
public record ReviewStep(String reason, String note) {
    static ReviewStep empty() {
        return new ReviewStep(null, null);
    }
}
