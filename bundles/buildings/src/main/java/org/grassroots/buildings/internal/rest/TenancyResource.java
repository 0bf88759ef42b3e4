package org.grassroots.buildings.internal.rest;

import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.buildings.internal.BuildingsModule;
import org.grassroots.buildings.internal.Coverage;
import org.grassroots.buildings.internal.CoverageChange;
import org.grassroots.buildings.internal.MoveOut;
import org.grassroots.buildings.internal.Tenancies;
import org.grassroots.buildings.internal.Tenancy;
import org.grassroots.buildings.internal.TenancyDraft;
import org.grassroots.core.api.Page;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Enterprises in buildings: {@code /api/buildings/tenancies} (move in, coverage, move out) and an enterprise's history. */
@Component(service = TenancyResource.class)
@ModuleResource(BuildingsModule.ID)
@RequiresPermission(BuildingsModule.READ)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenancyResource {
    private final Tenancies tenancies;

    @Activate
    public TenancyResource(@Reference Tenancies tenancies) {
        this.tenancies = tenancies;
    }

    /** The enterprises in the buildings under the unit: current (default) or moved out, of a coverage, 应建未建 only. */
    @GET
    @Path("tenancies")
    public Page<Tenancy> search(@QueryParam("unit") Long unit, @QueryParam("current") Boolean current,
                                @QueryParam("coverage") Coverage coverage, @QueryParam("shouldForm") Boolean shouldForm,
                                @BeanParam PageParams page) {
        return tenancies.search(unit, current, coverage, shouldForm, page.toRequest());
    }

    @POST
    @Path("tenancies")
    @RequiresPermission(BuildingsModule.MANAGE)
    @Returns(Tenancy.class)
    public Response moveIn(TenancyDraft draft) {
        return Responses.created("tenancies", tenancies.moveIn(draft));
    }

    @GET
    @Path("tenancies/{id}")
    @Returns(Tenancy.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(tenancies.get(id));
    }

    @POST
    @Path("tenancies/{id}/coverage")
    @RequiresPermission(BuildingsModule.MANAGE)
    @Returns(Tenancy.class)
    public Response changeCoverage(@PathParam("id") long id, CoverageChange change, @Context HttpHeaders headers,
                                   @QueryParam("version") Long version) {
        return Responses.ok(tenancies.changeCoverage(id, Preconditions.requiredVersion(headers, version), change));
    }

    @POST
    @Path("tenancies/{id}/move-out")
    @RequiresPermission(BuildingsModule.MANAGE)
    @Returns(Tenancy.class)
    public Response moveOut(@PathParam("id") long id, MoveOut move, @Context HttpHeaders headers,
                            @QueryParam("version") Long version) {
        return Responses.ok(tenancies.moveOut(id, Preconditions.requiredVersion(headers, version), move));
    }

    /** Every move-in and move-out of one enterprise (a core unit), oldest first. */
    @GET
    @Path("enterprises/{enterpriseId}/tenancies")
    public List<Tenancy> history(@PathParam("enterpriseId") long enterpriseId) {
        return tenancies.history(enterpriseId);
    }
}
