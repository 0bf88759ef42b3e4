package org.grassroots.industrial.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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
import javax.ws.rs.core.StreamingOutput;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Page;
import org.grassroots.industrial.RequestAction;
import org.grassroots.industrial.RequestStatus;
import org.grassroots.industrial.ServiceRequest.Transition;
import org.grassroots.industrial.ServiceRequest;
import org.grassroots.industrial.ServiceRequestDraft.AttachmentDraft;
import org.grassroots.industrial.ServiceRequestDraft;
import org.grassroots.industrial.internal.EscalationRun;
import org.grassroots.industrial.internal.Escalations;
import org.grassroots.industrial.internal.IndustrialModule;
import org.grassroots.industrial.internal.IndustrialSheets;
import org.grassroots.industrial.internal.RequestAttachments;
import org.grassroots.industrial.internal.RequestQuery;
import org.grassroots.industrial.internal.RequestSearch;
import org.grassroots.industrial.internal.ServiceRequests;
import org.grassroots.industrial.internal.WorkflowStep;
import org.grassroots.rest.Downloads;
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
 * {@code /api/industrial/requests}: enterprise service requests (企业诉求) and their workflow. Each workflow action
 * is its own endpoint with its own permission; it takes the request's ETag in {@code If-Match} and answers 409 when
 * the request's state does not allow the action (or the version is stale), 422 when the step lacks a field.
 */
