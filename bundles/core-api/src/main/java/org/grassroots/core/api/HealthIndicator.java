package org.grassroots.core.api;

import org.grassroots.core.api.text.Message;
import org.osgi.annotation.versioning.ConsumerType;

/** A part of the platform that can tell whether it works; {@code /api/health} asks every one. */
@ConsumerType
public interface HealthIndicator {
    String name();

    /** @return null when healthy, otherwise the reason */
    String problem();

    /**
     * What anyone may read about the problem on {@code /api/health} (it needs no sign-in), in their language: why
     * the platform refuses to work and what to do, e.g. a database written by a newer release. Null (the default)
     * for problems whose text names tables, drivers or hosts: those stay in the log.
     */
    default Message notice() {
        return null;
    }
}
