package org.grassroots.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The type of the body a resource method answers with when it returns a {@code javax.ws.rs.core.Response} (for
 * instance through {@link Responses#ok} or {@link Responses#created}), so that the module's {@code openapi.json}
 * carries its schema. Methods that return the record itself need no annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Returns {
    Class<?> value();
}
