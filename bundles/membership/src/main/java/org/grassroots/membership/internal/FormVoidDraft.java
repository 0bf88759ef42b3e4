package org.grassroots.membership.internal;

/** A number of a range to void (作废: spoiled, lost), and why. */
public record FormVoidDraft(String number, String reason) {
}
