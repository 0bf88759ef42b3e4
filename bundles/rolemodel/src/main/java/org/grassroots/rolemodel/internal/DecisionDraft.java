package org.grassroots.rolemodel.internal;

/** A recommendation decision: the opinion (a reason when returning); {@code conclude} approves without sending it further up. */
public record DecisionDraft(String opinion, Boolean conclude) {
}
