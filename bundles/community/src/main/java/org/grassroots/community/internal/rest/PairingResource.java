package org.grassroots.community.internal.rest;

import java.util.List;

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

import org.grassroots.community.internal.*;
import org.grassroots.core.api.Page;
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

/** {@code /pairings}: 双报到 pairings of units with communities; {@code /coverage}: every community, the unpaired flagged. */
@Component(service = PairingResource.class)
@ModuleResource(CommunityModule.ID)
@Path("")
@RequiresPermission(CommunityModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PairingResource {
    private final Pairings pairings;

    @Activate
    public PairingResource(@Reference Pairings pairings) {
        this.pairings = pairings;
    }

    @GET
    @Path("pairings")
    public Page<Pairing> search(@QueryParam("unit") Long unit, @QueryParam("status") PairingStatus status, @BeanParam PageParams page) {
        return pairings.search(unit, status, page.toRequest());
    }

    @POST
    @Path("pairings")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(Pairing.class)
    public Response create(PairingDraft draft) {
        return Responses.created("pairings", pairings.create(draft));
    }

    @GET
    @Path("pairings/{id}")
    @Returns(Pairing.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(pairings.get(id));
    }

    @POST
    @Path("pairings/{id}/end")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(Pairing.class)
    public Response end(@PathParam("id") long id, TermEnd end, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(pairings.end(id, Preconditions.requiredVersion(headers, version), end));
    }

    @GET
    @Path("coverage")
    public Coverage coverage(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return pairings.coverage(unit, year == null ? java.time.LocalDate.now().getYear() : year);
    }
}
