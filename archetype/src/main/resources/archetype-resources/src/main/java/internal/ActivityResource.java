package ${package}.internal;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.Page;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ${package}.Activity;
import ${package}.ActivityDraft;

/**
 * {@code /api/${moduleId}/activities}. A DS component on the REST whiteboard: the platform serves every service with
 * {@code osgi.jaxrs.resource=true} and {@code grassroots.module=${moduleId}} under {@code /api/${moduleId}/}. Every call
 * names a unit and is refused (403 problem) where the module is not enabled for it; bad input answers 422, an
 * unknown id 404, both as application/problem+json.
 * <p>
 * Protection: the platform refuses callers who have not signed in; {@link RequiresPermission} (checked by the REST
 * layer before the method runs) names the permission the descriptor declares; scope and enablement are checked by
 * {@link Activities} (the service), so every caller of the service gets them, not only REST.
 */
@Component(service = ActivityResource.class)
@ModuleResource(ModuleDefinition.ID)
@Path("activities")
@RequiresPermission(ModuleDefinition.READ_PERMISSION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {
    private final Activities activities;

    @Activate
    public ActivityResource(@Reference Activities activities) {
        this.activities = activities;
    }

    /** The activities of a unit and of every unit below it. */
    @GET
    public Page<Activity> list(@QueryParam("unit") Long unit, @BeanParam PageParams page) {
        return activities.list(unit, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Returns(Activity.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(activities.get(id));
    }

    @POST
    @RequiresPermission(ModuleDefinition.WRITE_PERMISSION)
    @Returns(Activity.class)
    public Response create(ActivityDraft draft) {
        return Responses.created("activities", activities.create(draft));
    }
}
