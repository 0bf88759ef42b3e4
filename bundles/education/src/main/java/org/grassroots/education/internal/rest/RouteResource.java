package org.grassroots.education.internal.rest;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.Page;
import org.grassroots.education.internal.EducationModule;
import org.grassroots.education.internal.Route;
import org.grassroots.education.internal.RouteDraft;
import org.grassroots.education.internal.RouteStatus;
import org.grassroots.education.internal.Routes;
import org.grassroots.education.internal.StopsDraft;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/education/routes}: boutique routes (精品路线), their ordered stops, publish and unpublish. */
@Component(service = RouteResource.class)
@ModuleResource(EducationModule.ID)
@Path("routes")
@RequiresPermission(EducationModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RouteResource {
    private final Routes routes;

    @Activate
    public RouteResource(@Reference Routes routes) {
        this.routes = routes;
    }

    @GET
    public Page<Route> search(@QueryParam("unit") Long unit, @QueryParam("status") RouteStatus status, @BeanParam PageParams page) {
        return routes.search(unit, status, page.toRequest());
    }

    @POST
    @RequiresPermission(EducationModule.ROUTE_MANAGE)
    @Returns(Route.class)
    public Response create(RouteDraft draft) {
        return Responses.created("routes", routes.create(draft));
    }

    /** The route with its stops in order (also the printable route sheet's content). */
    @GET
    @Path("{id}")
    @Returns(Route.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(routes.get(id));
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(EducationModule.ROUTE_MANAGE)
    @Returns(Route.class)
    public Response update(@PathParam("id") long id, RouteDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(routes.update(id, Preconditions.requiredVersion(headers, version), draft));
    }

    /** Sets the stops in order ({@code siteIds}); draft routes only. */
    @PUT
    @Path("{id}/stops")
    @RequiresPermission(EducationModule.ROUTE_MANAGE)
    @Returns(Route.class)
    public Response stops(@PathParam("id") long id, StopsDraft stops, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(routes.stops(id, Preconditions.requiredVersion(headers, version), stops == null ? null : stops.siteIds()));
    }

    @POST
    @Path("{id}/publish")
    @RequiresPermission(EducationModule.ROUTE_MANAGE)
    @Returns(Route.class)
    public Response publish(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(routes.publish(id, Preconditions.requiredVersion(headers, version)));
    }

    @POST
    @Path("{id}/unpublish")
    @RequiresPermission(EducationModule.ROUTE_MANAGE)
    @Returns(Route.class)
    public Response unpublish(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(routes.unpublish(id, Preconditions.requiredVersion(headers, version)));
    }
}
