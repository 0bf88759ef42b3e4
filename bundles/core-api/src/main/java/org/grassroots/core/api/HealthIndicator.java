package org.grassroots.core.api;

/** A part of the platform that can tell whether it works; {@code /api/health} asks every one. */
public interface HealthIndicator {
    String name();

    /** @return null when healthy, otherwise the reason */
    String problem();
}
