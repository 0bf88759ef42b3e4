package org.grassroots.rural.internal;

/** COMPUTED by a run, PROPOSED by the street, CONFIRMED by the district. */
public enum ClassificationStatus {
    COMPUTED, PROPOSED, CONFIRMED
}
