package org.grassroots.core.internal.annualstats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.annualstats.AnnualReport;
import org.grassroots.core.api.annualstats.AnnualStatistics;
import org.grassroots.core.api.annualstats.AnnualTables;
import org.grassroots.core.api.annualstats.UnitsBelow;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.internal.CoreMessages;
import org.grassroots.rest.Downloads;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/core/annual-stats}: the annual Party statistics tables of a unit's subtree ({@code tables},
 * {@code tables/xlsx}) and the reporting workflow of a unit's report for a year ({@code reports/{unitId}/{year}}:
 * read (the ETag is the report's version), {@code prepare}, {@code submit}, {@code accept}, {@code return} with
 * {@code {"reason": "..."}}, each with {@code If-Match} (or {@code ?version=}) naming the version read, and
 * {@code below}: the units below and which of them are missing).
 */
@Component(service = AnnualStatsResource.class)
@ModuleResource("core")
@Path("annual-stats")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(CorePermissions.STATISTICS_READ)
public class AnnualStatsResource {
    private final AnnualStatistics statistics;

    @Activate
    public AnnualStatsResource(@Reference AnnualStatistics statistics) {
        this.statistics = statistics;
    }

    /** Why a report was returned. */
    public record ReturnDraft(String reason) {
    }

    @GET
    @Path("tables")
    public AnnualTables tables(@QueryParam("unit") Long unit,
                               @QueryParam("year") @ParamRange(min = AnnualStatisticsImpl.FIRST_YEAR, max = 9999) Integer year) {
        return statistics.tables(required(unit, "unit"), required(year, "year"));
    }

    /** The workbook is written before the answer starts, so a refusal is a problem answer, never a broken file. */
    @GET
    @Path("tables/xlsx")
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON })
    public Response xlsx(@QueryParam("unit") Long unit,
                         @QueryParam("year") @ParamRange(min = AnnualStatisticsImpl.FIRST_YEAR, max = 9999) Integer year,
                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) throws IOException {
        long unitId = required(unit, "unit");
        int y = required(year, "year");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        statistics.exportXlsx(unitId, y, Languages.fromHeader(acceptLanguage), file);
        StreamingOutput body = out -> file.writeTo(out);
        return Downloads.attachment(body, FileFormat.XLSX, "annual-stats-" + unitId + "-" + y);
    }

    @GET
    @Path("reports/{unitId}/{year}")
    public Response report(@PathParam("unitId") long unitId, @PathParam("year") int year) {
        return answer(statistics.report(unitId, year));
    }

    @GET
    @Path("reports/{unitId}/{year}/below")
    public UnitsBelow below(@PathParam("unitId") long unitId, @PathParam("year") int year) {
        return statistics.below(unitId, year);
    }

    @POST
    @Path("reports/{unitId}/{year}/prepare")
    @RequiresPermission(CorePermissions.COLLECTION_SUBMIT)
    public Response prepare(@PathParam("unitId") long unitId, @PathParam("year") int year,
                            @QueryParam("version") Long version,
                            @Context HttpHeaders headers) {
        return answer(statistics.prepare(unitId, year, Preconditions.requiredVersion(headers, version)));
    }

    @POST
    @Path("reports/{unitId}/{year}/submit")
    @RequiresPermission(CorePermissions.COLLECTION_SUBMIT)
    public Response submit(@PathParam("unitId") long unitId, @PathParam("year") int year,
                            @QueryParam("version") Long version,
                            @Context HttpHeaders headers) {
        return answer(statistics.submit(unitId, year, Preconditions.requiredVersion(headers, version)));
    }

    @POST
    @Path("reports/{unitId}/{year}/accept")
    @RequiresPermission(CorePermissions.COLLECTION_ISSUE)
    public Response accept(@PathParam("unitId") long unitId, @PathParam("year") int year,
                            @QueryParam("version") Long version,
                            @Context HttpHeaders headers) {
        return answer(statistics.accept(unitId, year, Preconditions.requiredVersion(headers, version)));
    }

    @POST
    @Path("reports/{unitId}/{year}/return")
    @RequiresPermission(CorePermissions.COLLECTION_ISSUE)
    public Response returnReport(@PathParam("unitId") long unitId, @PathParam("year") int year,
                                 @QueryParam("version") Long version,
                                 @Context HttpHeaders headers, ReturnDraft draft) {
        long expected = Preconditions.requiredVersion(headers, version);
        return answer(statistics.returnReport(unitId, year, expected, draft == null ? null : draft.reason()));
    }

    /** The report with its version as ETag, for the next step's {@code If-Match}. */
    private static Response answer(AnnualReport report) {
        return Preconditions.okWithVersion(report, report.version()).build();
    }

    private static <T> T required(T value, String parameter) {
        if (value == null) {
            throw ValidationException.of(parameter, CoreMessages.message("query.required"));
        }
        return value;
    }
}
