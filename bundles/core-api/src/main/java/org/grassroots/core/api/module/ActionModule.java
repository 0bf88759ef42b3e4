package org.grassroots.core.api.module;

import org.osgi.annotation.versioning.ConsumerType;

/** The service an action module registers to announce itself; one per module bundle. */
@ConsumerType
public interface ActionModule {
    ModuleDescriptor descriptor();
}
