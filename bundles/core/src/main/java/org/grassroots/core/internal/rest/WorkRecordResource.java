package org.grassroots.core.internal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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

import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.document.DocumentFormat;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.workrecord.WorkRecord;
import org.grassroots.core.internal.workrecord.WorkRecordAssembler;
import org.grassroots.core.internal.workrecord.WorkRecordEdition;
import org.grassroots.core.internal.workrecord.WorkRecordEditions;
import org.grassroots.core.internal.workrecord.WorkRecordExport;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/core/work-record?subtreeOf=&year=}: the year-end work record of a unit's subtree, each installed
 * module's section with its figures computed from data and compared with the year before; its edition (the saved
 * texts with their history, the frozen figures), and its export as Word or PDF. Every request names the unit and
 * the year; a unit outside the caller's scope is 404 before anything is read or stored.
 */
@Component(service = WorkRecordResource.class)
@ModuleResource("core")
@Path("work-record")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(CorePermissions.STATISTICS_READ)
public class WorkRecordResource {
    private final WorkRecordAssembler records;
    private final WorkRecordEditions editions;
    private final WorkRecordExport export;
    private final Authorization authorization;

    @Activate
    public WorkRecordResource(@Reference WorkRecordAssembler records, @Reference WorkRecordEditions editions,
                              @Reference WorkRecordExport export, @Reference Authorization authorization) {
        this.records = records;
        this.editions = editions;
        this.export = export;
        this.authorization = authorization;
    }

    @GET
    public WorkRecord record(@QueryParam("subtreeOf") Long subtreeOf,
                             @QueryParam("year") @ParamRange(min = 1921, max = 2200) Integer year) {
        inScope(subtreeOf, year);
        return records.record(subtreeOf, year);
    }

    /** The record with each section's saved text (and the figures changed since) and the frozen figures, if frozen. */
    @GET
    @Path("edition")
    public WorkRecordEdition edition(@QueryParam("subtreeOf") Long subtreeOf,
                                     @QueryParam("year") @ParamRange(min = 1921, max = 2200) Integer year) {
        inScope(subtreeOf, year);
        return editions.edition(subtreeOf, year);
    }

    /** Every saved version of a section's text, newest first: who saved it, when, and what it said. */
    @GET
    @Path("texts/{module}")
    public List<WorkRecordEdition.DraftVersion> history(@PathParam("module") String module,
                                                        @QueryParam("subtreeOf") Long subtreeOf,
                                                        @QueryParam("year") @ParamRange(min = 1921, max = 2200) Integer year) {
        inScope(subtreeOf, year);
        return editions.history(subtreeOf, year, module);
    }

    /**
     * Saves a section's text as its next version. {@code If-Match} carries the version the text was written from
     * ({@code "0"} for the first); 409 when someone saved in between, 428 without it. The answer's ETag is the new
     * version.
     */
    @PUT
    @Path("texts/{module}")
    @RequiresPermission(CorePermissions.WORK_RECORD_WRITE)
    public Response save(@PathParam("module") String module, @QueryParam("subtreeOf") Long subtreeOf,
                         @QueryParam("year") @ParamRange(min = 1921, max = 2200) Integer year,
                         @Context HttpHeaders headers, @QueryParam("version") Long version,
                         WorkRecordEdition.TextChange change) {
        long expected = Preconditions.requiredVersion(headers, version);
        inScope(subtreeOf, year);
        WorkRecordEdition.Draft draft = editions.save(subtreeOf, year, module, expected,
                Drafts.required(change).text());
        return Preconditions.okWithVersion(draft, draft.version()).build();
    }

    /** Freezes the year's record of the unit (409 when it is frozen already); answers the frozen figures. */
    @POST
    @Path("snapshot")
    @RequiresPermission(CorePermissions.WORK_RECORD_WRITE)
    public WorkRecordEdition.Snapshot freeze(@QueryParam("subtreeOf") Long subtreeOf,
                                             @QueryParam("year") @ParamRange(min = 1921, max = 2200) Integer year) {
        inScope(subtreeOf, year);
        return editions.freeze(subtreeOf, year);
    }

    /**
     * The record as a Word or PDF file ({@code format=docx|pdf}) in the caller's language: the title page, each
     * section's text, figures and notable items; the frozen figures when the year is frozen. 503 naming the missing
     * font when the server has no Chinese font for the PDF.
     */
    @GET
    @Path("export")
    @Produces({"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf",
        "application/problem+json", MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("subtreeOf") Long subtreeOf,
                           @QueryParam("year") @ParamRange(min = 1921, max = 2200) Integer year,
                           @QueryParam("format") DocumentFormat format,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        ValidationException.builder().required("format", format).throwIfAny();
        inScope(subtreeOf, year);
        WorkRecordExport.File file = export.export(subtreeOf, year, format, Languages.fromHeader(acceptLanguage));
        String encoded = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"work-record-" + year + "." + format.extension()
                        + "\"; filename*=UTF-8''" + encoded)
                .build();
    }

    private void inScope(Long subtreeOf, Integer year) {
        ValidationException.builder().required("subtreeOf", subtreeOf).required("year", year).throwIfAny();
        authorization.requireInScope(subtreeOf, "organization", subtreeOf);
    }
}
