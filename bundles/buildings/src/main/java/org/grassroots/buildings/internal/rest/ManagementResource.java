package org.grassroots.buildings.internal.rest;

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

import org.grassroots.buildings.internal.BuildingsModule;
import org.grassroots.buildings.internal.ManagedOrganization;
import org.grassroots.buildings.internal.Management;
import org.grassroots.buildings.internal.ManagementDraft;
import org.grassroots.buildings.internal.ManagementEnd;
import org.grassroots.buildings.internal.ManagementSummary;
import org.grassroots.core.api.Page;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 两企三新 management: {@code /api/buildings/management}, the 两新 organizations of a subtree with the committee
 * (直属党委, 综合党委) that manages each, those with none, and each committee's share.
 */
@Component(service = ManagementResource.class)
@ModuleResource(BuildingsModule.ID)
@RequiresPermission(BuildingsModule.READ)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ManagementResource {
    private final Management management;

    @Activate
    public ManagementResource(@Reference Management management) {
        this.management = management;
    }

    /** The 两新 organizations under the unit: all, {@code managed=true}, those with none ({@code managed=false}), of one committee. */
    @GET
    @Path("management")
    public Page<ManagedOrganization> search(@QueryParam("unit") Long unit, @QueryParam("managed") Boolean managed,
                                            @QueryParam("committee") Long committee, @BeanParam PageParams page) {
        return management.search(unit, managed, committee, page.toRequest());
    }

    @GET
    @Path("management/summary")
    public ManagementSummary summary(@QueryParam("unit") Long unit) {
        return management.summary(unit);
    }

    @POST
    @Path("management")
    @RequiresPermission(BuildingsModule.MANAGE)
    @Returns(ManagedOrganization.class)
    public Response assign(ManagementDraft draft) {
        ManagedOrganization m = management.assign(draft);
        return Response.created(URI.create("management/" + m.managementId())).entity(m).tag(Preconditions.etag(m.version())).build();
    }

    @PUT
    @Path("management/{id}")
    @RequiresPermission(BuildingsModule.MANAGE)
    @Returns(ManagedOrganization.class)
    public Response change(@PathParam("id") long id, ManagementDraft draft, @Context HttpHeaders headers,
                           @QueryParam("version") Long version) {
        ManagedOrganization m = management.change(id, Preconditions.requiredVersion(headers, version), draft);
        return Response.ok(m).tag(Preconditions.etag(m.version())).build();
    }

    /** Ends the management (If-Match): the organization has no managing committee from that day; answers it so. */
    @POST
    @Path("management/{id}/end")
    @RequiresPermission(BuildingsModule.MANAGE)
    @Returns(ManagedOrganization.class)
    public ManagedOrganization end(@PathParam("id") long id, ManagementEnd draft, @Context HttpHeaders headers,
                                   @QueryParam("version") Long version) {
        return management.end(id, Preconditions.requiredVersion(headers, version), draft);
    }
}
