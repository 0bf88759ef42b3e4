package org.grassroots.rural.internal;

public enum ProjectStatus {
    PLANNED, IN_PROGRESS, COMPLETED, SUSPENDED
}
