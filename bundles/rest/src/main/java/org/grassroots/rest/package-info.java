/**
 * The REST kit every module's JAX-RS resources share: {@link org.grassroots.rest.ModuleResource} to put a
 * DS component on the whiteboard under {@code /api/<id>/}, {@link org.grassroots.rest.PageParams} and
 * {@link org.grassroots.rest.Paging} for {@code ?page=&size=&sort=} over JPQL or in-memory lists,
 * {@link org.grassroots.rest.ParamRange} for bounded numeric query parameters (every enum, number, date and year
 * query parameter is refused with 422 naming it when it cannot be read), {@link org.grassroots.rest.Responses}
 * for answers carrying Location and ETag, {@link org.grassroots.rest.Preconditions} for optimistic locking and
 * the problem+json media type.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.grassroots.rest;
