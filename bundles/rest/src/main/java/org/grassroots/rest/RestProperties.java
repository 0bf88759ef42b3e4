package org.grassroots.rest;

/** Service properties that put a component on the REST whiteboard. */
public final class RestProperties {
    /** Standard JAX-RS whiteboard property marking a resource service. */
    public static final String RESOURCE = "osgi.jaxrs.resource";
    /** Standard JAX-RS whiteboard property marking a provider (filter, mapper) applied to every module. */
    public static final String EXTENSION = "osgi.jaxrs.extension";
    /** The module a resource belongs to; it is served under {@code /api/<module>/}. */
    public static final String MODULE = "grassroots.module";

    public static final String PROBLEM_JSON = "application/problem+json";

    private RestProperties() {
    }
}
