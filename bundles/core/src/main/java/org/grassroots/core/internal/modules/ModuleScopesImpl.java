package org.grassroots.core.internal.modules;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.security.Authorization;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** One {@link ModuleScope} per module id; they hold no state of their own, so they are shared. */
@Component(service = ModuleScopes.class)
public class ModuleScopesImpl implements ModuleScopes {
    private final Authorization authorization;
    private final OrganizationService organizations;
    private final ModuleEnablement enablement;
    private final ConcurrentMap<String, ModuleScope> scopes = new ConcurrentHashMap<>();

    @Activate
    public ModuleScopesImpl(@Reference Authorization authorization, @Reference OrganizationService organizations,
                            @Reference ModuleEnablement enablement) {
        this.authorization = authorization;
        this.organizations = organizations;
        this.enablement = enablement;
    }

    @Override
    public ModuleScope of(String moduleId) {
        if (moduleId == null || moduleId.isBlank()) {
            throw new IllegalArgumentException("module id required");
        }
        return scopes.computeIfAbsent(moduleId, id -> new ScopeOfModule(id, authorization, organizations, enablement));
    }
}
