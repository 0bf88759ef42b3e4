package org.grassroots.affairs.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.affairs.internal.terms.Election;
import org.grassroots.affairs.internal.terms.ElectionDraft;
import org.grassroots.affairs.internal.terms.Elections;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /elections}: 换届选举 with method, attendance, candidates and votes; a valid one starts the next term. */
@Component(service = ElectionResource.class)
@ModuleResource(AffairsModule.ID)
@Path("elections")
@RequiresPermission(AffairsModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ElectionResource {
    private final Elections elections;

    @Activate
    public ElectionResource(@Reference Elections elections) {
        this.elections = elections;
    }

    @GET
    public List<Election> list(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return elections.list(unit, year == null ? LocalDate.now().getYear() : year);
    }

    @POST
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(Election.class)
    public Response record(ElectionDraft draft) {
        return Responses.created("elections", elections.record(draft));
    }

    @GET
    @Path("{id}")
    @Returns(Election.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(elections.get(id));
    }
}
