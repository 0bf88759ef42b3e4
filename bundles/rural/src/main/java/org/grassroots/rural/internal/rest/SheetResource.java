package org.grassroots.rural.internal.rest;

import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.FileFormat;
import org.grassroots.rest.Downloads;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rural.internal.ClassificationSheets;
import org.grassroots.rural.internal.Classifications;
import org.grassroots.rural.internal.EnterpriseSheets;
import org.grassroots.rural.internal.IncomeSheets;
import org.grassroots.rural.internal.NeedSheets;
import org.grassroots.rural.internal.RuralModule;
import org.grassroots.rural.internal.SheetRows.Imported;
import org.grassroots.rural.internal.SheetRows.Table;
import org.grassroots.rural.internal.SheetRows;
import org.grassroots.rural.internal.VisitSheets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Spreadsheets (XLSX by default, {@code ?format=CSV}): {@code GET /api/rural/sheets/<sheet>} downloads, {@code POST}
 * uploads the same layout back, all rows or none (422 with {@code rowErrors}: row, column, reason). Scope and
 * permissions are checked and the rows read before the download starts streaming.
 */
@Component(service = SheetResource.class)
@ModuleResource(RuralModule.ID)
@RequiresPermission("rural.read")
@Path("sheets")
public class SheetResource {
    private final SheetRows sheets;
    private final ClassificationSheets classificationSheets;
    private final VisitSheets visitSheets;
    private final EnterpriseSheets enterpriseSheets;
    private final NeedSheets needSheets;
    private final IncomeSheets incomeSheets;

    @Activate
    public SheetResource(@Reference SheetRows sheets, @Reference ClassificationSheets classificationSheets,
                         @Reference VisitSheets visitSheets, @Reference EnterpriseSheets enterpriseSheets,
                         @Reference NeedSheets needSheets, @Reference IncomeSheets incomeSheets) {
        this.sheets = sheets;
        this.classificationSheets = classificationSheets;
        this.visitSheets = visitSheets;
        this.enterpriseSheets = enterpriseSheets;
        this.needSheets = needSheets;
        this.incomeSheets = incomeSheets;
    }

    /** The assessment sheet: the unit's villages with their criterion scores of the year, one column per criterion. */
    @GET
    @Path("scores/{year}")
    public Response scores(@PathParam("year") int year, @QueryParam("unit") Long unit,
                           @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        Classifications.requireYear(year);
        return download(classificationSheets.scores(year, unit), format, "scores-" + year);
    }

    @POST
    @RequiresPermission("rural.classification.propose")
    @Path("scores/{year}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Imported importScores(@PathParam("year") int year, @QueryParam("unit") Long unit,
                                 @QueryParam("format") @DefaultValue("XLSX") FileFormat format, InputStream body) {
        return classificationSheets.importScores(year, unit, format, body);
    }

    @GET
    @Path("classifications/{year}")
    public Response classifications(@PathParam("year") int year, @QueryParam("unit") Long unit,
                                    @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        Classifications.requireYear(year);
        return download(classificationSheets.classifications(year, unit), format, "classification-" + year);
    }

    @GET
    @Path("visits")
    public Response visits(@QueryParam("unit") Long unit, @QueryParam("year") Integer year,
                           @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        if (year != null) {
            Classifications.requireYear(year);
        }
        return download(visitSheets.visits(unit, year), format, "visits" + (year == null ? "" : "-" + year));
    }

    @POST
    @RequiresPermission("rural.visit.manage")
    @Path("visits")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Imported importVisits(@QueryParam("unit") Long unit, @QueryParam("format") @DefaultValue("XLSX") FileFormat format,
                                 InputStream body) {
        return visitSheets.importVisits(unit, format, body);
    }

    @GET
    @Path("enterprises")
    public Response enterprises(@QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        return download(enterpriseSheets.enterprises(), format, "enterprises");
    }

    @POST
    @RequiresPermission("rural.pairing.manage")
    @Path("enterprises")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Imported importEnterprises(@QueryParam("format") @DefaultValue("XLSX") FileFormat format, InputStream body) {
        return enterpriseSheets.importEnterprises(format, body);
    }

    @GET
    @Path("needs")
    public Response needs(@QueryParam("unit") Long unit, @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        return download(needSheets.needs(unit), format, "needs");
    }

    @POST
    @RequiresPermission("rural.pairing.manage")
    @Path("needs")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Imported importNeeds(@QueryParam("unit") Long unit, @QueryParam("format") @DefaultValue("XLSX") FileFormat format,
                                InputStream body) {
        return needSheets.importNeeds(unit, format, body);
    }

    @GET
    @Path("income/{year}")
    public Response income(@PathParam("year") int year, @QueryParam("unit") Long unit,
                           @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        Classifications.requireYear(year);
        return download(incomeSheets.income(year, unit), format, "income-" + year);
    }

    @POST
    @RequiresPermission("rural.economy.manage")
    @Path("income/{year}")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Imported importIncome(@PathParam("year") int year, @QueryParam("unit") Long unit,
                                 @QueryParam("format") @DefaultValue("XLSX") FileFormat format, InputStream body) {
        return incomeSheets.importIncome(year, unit, format, body);
    }

    private Response download(Table table, FileFormat format, String baseName) {
        return Downloads.attachment(out -> sheets.write(format, table, out), format, "rural-" + baseName);
    }
}
