package org.grassroots.buildings.internal.rest;

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

import org.grassroots.buildings.internal.BuildingsModule;
import org.grassroots.buildings.internal.TenancySheets;
import org.grassroots.core.api.FileFormat;
import org.grassroots.rest.Downloads;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The enterprises in buildings as a spreadsheet (XLSX or CSV): {@code /tenancies/export} (current ones, or {@code all};
 * {@code template=true} gives the headers only) and {@code /tenancies/import} (move-ins, all rows or none, 422 with
 * {@code rowErrors}).
 */
@Component(service = TenancySheetResource.class)
@ModuleResource(BuildingsModule.ID)
@Path("")
@RequiresPermission(BuildingsModule.READ)
public class TenancySheetResource {
    private final TenancySheets sheets;

    @Activate
    public TenancySheetResource(@Reference TenancySheets sheets) {
        this.sheets = sheets;
    }

    @GET
    @Path("tenancies/export")
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON })
    public Response export(@QueryParam("unit") Long unit, @QueryParam("format") @DefaultValue("XLSX") FileFormat format,
                           @QueryParam("all") Boolean all, @QueryParam("template") Boolean template) {
        boolean headersOnly = Boolean.TRUE.equals(template);
        TenancySheets.Export export = sheets.export(unit, format, Boolean.TRUE.equals(all), headersOnly);
        StreamingOutput body = export::writeTo;
        return Downloads.attachment(body, format, (headersOnly ? "tenancies-template-" : "tenancies-") + export.unitCode()
                + "-" + LocalDate.now());
    }

    /** The file is the body (XLSX or CSV, UTF-8 or GBK); {@code format} says which. */
    @POST
    @Path("tenancies/import")
    @RequiresPermission(BuildingsModule.MANAGE)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public TenancySheets.ImportResult importMoveIns(@QueryParam("unit") Long unit, @QueryParam("format") FileFormat format,
                                                    InputStream body) {
        return sheets.importMoveIns(unit, format, body);
    }
}
