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

import org.grassroots.dues.internal.BulkPayment;
import org.grassroots.dues.internal.BulkPaymentResult;
import org.grassroots.dues.internal.Due;
import org.grassroots.dues.internal.DuesModule;
import org.grassroots.dues.internal.PaymentDraft;
import org.grassroots.dues.internal.Payments;
import org.grassroots.dues.internal.RevokeDraft;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /dues/{id}}: one member's dues of one month; {@code pay} and {@code revoke} take its ETag in
 * {@code If-Match}. {@code /payments}: several dues paid at once (all or nothing).
 */
@Component(service = DueResource.class)
@ModuleResource(DuesModule.ID)
@Path("")
@RequiresPermission(DuesModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DueResource {
    private final Payments payments;

    @Activate
    public DueResource(@Reference Payments payments) {
        this.payments = payments;
    }

    @GET
    @Path("dues/{id}")
    @Returns(Due.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(payments.get(id));
    }

    @POST
    @Path("dues/{id}/pay")
    @RequiresPermission(DuesModule.COLLECT)
    @Returns(Due.class)
    public Response pay(@PathParam("id") long id, PaymentDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(payments.pay(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @POST
    @Path("dues/{id}/revoke")
    @RequiresPermission(DuesModule.COLLECT)
    @Returns(Due.class)
    public Response revoke(@PathParam("id") long id, RevokeDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(payments.revoke(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @POST
    @Path("payments")
    @RequiresPermission(DuesModule.COLLECT)
    public BulkPaymentResult payAll(BulkPayment draft) {
        return payments.payAll(draft);
    }
}
