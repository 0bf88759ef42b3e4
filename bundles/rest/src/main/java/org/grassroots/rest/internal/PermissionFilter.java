package org.grassroots.rest.internal;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.ForbiddenException;
import org.grassroots.rest.AnySignedInUser;
import org.grassroots.rest.RequiresPermission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces {@link RequiresPermission} for every module, so no resource repeats the check. Deny by default: a
 * resource method with neither {@link RequiresPermission} (on itself or its class) nor the explicit
 * {@link AnySignedInUser} marker answers 403 to every caller, so a forgotten annotation closes an endpoint
 * instead of opening it to every role.
 */
@Priority(Priorities.AUTHORIZATION)
final class PermissionFilter implements ContainerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(PermissionFilter.class);
    private final Supplier<Authorization> authorization;
    /** Methods already reported as undeclared, so the log says it once per method, not per request. */
    private final Set<Method> reported = ConcurrentHashMap.newKeySet();

    @Context
    private ResourceInfo resource;

    PermissionFilter(Supplier<Authorization> authorization) {
        this.authorization = authorization;
    }

    /** Only for tests: the filter with a fixed resource. */
    PermissionFilter(Supplier<Authorization> authorization, ResourceInfo resource) {
        this(authorization);
        this.resource = resource;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null) {
            return; // no resource method matched: Jersey answers 404/405 itself
        }
        Method method = resource.getResourceMethod();
        RequiresPermission required = method.getAnnotation(RequiresPermission.class);
        if (required == null && !method.isAnnotationPresent(AnySignedInUser.class)) {
            required = resource.getResourceClass().getAnnotation(RequiresPermission.class);
            if (required == null) {
                if (reported.add(method)) {
                    LOG.error("{}.{} declares neither @RequiresPermission nor @AnySignedInUser: refused to everyone",
                            resource.getResourceClass().getName(), method.getName());
                }
                throw new ForbiddenException(RequestLanguage.MESSAGES.message("permission.undeclared"));
            }
        }
        if (required == null) {
            return; // @AnySignedInUser: the request gate already checked the sign-in
        }
        Authorization current = authorization.get();
        if (current == null) {
            throw new javax.ws.rs.ServiceUnavailableException(RequestLanguage.text("permission.starting"));
        }
        current.require(required.value());
    }
}
