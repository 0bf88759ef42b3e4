package org.grassroots.membership.internal.rest;

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

import org.grassroots.core.api.Page;
import org.grassroots.membership.internal.MembershipModule;
import org.grassroots.membership.internal.Mobile;
import org.grassroots.membership.internal.MobileDirection;
import org.grassroots.membership.internal.MobileDraft;
import org.grassroots.membership.internal.Mobiles;
import org.grassroots.membership.internal.TransferStepDraft;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /mobile}: mobile members' registrations (流动党员), outflow and inflow; {@code return} ends one. */
@Component(service = MobileResource.class)
@ModuleResource(MembershipModule.ID)
@Path("")
@RequiresPermission(MembershipModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MobileResource {
    private final Mobiles mobiles;

    @Activate
    public MobileResource(@Reference Mobiles mobiles) {
        this.mobiles = mobiles;
    }

    @GET
    @Path("mobile")
    public Page<Mobile> search(@QueryParam("unit") Long unit, @QueryParam("direction") MobileDirection direction,
                               @QueryParam("away") Boolean away, @BeanParam PageParams page) {
        return mobiles.search(unit, direction, away, page.toRequest());
    }

    @POST
    @Path("mobile")
    @RequiresPermission(MembershipModule.WRITE)
    @Returns(Mobile.class)
    public Response register(MobileDraft draft) {
        return Responses.created("mobile", mobiles.register(draft));
    }

    @POST
    @Path("mobile/{id}/return")
    @RequiresPermission(MembershipModule.WRITE)
    @Returns(Mobile.class)
    public Response returned(@PathParam("id") long id, TransferStepDraft draft, @Context HttpHeaders headers,
                             @QueryParam("version") Long version) {
        return Responses.ok(mobiles.returned(id, Preconditions.requiredVersion(headers, version), draft));
    }
}
