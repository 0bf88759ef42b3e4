package org.grassroots.industrial.internal.rest;

import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.industrial.internal.IndustrialModule;
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

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.ValidationException;
import org.grassroots.industrial.internal.IndustrialSheets;
import org.grassroots.industrial.internal.IndustrialSheets.ImportResult;
import org.grassroots.industrial.internal.IndustrialModule;
import org.grassroots.rest.Downloads;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.ModuleResource;
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
    private final ModuleScope scope;

    @Activate
    public SpreadsheetResource(@Reference IndustrialSheets sheets, @Reference ModuleScopes scopes) {
        this.sheets = sheets;
        this.scope = scopes.of(IndustrialModule.ID);
    }

    @GET
    @Path("enterprises/export")
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON })
    public Response exportCoverage(@QueryParam("unit") Long unit, @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        FileFormat f = format(format);
        Organization u = scope.enabledUnit(unit, "unit");
        StreamingOutput body = out -> sheets.exportCoverage(u, f, out);
        return Downloads.attachment(body, f, "enterprises-" + u.code() + "-" + LocalDate.now());
    }

    /** The file is the body (XLSX or CSV, UTF-8 or GBK); {@code format} says which. */
    @POST
    @Path("enterprises/import")
    @RequiresPermission(IndustrialModule.ADMIN)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importCoverage(@QueryParam("unit") Long unit, @QueryParam("format") FileFormat format, InputStream body) {
        Organization u = scope.enabledUnit(unit, "unit");
        return sheets.importCoverage(u, format(format), body);
    }

    /** The format asked for; the converter refuses unknown ones, this refuses a missing one. */
    static FileFormat format(FileFormat format) {
        if (format == null) {
            throw new ValidationException(FieldError.of("format", "required: XLSX or CSV"));
        }
        return format;
    }
}
