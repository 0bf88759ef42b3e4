package org.grassroots.rest;

/** Service properties that put a component on the REST whiteboard. */
public final class RestProperties {
    /** Standard JAX-RS whiteboard property marking a resource service. */
    public static final String RESOURCE = "osgi.jaxrs.resource";
    /** Standard JAX-RS whiteboard property marking a provider (filter, mapper) applied to every module. */
    public static final String EXTENSION = "osgi.jaxrs.extension";
    /** The module a resource belongs to; it is served under {@code /api/<module>/}. */
    public static final String MODULE = "grassroots.module";
    /**
     * What {@link ModuleResource} sets: the resource's module id. On its own it puts a service on the whiteboard
     * (no {@link #RESOURCE} needed).
     */
    public static final String MODULE_RESOURCE = "grassroots.module.resource";

    public static final String PROBLEM_JSON = "application/problem+json";

    private RestProperties() {
    }
}
