package org.grassroots.rolemodel.internal.rest;

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

import org.grassroots.core.api.Page;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.grassroots.rolemodel.internal.AwardCategory;
import org.grassroots.rolemodel.internal.DecisionDraft;
import org.grassroots.rolemodel.internal.Nomination;
import org.grassroots.rolemodel.internal.NominationDraft;
import org.grassroots.rolemodel.internal.NominationStatus;
import org.grassroots.rolemodel.internal.NominationStep;
import org.grassroots.rolemodel.internal.Nominations;
import org.grassroots.rolemodel.internal.RoleModelModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /nominations}: nominations of award campaigns (with the deeds; files through core's attachments, owner type
 * {@code nomination}), reviewed level by level: {@code approve}, {@code return} (reason required), and by the
 * nominating unit {@code submit} (again) or {@code withdraw}, each with the nomination's ETag in {@code If-Match};
 * a step the status does not allow is 409 naming the allowed steps.
 */
@Component(service = NominationResource.class)
@ModuleResource(RoleModelModule.ID)
@Path("nominations")
@RequiresPermission(RoleModelModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NominationResource {
    private final Nominations nominations;

    @Activate
    public NominationResource(@Reference Nominations nominations) {
        this.nominations = nominations;
    }

    /** The nominations of the unit's subtree; {@code pendingAt=true}: those the unit itself must decide (its inbox). */
    @GET
    public Page<Nomination> search(@QueryParam("unit") Long unit, @QueryParam("campaign") Long campaign,
                                   @QueryParam("category") AwardCategory category, @QueryParam("status") NominationStatus status,
                                   @QueryParam("pendingAt") boolean pendingAt, @BeanParam PageParams page) {
        return nominations.search(unit, campaign, category, status, pendingAt, page.toRequest());
    }

    @POST
    @RequiresPermission(RoleModelModule.WRITE)
    @Returns(Nomination.class)
    public Response create(NominationDraft draft) {
        return Responses.created("nominations", nominations.create(draft));
    }

    @GET
    @Path("{id}")
    @Returns(Nomination.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(nominations.get(id));
    }

    @GET
    @Path("{id}/history")
    public List<NominationStep> history(@PathParam("id") long id) {
        return nominations.history(id);
    }

    @POST
    @Path("{id}/submit")
    @RequiresPermission(RoleModelModule.WRITE)
    @Returns(Nomination.class)
    public Response submit(@PathParam("id") long id, DecisionDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(nominations.submit(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @POST
    @Path("{id}/withdraw")
    @RequiresPermission(RoleModelModule.WRITE)
    @Returns(Nomination.class)
    public Response withdraw(@PathParam("id") long id, DecisionDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(nominations.withdraw(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @POST
    @Path("{id}/approve")
    @RequiresPermission(RoleModelModule.RECOMMEND)
    @Returns(Nomination.class)
    public Response approve(@PathParam("id") long id, DecisionDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(nominations.approve(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @POST
    @Path("{id}/return")
    @RequiresPermission(RoleModelModule.RECOMMEND)
    @Returns(Nomination.class)
    public Response giveBack(@PathParam("id") long id, DecisionDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(nominations.giveBack(id, Preconditions.requiredVersion(headers, version), draft));
    }
}
