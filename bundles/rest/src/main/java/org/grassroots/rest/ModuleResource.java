package org.grassroots.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Puts a DS component on the REST whiteboard as a resource of module {@code value}, served under
 * {@code /api/<value>/}: {@code @Component(service = MyResource.class) @ModuleResource("industrial")}.
 * <p>
 * A component property type (DS 1.4): bnd turns it into the service property
 * {@value RestProperties#MODULE_RESOURCE}{@code =<id>} at build time. It replaces the pair
 * {@code osgi.jaxrs.resource=true} + {@code grassroots.module=<id>}, which the whiteboard still accepts from
 * modules built against an older rest package.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ModuleResource {
    /** Prefixed to the name derived from the annotation's name ({@code module.resource}). */
    String PREFIX_ = "grassroots.";

    /** The module id, the first segment after {@code /api/}. */
    String value();
}
