package org.grassroots.core.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.grassroots.rest.RequiresPermission;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.ImportKind;
import org.grassroots.core.api.ImportProgress;
import org.grassroots.core.api.ImportReport;
import org.grassroots.core.api.ImportService;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.internal.CoreMessages;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.rest.Downloads;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.RestProperties;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Spreadsheets in and out: {@code /api/core/imports} (templates, uploads, job progress) and
 * {@code /api/core/exports}. The upload is the raw file as the request body.
 */
@Component(service = ImportResource.class)
@ModuleResource("core")
@Path("")
public class ImportResource {
    private final Authorization authorization;
    private final ImportService imports;

    @Activate
    public ImportResource(@Reference ImportService imports, @Reference Authorization authorization) {
        this.authorization = authorization;
        this.imports = imports;
    }

    @GET
    @Path("imports/template")
    @RequiresPermission(CorePermissions.IMPORT)
    public Response template(@QueryParam("kind") ImportKind kind, @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        authorization.require(CorePermissions.IMPORT);
        ImportKind k = required(kind, "kind");
        StreamingOutput body = out -> imports.writeTemplate(k, format, out);
        return Downloads.attachment(body, format, (k == ImportKind.MEMBERS ? "members" : "organizations") + "-template");
    }

    /**
     * Uploads a file. With {@code wait=true} answers the report directly: 200 when stored, 422 listing every
     * bad cell when nothing was stored. Otherwise answers 202 with the job to poll.
     */
    @POST
    @Path("imports")
    @Consumes({ MediaType.APPLICATION_OCTET_STREAM, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel" })
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission(CorePermissions.IMPORT)
    public Response upload(@QueryParam("kind") ImportKind kind, @QueryParam("format") FileFormat format,
                           @QueryParam("wait") @DefaultValue("false") boolean wait,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, InputStream body) throws IOException {
        authorization.require(CorePermissions.IMPORT);
        ImportKind k = required(kind, "kind");
        FileFormat f = required(format, "format");
        Locale language = Languages.fromHeader(acceptLanguage);
        if (wait) {
            ImportReport report = imports.importFile(k, f, body, language);
            if (report.committed()) {
                return Response.ok(report, MediaType.APPLICATION_JSON).build();
            }
            return Response.status(422).type(RestProperties.PROBLEM_JSON).entity(refused(report, language)).build();
        }
        // the report is read later by polling, so its reasons are written in the uploader's language now
        String jobId = imports.startImport(k, f, body.readAllBytes(), language);
        ImportProgress progress = imports.progress(jobId).orElseThrow();
        return Response.accepted(progress).location(URI.create("imports/" + jobId)).build();
    }

    @GET
    @Path("imports/{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermission(CorePermissions.IMPORT)
    public ImportProgress progress(@PathParam("jobId") String jobId) {
        authorization.require(CorePermissions.IMPORT);
        return imports.progress(jobId).orElseThrow(() -> CoreMessages.notFound("import job", jobId));
    }

    @GET
    @Path("exports")
    @RequiresPermission(CorePermissions.EXPORT)
    public Response export(@QueryParam("kind") ImportKind kind, @QueryParam("format") @DefaultValue("XLSX") FileFormat format,
                           @QueryParam("subtreeOf") Long subtreeOf) {
        authorization.require(CorePermissions.EXPORT);
        ImportKind k = required(kind, "kind");
        long root = required(subtreeOf, "subtreeOf");
        // checked before the body streams, so an out-of-scope unit answers 404 rather than a broken download
        authorization.requireInScope(root, "organization", root);
        StreamingOutput body = out -> imports.export(k, format, root, out);
        return Downloads.attachment(body, format, (k == ImportKind.MEMBERS ? "members-" : "organizations-") + root + "-" + LocalDate.now());
    }

    /**
     * A refused import as every refusal of the platform answers (problem+json: title, status, detail), with the
     * report's fields alongside, so a client reads the rows and reasons as from a report.
     */
    private static Map<String, Object> refused(ImportReport report, Locale language) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", CoreMessages.message("import.refused.title").in(language));
        problem.put("status", 422);
        problem.put("detail", CoreMessages.message("import.refused", report.errors().size()).in(language));
        problem.put("jobId", report.jobId());
        problem.put("kind", report.kind());
        problem.put("rows", report.rows());
        problem.put("imported", report.imported());
        problem.put("committed", false);
        problem.put("errors", report.errors());
        return problem;
    }

    private static <T> T required(T value, String parameter) {
        if (value == null) {
            throw ValidationException.of(parameter, CoreMessages.message("query.required"));
        }
        return value;
    }
}
