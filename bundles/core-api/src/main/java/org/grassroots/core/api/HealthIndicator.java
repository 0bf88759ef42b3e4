package org.grassroots.core.api;

import org.osgi.annotation.versioning.ConsumerType;

/** A part of the platform that can tell whether it works; {@code /api/health} asks every one. */
@ConsumerType
public interface HealthIndicator {
    String name();

    /** @return null when healthy, otherwise the reason */
    String problem();
}
