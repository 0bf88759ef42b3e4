package ${package}.internal;

import java.util.List;

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

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.grassroots.rest.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ${package}.Activity;
import ${package}.ActivityDraft;

/**
 * {@code /api/${moduleId}/activities}. A DS component on the REST whiteboard: the platform serves every component
 * marked {@code @ModuleResource("${moduleId}")} under {@code /api/${moduleId}/}. Every call
 * names a unit and is refused (403 problem) where the module is not enabled for it; bad input answers 422, an
 * unknown id 404, both as application/problem+json.
 * <p>
 * Protection: the platform refuses callers who have not signed in; {@link RequiresPermission} (checked by the REST
 * layer before the method runs) names the permission the descriptor declares; {@link Authorization} keeps every
 * call inside the caller's unit subtree, answering 404 for records outside it.
 */
@Component(service = ActivityResource.class)
@ModuleResource(ModuleDefinition.ID)
@Path("activities")
@RequiresPermission(ModuleDefinition.READ_PERMISSION)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ActivityResource {
    private final Activities activities;
    private final OrganizationService organizations;
    private final ModuleEnablement enablement;
    private final Authorization authorization;

    @Activate
    public ActivityResource(@Reference Activities activities, @Reference OrganizationService organizations,
                            @Reference ModuleEnablement enablement, @Reference Authorization authorization) {
        this.activities = activities;
        this.organizations = organizations;
        this.enablement = enablement;
        this.authorization = authorization;
    }

    /** The activities of a unit and of every unit below it. */
    @GET
    public Page<Activity> list(@QueryParam("unit") Long unit, @BeanParam PageParams page) {
        if (unit == null) {
            throw new ValidationException(FieldError.of("unit", "required: the id of the unit whose activities are listed"));
        }
        authorization.requireInScope(unit, "organization", unit);
        enablement.requireEnabled(ModuleDefinition.ID, unit);
        return activities.search(subtree(unit), page.toRequest());
    }

    @GET
    @Path("{id}")
    @Returns(Activity.class)
    public Response get(@PathParam("id") long id) {
        Activity activity = activities.get(id);
        authorization.requireInScope(activity.organizationId(), "activity", id);
        enablement.requireEnabled(ModuleDefinition.ID, activity.organizationId());
        return Responses.ok(activity);
    }

    @POST
    @RequiresPermission(ModuleDefinition.WRITE_PERMISSION)
    @Returns(Activity.class)
    public Response create(ActivityDraft draft) {
        if (draft != null && draft.organizationId() != null) {
            if (organizations.find(draft.organizationId()).isEmpty()
                    || !authorization.inScope(draft.organizationId())) {
                throw new ValidationException(FieldError.of("organizationId", "no unit with id " + draft.organizationId()));
            }
            enablement.requireEnabled(ModuleDefinition.ID, draft.organizationId());
        }
        Activity created = activities.create(draft, authorization.current().username());
        return Responses.created("activities", created);
    }

    /** The unit and every unit below it: modules reference units by id and ask core for the tree. */
    private List<Long> subtree(long unit) {
        return organizations.subtree(unit, Integer.MAX_VALUE / 2).stream().map(Organization::id).toList();
    }
}
