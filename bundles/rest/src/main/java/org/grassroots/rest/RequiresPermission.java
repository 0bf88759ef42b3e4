package org.grassroots.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a resource method needs, checked by the REST layer before the method runs (403 when the
 * caller lacks it). On a class it applies to every method without its own annotation. Core permissions are in
 * {@code org.grassroots.core.api.security.CorePermissions}; a module's are the ones its descriptor defines.
 * Scope (which units and records) is still checked by the service or resource that reads the data.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RequiresPermission {
    String value();
}
