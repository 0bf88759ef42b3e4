package org.grassroots.rest.internal;

import java.util.function.Supplier;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.grassroots.core.api.security.Authorization;
import org.grassroots.rest.RequiresPermission;

/** Enforces {@link RequiresPermission} for every module, so no resource repeats the check. */
@Priority(Priorities.AUTHORIZATION)
final class PermissionFilter implements ContainerRequestFilter {
    private final Supplier<Authorization> authorization;

    @Context
    private ResourceInfo resource;

    PermissionFilter(Supplier<Authorization> authorization) {
        this.authorization = authorization;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        RequiresPermission required = resource.getResourceMethod().getAnnotation(RequiresPermission.class);
        if (required == null) {
            required = resource.getResourceClass().getAnnotation(RequiresPermission.class);
        }
        if (required == null) {
            return;
        }
        Authorization current = authorization.get();
        if (current == null) {
            throw new javax.ws.rs.ServiceUnavailableException("Permissions cannot be checked yet; the platform is starting");
        }
        current.require(required.value());
    }
}
