package org.grassroots.industrial.internal.rest;

import java.io.InputStream;
import java.time.LocalDate;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.grassroots.core.api.FileFormat;
import org.grassroots.industrial.internal.IndustrialModule;
import org.grassroots.industrial.internal.IndustrialSheets.ImportResult;
import org.grassroots.industrial.internal.IndustrialSheets;
import org.grassroots.rest.Downloads;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Spreadsheets (XLSX or CSV, through core's spreadsheet service): {@code /enterprises/export} (every enterprise of
 * the subtree with its coverage, also the template), {@code /enterprises/import} (all rows or none, 422 with
 * {@code rowErrors}); the request export is {@code RequestResource}'s.
 */
@Component(service = SpreadsheetResource.class)
@ModuleResource(IndustrialModule.ID)
@Path("")
@RequiresPermission(IndustrialModule.READ)
public class SpreadsheetResource {
    private final IndustrialSheets sheets;

    @Activate
    public SpreadsheetResource(@Reference IndustrialSheets sheets) {
        this.sheets = sheets;
    }

    @GET
    @Path("enterprises/export")
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON })
    public Response exportCoverage(@QueryParam("unit") Long unit, @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        FileFormat f = format(format);
        IndustrialSheets.CoverageExport export = sheets.coverageExport(unit, f);
        StreamingOutput body = out -> export.rows().writeTo(out);
        return Downloads.attachment(body, f, "enterprises-" + export.unitCode() + "-" + LocalDate.now());
    }

    /** The file is the body (XLSX or CSV, UTF-8 or GBK); {@code format} says which. */
    @POST
    @Path("enterprises/import")
    @RequiresPermission(IndustrialModule.ADMIN)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importCoverage(@QueryParam("unit") Long unit, @QueryParam("format") FileFormat format, InputStream body) {
        return sheets.importCoverage(unit, format, body);
    }

    /** The format asked for; the converter refuses unknown ones, this refuses a missing one. */
    static FileFormat format(FileFormat format) {
        return IndustrialSheets.requireFormat(format);
    }
}
