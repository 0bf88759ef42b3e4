package org.grassroots.dues.internal.rest;

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

import org.grassroots.dues.internal.DismissDraft;
import org.grassroots.dues.internal.DuesModule;
import org.grassroots.dues.internal.MatchDraft;
import org.grassroots.dues.internal.UnmatchedPayment;
import org.grassroots.dues.internal.UnmatchedPayments;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The rows of imported payment files that matched no due ({@code /months/{id}/unmatched}, in {@link SheetResource},
 * lists a month's): {@code /unmatched/{id}/match} pays the due named with the row, {@code /unmatched/{id}/dismiss} sets the row aside
 * with a reason (both take the row's ETag in {@code If-Match}).
 */
@Component(service = UnmatchedResource.class)
@ModuleResource(DuesModule.ID)
@Path("")
@RequiresPermission(DuesModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnmatchedResource {
    private final UnmatchedPayments unmatched;

    @Activate
    public UnmatchedResource(@Reference UnmatchedPayments unmatched) {
        this.unmatched = unmatched;
    }

    @GET
    @Path("unmatched/{id}")
    @Returns(UnmatchedPayment.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(unmatched.get(id));
    }

    @POST
    @Path("unmatched/{id}/match")
    @RequiresPermission(DuesModule.COLLECT)
    @Returns(UnmatchedPayment.class)
    public Response match(@PathParam("id") long id, MatchDraft draft, @Context HttpHeaders headers,
                          @QueryParam("version") Long version) {
        return Responses.ok(unmatched.match(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @POST
    @Path("unmatched/{id}/dismiss")
    @RequiresPermission(DuesModule.COLLECT)
    @Returns(UnmatchedPayment.class)
    public Response dismiss(@PathParam("id") long id, DismissDraft draft, @Context HttpHeaders headers,
                            @QueryParam("version") Long version) {
        return Responses.ok(unmatched.dismiss(id, Preconditions.requiredVersion(headers, version), draft));
    }
}
