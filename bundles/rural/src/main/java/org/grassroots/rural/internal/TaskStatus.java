package org.grassroots.rural.internal;

/** A follow-up task of a 村村到 visit. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE
}
