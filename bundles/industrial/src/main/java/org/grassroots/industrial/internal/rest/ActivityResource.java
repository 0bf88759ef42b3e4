package org.grassroots.industrial.internal.rest;

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
import org.grassroots.industrial.internal.Activity;
import org.grassroots.industrial.internal.ActivityDraft;
import org.grassroots.industrial.internal.ActivityKind;
import org.grassroots.industrial.internal.Dashboard;
import org.grassroots.industrial.internal.IndustrialModule;
import org.grassroots.industrial.internal.IndustrialStatistics;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /activities}: community events and trainings; {@code /statistics}: the module's figures per grid. */
@Component(service = ActivityResource.class)
@ModuleResource(IndustrialModule.ID)
@Path("")
@RequiresPermission(IndustrialModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {
    private final Activities activities;
    private final IndustrialStatistics statistics;

    @Activate
    public ActivityResource(@Reference Activities activities, @Reference IndustrialStatistics statistics) {
        this.activities = activities;
        this.statistics = statistics;
    }

    @GET
    @Path("activities")
    public Page<Activity> list(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                               @QueryParam("kind") ActivityKind kind, @BeanParam PageParams page) {
        return activities.search(unit, year, kind, page.toRequest());
    }

    @POST
    @Path("activities")
    @RequiresPermission(IndustrialModule.ADMIN)
    @Returns(Activity.class)
    public Response create(ActivityDraft draft) {
        Activity created = activities.create(draft);
        return Responses.created("activities", created);
    }

    @GET
    @Path("activities/{id}")
    @Returns(Activity.class)
    public Response get(@PathParam("id") long id) {
        Activity activity = activities.get(id);
        return Responses.ok(activity);
    }

    @PUT
    @Path("activities/{id}")
    @RequiresPermission(IndustrialModule.ADMIN)
    @Returns(Activity.class)
    public Response update(@PathParam("id") long id, ActivityDraft draft, @Context HttpHeaders headers,
                           @QueryParam("version") Long version) {
        Activity updated = activities.update(id, Preconditions.requiredVersion(headers, version), draft);
        return Responses.ok(updated);
    }

    /** The figures of the unit's subtree for the year, in total and per grid (the module's dashboard panel). */
    @GET
    @Path("statistics")
    public Dashboard statistics(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        int y = year == null ? java.time.LocalDate.now().getYear() : year;
        return statistics.dashboard(unit, y);
    }
}
