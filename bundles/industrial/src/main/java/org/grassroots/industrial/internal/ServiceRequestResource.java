package org.grassroots.industrial.internal;

import java.net.URI;
import java.util.ArrayList;
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
import org.grassroots.industrial.RequestStatus;
import org.grassroots.industrial.ServiceRequest;
import org.grassroots.industrial.ServiceRequestDraft;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.RestProperties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/industrial/requests}: enterprise service requests. Every call names a unit (the list's
 * {@code ?unit=}, the request's {@code organizationId}) and is refused with 403 where the module is not enabled.
 */
@Component(service = ServiceRequestResource.class, property = {
        RestProperties.RESOURCE + "=true", RestProperties.MODULE + "=" + IndustrialModule.ID })
@Path("requests")
@RequiresPermission("industrial.request.read")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceRequestResource {
    private static final String ACTOR = "rest";

    private final ServiceRequests requests;
    private final OrganizationService organizations;
    private final ModuleEnablement enablement;

    @Activate
    public ServiceRequestResource(@Reference ServiceRequests requests, @Reference OrganizationService organizations,
                                  @Reference ModuleEnablement enablement) {
        this.requests = requests;
        this.organizations = organizations;
        this.enablement = enablement;
    }

    /** The requests of a unit and of every unit below it. */
    @GET
    public Page<ServiceRequest> list(@QueryParam("unit") Long unit, @QueryParam("status") RequestStatus status,
                                     @BeanParam PageParams page) {
        if (unit == null) {
            throw new ValidationException(FieldError.of("unit", "required: the id of the unit whose requests are listed"));
        }
        enablement.requireEnabled(IndustrialModule.ID, unit);
        return requests.search(subtreeIds(organizations, unit), status, page.toRequest());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        ServiceRequest request = requests.get(id);
        enablement.requireEnabled(IndustrialModule.ID, request.organizationId());
        return Preconditions.okWithVersion(request, request.version()).build();
    }

    @POST
    @RequiresPermission("industrial.request.write")
    public Response create(ServiceRequestDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft == null) {
            throw new ValidationException(FieldError.of("body", "required: {organizationId, title, description}"));
        }
        if (draft.organizationId() == null) {
            errors.add(FieldError.of("organizationId", "required: the unit the request comes from"));
        } else if (organizations.find(draft.organizationId()).isEmpty()) {
            errors.add(FieldError.of("organizationId", "no unit with id " + draft.organizationId()));
        }
        String title = draft.title() == null ? "" : draft.title().trim();
        if (title.isEmpty()) {
            errors.add(FieldError.of("title", "required"));
        } else if (title.length() > 200) {
            errors.add(FieldError.of("title", "at most 200 characters"));
        }
        if (draft.description() != null && draft.description().length() > 4000) {
            errors.add(FieldError.of("description", "at most 4000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        enablement.requireEnabled(IndustrialModule.ID, draft.organizationId());
        ServiceRequest created = requests.create(draft.organizationId(), title, draft.description(), ACTOR);
        return Response.created(URI.create("requests/" + created.id())).entity(created)
                .tag(Preconditions.etag(created.version())).build();
    }

    /** The unit and every unit below it; modules reference units by id and ask core for the tree. */
    static List<Long> subtreeIds(OrganizationService organizations, long unit) {
        return organizations.subtree(unit, Integer.MAX_VALUE / 2).stream().map(Organization::id).toList();
    }
}
