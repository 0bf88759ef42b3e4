package org.grassroots.core.api.cluster;

import org.osgi.annotation.versioning.ProviderType;

/** A job scheduled with {@link ClusterJobs#schedule}. */
@ProviderType
public interface ScheduledJob {
    /** Stops the ticks of this node and waits (up to 30 s) for a run under way here to end; interrupts it. */
    void cancel();
}
