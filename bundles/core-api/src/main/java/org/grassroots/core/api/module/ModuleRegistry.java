package org.grassroots.core.api.module;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the platform knows about action modules: the ones its feature repositories offer, the ones installed and
 * working, and the ones installed but failed. Implemented by core; installing and removing modules is an
 * administrator's operation offered over REST ({@code /api/core/modules}) and in the shell, not here.
 */
@ProviderType
public interface ModuleRegistry {
    /**
     * Service property naming the module a service belongs to ({@code grassroots.module=<id>}): on JAX-RS
     * resources, on {@link StatisticsProvider}s and on {@link ActionModule}s.
     */
    String MODULE_PROPERTY = "grassroots.module";

    /**
     * Namespace of the capability that marks a Karaf feature as an action module. The feature is named
     * {@code grassroots-<id>} and declares
     * {@code <capability>grassroots.module;grassroots.module=<id>;zhCN="…";en="…";category=FORTRESS</capability>}
     * ({@code zhCN}, {@code en} and {@code category} are optional: they label the module before it is installed).
     */
    String FEATURE_CAPABILITY = "grassroots.module";

    /** Every known module, sorted by id. */
    List<ModuleInfo> modules();

    Optional<ModuleInfo> module(String id);

    /** The modules that are {@link ModuleState#ACTIVE} and enabled for the unit. */
    List<ModuleInfo> enabledFor(long organizationId);
}
