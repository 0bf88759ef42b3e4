package org.grassroots.industrial.internal.rest;

import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.industrial.internal.IndustrialModule;
import java.net.URI;

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
import org.grassroots.industrial.internal.Activities;
import org.grassroots.industrial.internal.IndustrialModule;
import org.grassroots.industrial.internal.IndustrialStatistics;
import org.grassroots.industrial.internal.Views.Activity;
import org.grassroots.industrial.internal.Views.ActivityDraft;
import org.grassroots.industrial.internal.Views.ActivityKind;
import org.grassroots.industrial.internal.Views.Dashboard;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.RestProperties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /activities}: community events and trainings; {@code /statistics}: the module's figures per grid. */
@Component(service = ActivityResource.class, property = {
        RestProperties.RESOURCE + "=true", RestProperties.MODULE + "=" + IndustrialModule.ID })
@Path("")
@RequiresPermission(IndustrialModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {
    private final Activities activities;
    private final IndustrialStatistics statistics;
    private final ModuleScope scope;

    @Activate
    public ActivityResource(@Reference Activities activities, @Reference IndustrialStatistics statistics,
                            @Reference ModuleScopes scopes) {
        this.activities = activities;
        this.statistics = statistics;
        this.scope = scopes.of(IndustrialModule.ID);
    }

    @GET
    @Path("activities")
    public Page<Activity> list(@QueryParam("unit") Long unit, @QueryParam("year") Integer year,
                               @QueryParam("kind") String kind, @BeanParam PageParams page) {
        return activities.search(unit, Params.year(year), Params.enumValue(ActivityKind.class, "kind", kind), page.toRequest());
    }

    @POST
    @Path("activities")
    @RequiresPermission(IndustrialModule.ADMIN)
    public Response create(ActivityDraft draft) {
        Activity created = activities.create(draft);
        return Response.created(URI.create("activities/" + created.id())).entity(created)
                .tag(Preconditions.etag(created.version())).build();
    }

    @GET
    @Path("activities/{id}")
    public Response get(@PathParam("id") long id) {
        Activity activity = activities.get(id);
        return Preconditions.okWithVersion(activity, activity.version()).build();
    }

    @PUT
    @Path("activities/{id}")
    @RequiresPermission(IndustrialModule.ADMIN)
    public Response update(@PathParam("id") long id, ActivityDraft draft, @Context HttpHeaders headers,
                           @QueryParam("version") Long version) {
        Activity updated = activities.update(id, Preconditions.requiredVersion(headers, version), draft);
        return Preconditions.okWithVersion(updated, updated.version()).build();
    }

    /** The figures of the unit's subtree for the year, in total and per grid (the module's dashboard panel). */
    @GET
    @Path("statistics")
    public Dashboard statistics(@QueryParam("unit") Long unit, @QueryParam("year") Integer year) {
        int y = year == null ? java.time.LocalDate.now().getYear() : Params.year(year);
        return statistics.dashboard(scope.enabledUnit(unit, "unit"), y);
    }
}
