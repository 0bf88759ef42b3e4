package org.grassroots.membership.internal.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

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
import org.grassroots.core.api.document.DocumentFormat;
import org.grassroots.core.api.document.DocumentWriter;
import org.grassroots.membership.internal.LetterDocument;
import org.grassroots.membership.internal.Letters;
import org.grassroots.membership.internal.MembershipModule;
import org.grassroots.membership.internal.TransferDraft;
import org.grassroots.membership.internal.TransferKind;
import org.grassroots.membership.internal.TransferLetter;
import org.grassroots.membership.internal.TransferStatus;
import org.grassroots.membership.internal.TransferStepDraft;
import org.grassroots.membership.internal.Transfers;
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

/**
 * {@code /transfers}: transfers with introduction letters; {@code issue} (the numbered letter), {@code complete}
 * (accepted within the platform, receipt returned, or received from elsewhere) and {@code cancel} take the ETag in
 * {@code If-Match}; {@code ?expiringWithin=7} lists issued letters about to expire.
 */
@Component(service = TransferResource.class)
@ModuleResource(MembershipModule.ID)
@Path("")
@RequiresPermission(MembershipModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransferResource {
    private final Transfers transfers;
    private final DocumentWriter documents;

    @Activate
    public TransferResource(@Reference Transfers transfers, @Reference DocumentWriter documents) {
        this.transfers = transfers;
        this.documents = documents;
    }

    @GET
    @Path("transfers")
    public Page<TransferLetter> search(@QueryParam("unit") Long unit, @QueryParam("status") TransferStatus status,
                                       @QueryParam("kind") TransferKind kind,
                                       @QueryParam("expiringWithin") @ParamRange(min = 0, max = 366) Integer expiringWithin,
                                       @BeanParam PageParams page) {
        return transfers.search(unit, status, kind, expiringWithin, page.toRequest());
    }

    @POST
    @Path("transfers")
    @RequiresPermission(MembershipModule.WRITE)
    @Returns(TransferLetter.class)
    public Response create(TransferDraft draft) {
        return Responses.created("transfers", transfers.create(draft));
    }

    @GET
    @Path("transfers/{id}")
    @Returns(TransferLetter.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(transfers.get(id));
    }

    @POST
    @Path("transfers/{id}/issue")
    @RequiresPermission(MembershipModule.WRITE)
    @Returns(TransferLetter.class)
    public Response issue(@PathParam("id") long id, TransferStepDraft draft, @Context HttpHeaders headers,
                          @QueryParam("version") Long version) {
        return Responses.ok(transfers.issue(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @POST
    @Path("transfers/{id}/complete")
    @RequiresPermission(MembershipModule.WRITE)
    @Returns(TransferLetter.class)
    public Response complete(@PathParam("id") long id, TransferStepDraft draft, @Context HttpHeaders headers,
                             @QueryParam("version") Long version) {
        return Responses.ok(transfers.complete(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @POST
    @Path("transfers/{id}/cancel")
    @RequiresPermission(MembershipModule.WRITE)
    @Returns(TransferLetter.class)
    public Response cancel(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(transfers.cancel(id, Preconditions.requiredVersion(headers, version)));
    }

    @GET
    @Path("transfers/{id}/letter")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public String letter(@PathParam("id") long id) {
        return Letters.html(transfers.get(id));
    }

    @GET
    @Path("transfers/{id}/letter.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    public Response letterDocx(@PathParam("id") long id) throws IOException {
        return letterFile(id, DocumentFormat.DOCX);
    }

    /** The letter as PDF with the Chinese font embedded; 503 naming the missing font when the server has none. */
    @GET
    @Path("transfers/{id}/letter.pdf")
    @Produces("application/pdf")
    public Response letterPdf(@PathParam("id") long id) throws IOException {
        return letterFile(id, DocumentFormat.PDF);
    }

    /** Written whole before answering, so that a refusal (no font) is a clean 503 and not a broken download. */
    private Response letterFile(long id, DocumentFormat format) throws IOException {
        TransferLetter letter = transfers.get(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        documents.write(LetterDocument.of(letter), format, out);
        String name = "introduction-letter-" + (letter.letterNo() == null ? String.valueOf(id) : letter.letterNo()) + "." + format.extension();
        return Response.ok(out.toByteArray(), format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
