package org.grassroots.position.internal.rest;

import java.util.List;

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

import org.grassroots.position.internal.PosText;
import org.grassroots.position.internal.PositionModule;
import org.grassroots.position.internal.ServiceCatalogue;
import org.grassroots.position.internal.ServiceOffer;
import org.grassroots.position.internal.ServiceOfferDraft;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /services}: the service catalogue (服务事项) of a position; PUT (If-Match) changes or withdraws a service. */
@Component(service = ServiceOfferResource.class)
@ModuleResource(PositionModule.ID)
@Path("services")
@RequiresPermission(PositionModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceOfferResource {
    private final ServiceCatalogue catalogue;

    @Activate
    public ServiceOfferResource(@Reference ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    public List<ServiceOffer> list(@QueryParam("position") Long position) {
        if (position == null) {
            throw PosText.TEXT.invalid("position", "field.required");
        }
        return catalogue.list(position);
    }

    @POST
    @RequiresPermission(PositionModule.MANAGE)
    @Returns(ServiceOffer.class)
    public Response create(ServiceOfferDraft draft) {
        return Responses.created("services", catalogue.create(draft));
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(PositionModule.MANAGE)
    @Returns(ServiceOffer.class)
    public Response update(@PathParam("id") long id, ServiceOfferDraft draft, @Context HttpHeaders headers,
                           @QueryParam("version") Long version) {
        return Responses.ok(catalogue.update(id, Preconditions.requiredVersion(headers, version), draft));
    }
}
