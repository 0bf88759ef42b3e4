package org.grassroots.membership.internal;

/** A change of a step's rule (the order itself stays). */
public record StepRuleDraft(StepCode after, Integer minDays, Integer maxDays, Boolean enabled) {
}
