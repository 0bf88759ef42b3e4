package org.grassroots.rest.internal;

import java.util.List;

import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** The Jersey configuration of one module: its resource instances plus the providers every module shares. */
final class ModuleApplication {
    private final String module;
    private final List<Object> resources;
    private final List<Object> extensions;

    private final java.util.function.Supplier<org.grassroots.core.api.security.Authorization> authorization;

    private final StorageWatch storage;

    ModuleApplication(String module, List<Object> resources, List<Object> extensions,
                      java.util.function.Supplier<org.grassroots.core.api.security.Authorization> authorization,
                      StorageWatch storage) {
        this.storage = storage;
        this.authorization = authorization;
        this.module = module;
        this.resources = List.copyOf(resources);
        this.extensions = List.copyOf(extensions);
    }

    String module() {
        return module;
    }

    ResourceConfig toResourceConfig() {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("grassroots-" + module);
        // package scanning and META-INF/services discovery do not work across bundles: register explicitly
        config.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new ObjectMapperProvider());
        config.register(new ProblemMappers.Grassroots());
        config.register(new ProblemMappers.Json());
        config.register(new ProblemMappers.WebApplication());
        config.register(new ProblemMappers.Unexpected(storage));
        config.register(new QueryParamConverters());
        config.register(new JsonBodyLimit());
        config.register(new PermissionFilter(authorization));
        config.register(new OpenApiResource(module, resources));
        resources.forEach(config::register);
        extensions.forEach(config::register);
        return config;
    }
}
