package org.grassroots.affairs.internal.terms;

/** The level above's note with its decision on a request (optional, at most 500 characters). */
public record Decision(String note) {
}
