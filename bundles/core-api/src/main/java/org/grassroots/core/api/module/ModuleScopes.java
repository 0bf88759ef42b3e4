package org.grassroots.core.api.module;

/** Hands each module its {@link ModuleScope}; a service of core. */
@org.osgi.annotation.versioning.ProviderType
public interface ModuleScopes {
    /** The scope of module {@code moduleId} (its id as in {@link ModuleDescriptor#id()}). */
    ModuleScope of(String moduleId);
}
