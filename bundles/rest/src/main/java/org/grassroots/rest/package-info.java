/**
 * What a module's JAX-RS resources share: the whiteboard properties they register with, paging
 * parameters, and the problem+json media type. A resource is a DS component registered as a service
 * with {@value RestProperties#RESOURCE}{@code =true} and {@value RestProperties#MODULE}{@code =<id>}; it is
 * then served under {@code /api/<id>/}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.grassroots.rest;
