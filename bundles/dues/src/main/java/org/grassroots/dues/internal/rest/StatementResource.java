package org.grassroots.dues.internal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.document.DocumentFormat;
import org.grassroots.dues.internal.Arrears;
import org.grassroots.dues.internal.DuesModule;
import org.grassroots.dues.internal.StatementDocuments;
import org.grassroots.dues.internal.StatementSheets;
import org.grassroots.dues.internal.Statements;
import org.grassroots.dues.internal.UnitStatement;
import org.grassroots.dues.internal.YearlyStatement;
import org.grassroots.rest.Downloads;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Yearly statements: an organization's ({@code /units/{unitId}/statement}, its subtree's figures and every member's
 * months) and both as spreadsheets ({@code /units/{unitId}/statement/export},
 * {@code /members/{memberId}/statement/export}); a member's in JSON is {@code /members/{memberId}/statement}
 * ({@link FigureResource}). The console prints them; {@code .../statement/document?format=DOCX|PDF} (and the signed-in
 * member's {@code /my/statement/document}) writes them through the platform's document facility.
 */
@Component(service = StatementResource.class)
@ModuleResource(DuesModule.ID)
@Path("")
@RequiresPermission(DuesModule.READ)
public class StatementResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final Statements statements;
    private final StatementSheets sheets;
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final Arrears arrears;
    private final StatementDocuments documents;

    @Activate
    public StatementResource(@Reference Statements statements, @Reference StatementSheets sheets, @Reference Arrears arrears,
                             @Reference StatementDocuments documents) {
        this.statements = statements;
        this.sheets = sheets;
        this.arrears = arrears;
        this.documents = documents;
    }

    @GET
    @Path("units/{unitId}/statement")
    @Produces(MediaType.APPLICATION_JSON)
    public UnitStatement unit(@PathParam("unitId") long unitId,
                              @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return statements.ofUnit(unitId, year(year));
    }

    @GET
    @Path("units/{unitId}/statement/export")
    @Produces({ XLSX, "text/csv", MediaType.APPLICATION_JSON })
    public Response unitSheet(@PathParam("unitId") long unitId, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                              @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        UnitStatement statement = statements.ofUnit(unitId, year(year)); // refusals before the download starts
        StreamingOutput body = out -> sheets.unit(statement, format, out);
        return Downloads.attachment(body, format, "dues-statement-" + statement.year() + "-unit-" + unitId);
    }

    @GET
    @Path("members/{memberId}/statement/export")
    @Produces({ XLSX, "text/csv", MediaType.APPLICATION_JSON })
    public Response memberSheet(@PathParam("memberId") long memberId,
                                @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        YearlyStatement statement = arrears.statement(memberId, year(year));
        StreamingOutput body = out -> sheets.member(statement, format, out);
        return Downloads.attachment(body, format, "dues-statement-" + statement.year() + "-member-" + memberId);
    }

    /** An organization's yearly statement as Word or PDF (503 naming the missing font when the PDF cannot be written). */
    @GET
    @Path("units/{unitId}/statement/document")
    @Produces({ DOCX, "application/pdf", "application/problem+json", MediaType.APPLICATION_JSON })
    public Response unitDocument(@PathParam("unitId") long unitId, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                 @QueryParam("format") DocumentFormat format) {
        ValidationException.builder().required("format", format).throwIfAny();
        return file(documents.unit(statements.ofUnit(unitId, year(year)), format), format);
    }

    @GET
    @Path("members/{memberId}/statement/document")
    @Produces({ DOCX, "application/pdf", "application/problem+json", MediaType.APPLICATION_JSON })
    public Response memberDocument(@PathParam("memberId") long memberId,
                                   @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                   @QueryParam("format") DocumentFormat format) {
        ValidationException.builder().required("format", format).throwIfAny();
        return file(documents.member(arrears.statement(memberId, year(year)), format), format);
    }

    /** The signed-in member's own statement as Word or PDF. */
    @GET
    @Path("my/statement/document")
    @RequiresPermission(DuesModule.OWN)
    @Produces({ DOCX, "application/pdf", "application/problem+json", MediaType.APPLICATION_JSON })
    public Response ownDocument(@QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                @QueryParam("format") DocumentFormat format) {
        ValidationException.builder().required("format", format).throwIfAny();
        return file(documents.member(arrears.own(year(year)), format), format);
    }

    private static Response file(StatementDocuments.File file, DocumentFormat format) {
        String encoded = URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"dues-statement." + format.extension()
                        + "\"; filename*=UTF-8''" + encoded)
                .build();
    }

    private static int year(Integer year) {
        return year == null ? LocalDate.now().getYear() : year;
    }
}
