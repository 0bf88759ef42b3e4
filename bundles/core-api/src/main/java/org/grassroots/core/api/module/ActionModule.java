package org.grassroots.core.api.module;

/** The service an action module registers to announce itself; one per module bundle. */
public interface ActionModule {
    ModuleDescriptor descriptor();
}
