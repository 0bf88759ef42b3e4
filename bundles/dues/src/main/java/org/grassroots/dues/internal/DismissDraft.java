package org.grassroots.dues.internal;

/** Dismissing a kept import row (not a dues payment, recorded otherwise): the reason. */
public record DismissDraft(String reason) {
}
