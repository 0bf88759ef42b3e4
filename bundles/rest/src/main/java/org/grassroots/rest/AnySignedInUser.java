package org.grassroots.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method meant for every signed-in caller, whatever their roles (their own account, the list
 * of modules, the API description). Permissions are deny by default: a method reachable by HTTP needs either
 * {@link RequiresPermission} (on the method or its class) or this marker, else it answers 403 to everyone. The
 * marker is deliberately explicit and greppable ({@code grep -rn @AnySignedInUser}); say why in {@link #value()}.
 * Scope (which records) is still checked by the code that reads the data.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnySignedInUser {
    /** Why every signed-in caller may call this. */
    String value();
}