@Component(service = RequestResource.class)
@ModuleResource(IndustrialModule.ID)
@Path("requests")
@RequiresPermission(IndustrialModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestResource {
    private final ServiceRequests requests;
    private final RequestSearch search;
    private final RequestAttachments attachments;
    private final Escalations escalations;
    private final IndustrialSheets sheets;

    @Activate
    public RequestResource(@Reference ServiceRequests requests, @Reference RequestSearch search,
                           @Reference RequestAttachments attachments, @Reference Escalations escalations,
                           @Reference IndustrialSheets sheets) {
        this.requests = requests;
        this.search = search;
        this.attachments = attachments;
        this.escalations = escalations;
        this.sheets = sheets;
    }

    /**
     * The requests of the unit's subtree: {@code status}, {@code category}, {@code overdue=true|false},
     * {@code grid} (grid unit id), {@code year} (submitted in), {@code q} (words in title or description).
     */
    @GET
    public Page<ServiceRequest> search(@QueryParam("unit") Long unit, @QueryParam("status") RequestStatus status,
                                       @QueryParam("category") String category, @QueryParam("overdue") Boolean overdue,
                                       @QueryParam("grid") Long grid, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                       @QueryParam("q") String text, @BeanParam PageParams page) {
        return search.search(query(unit, status, category, overdue, grid, year, text), page.toRequest());
    }

    RequestQuery query(Long unit, RequestStatus status, String category, Boolean overdue, Long grid, Integer year, String text) {
        return search.query(unit, status, category, overdue, grid, year, text);
    }

    /** The list (same filters) as a spreadsheet. */
    @GET
    @Path("export")
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON })
    public Response exportRequests(@QueryParam("unit") Long unit, @QueryParam("format") @DefaultValue("XLSX") FileFormat format,
                                   @QueryParam("status") RequestStatus status, @QueryParam("category") String category,
                                   @QueryParam("overdue") Boolean overdue, @QueryParam("grid") Long grid,
                                   @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year, @QueryParam("q") String text) {
        FileFormat f = SpreadsheetResource.format(format);
        var query = query(unit, status, category, overdue, grid, year, text);
        StreamingOutput body = out -> sheets.exportRequests(query, f, out);
        return Downloads.attachment(body, f, "requests-" + unit + "-" + LocalDate.now());
    }

    @POST
    @RequiresPermission(IndustrialModule.REQUEST_WRITE)
    @Returns(ServiceRequest.class)
    public Response submit(ServiceRequestDraft draft) {
        ServiceRequest created = requests.submit(draft);
        return Responses.created("requests", created);
    }

    @GET
    @Path("{id}")
    @Returns(ServiceRequest.class)
    public Response get(@PathParam("id") long id) {
        ServiceRequest request = requests.get(id);
        return Responses.ok(request);
    }

    /** Every step of the request: who moved it, from where to where, when, with what note. */
    @GET
    @Path("{id}/history")
    public List<Transition> history(@PathParam("id") long id) {
        return requests.history(id);
    }

    /** Assigns (or reassigns) the request to a member ({@code assigneeMemberId}) and/or a department. */
    @POST
    @Path("{id}/assign")
    @RequiresPermission(IndustrialModule.REQUEST_HANDLE)
    @Returns(ServiceRequest.class)
    public Response assign(@PathParam("id") long id, WorkflowStep step, @Context HttpHeaders headers,
                           @QueryParam("version") Long version) {
        return step(id, RequestAction.ASSIGN, step, headers, version);
    }

    @POST
    @Path("{id}/start")
    @RequiresPermission(IndustrialModule.REQUEST_HANDLE)
    @Returns(ServiceRequest.class)
    public Response start(@PathParam("id") long id, WorkflowStep step, @Context HttpHeaders headers,
                          @QueryParam("version") Long version) {
        return step(id, RequestAction.START, step, headers, version);
    }

    /** Records what was done ({@code resolution}); the request waits for the enterprise's rating. */
    @POST
    @Path("{id}/resolve")
    @RequiresPermission(IndustrialModule.REQUEST_HANDLE)
    @Returns(ServiceRequest.class)
    public Response resolve(@PathParam("id") long id, WorkflowStep step, @Context HttpHeaders headers,
                            @QueryParam("version") Long version) {
        return step(id, RequestAction.RESOLVE, step, headers, version);
    }

    /** The enterprise's satisfaction, {@code rating} 1–5 and an optional {@code comment}; closes the request. */
    @POST
    @Path("{id}/rate")
    @RequiresPermission(IndustrialModule.REQUEST_WRITE)
    @Returns(ServiceRequest.class)
    public Response rate(@PathParam("id") long id, WorkflowStep step, @Context HttpHeaders headers,
                         @QueryParam("version") Long version) {
        return step(id, RequestAction.RATE, step, headers, version);
    }

    /** The enterprise is not satisfied with a resolution ({@code reason} required). */
    @POST
    @Path("{id}/reopen")
    @RequiresPermission(IndustrialModule.REQUEST_WRITE)
    @Returns(ServiceRequest.class)
    public Response reopen(@PathParam("id") long id, WorkflowStep step, @Context HttpHeaders headers,
                           @QueryParam("version") Long version) {
        return step(id, RequestAction.REOPEN, step, headers, version);
    }

    /** Metadata of a file that belongs to the request (name, size, contentType, reference to where it is kept). */
    @POST
    @Path("{id}/attachments")
    @RequiresPermission(IndustrialModule.REQUEST_WRITE)
    @Returns(ServiceRequest.class)
    public Response attach(@PathParam("id") long id, AttachmentDraft attachment) {
        ServiceRequest request = attachments.addAttachment(id, attachment);
        return Responses.ok(request);
    }

    /**
     * A file for the request, stored in core's attachment store: the raw file as the body, {@code ?filename=}. Its type
     * is recognised from the bytes (JPEG, PNG, PDF, DOCX, XLSX, text); the download is
     * {@code /api/core/attachments/{attachmentId}/content}.
     */
    @POST
    @Path("{id}/attachments")
    @Consumes({ MediaType.APPLICATION_OCTET_STREAM, "image/*", "application/pdf", "text/plain",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })
    @RequiresPermission(IndustrialModule.REQUEST_WRITE)
    public Response attachFile(@PathParam("id") long id, @QueryParam("filename") String filename,
                               java.io.InputStream body) throws java.io.IOException {
        ServiceRequest request = attachments.storeFile(id, filename, body.readNBytes(attachments.fileReadLimit()));
        return Preconditions.okWithVersion(request, request.version()).build();
    }

    /** Runs the overdue check now (it also runs periodically): escalates each overdue request once. */
    @POST
    @Path("overdue-check")
    @RequiresPermission(IndustrialModule.SETTINGS)
    public EscalationRun overdueCheck() {
        return escalations.check(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
    }

    private Response step(long id, RequestAction action, WorkflowStep step, HttpHeaders headers, Long version) {
        ServiceRequest request = requests.step(id, Preconditions.requiredVersion(headers, version), action, step);
        return Responses.ok(request);
    }
}
