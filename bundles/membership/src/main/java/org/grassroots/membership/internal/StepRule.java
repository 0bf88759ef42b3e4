package org.grassroots.membership.internal;

/** A configurable step of the pipeline. */
public record StepRule(StepCode code, int position, StepKind kind, StepCode after, Integer minDays, Integer maxDays,
                       boolean enabled, long version) {
}
