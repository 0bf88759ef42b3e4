package org.grassroots.community.internal.rest;

import java.io.InputStream;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.community.internal.CommunityModule;
import org.grassroots.community.internal.ListSheets;
import org.grassroots.community.internal.RegistrationSheets;
import org.grassroots.community.internal.RegistrationSheets.Imported;
import org.grassroots.core.api.FileFormat;
import org.grassroots.rest.Downloads;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Spreadsheets (XLSX by default, {@code ?format=CSV}): {@code GET /api/community/sheets/registrations} downloads the
 * 双报到 registrations under the unit, {@code POST} uploads new ones in the same layout, all rows or none (422 with
 * {@code rowErrors}: row, column, reason); {@code GET .../pairings} the pairings with their lists and
 * {@code GET .../station-visits?year=} the stations' months (downloads only). Scope and permissions are checked and
 * the rows read before streaming.
 */
@Component(service = SheetResource.class)
@ModuleResource(CommunityModule.ID)
@RequiresPermission(CommunityModule.READ)
@Path("sheets")
public class SheetResource {
    private final RegistrationSheets sheets;
    private final ListSheets lists;

    @Activate
    public SheetResource(@Reference RegistrationSheets sheets, @Reference ListSheets lists) {
        this.sheets = sheets;
        this.lists = lists;
    }

    @GET
    @Path("pairings")
    public Response pairings(@QueryParam("unit") Long unit, @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        List<List<String>> rows = lists.pairingRows(unit);
        return Downloads.attachment(out -> lists.write(format, ListSheets.PAIRING_HEADERS, rows, out), format, "community-pairings");
    }

    @GET
    @Path("station-visits")
    public Response stationVisits(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                  @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        List<List<String>> rows = lists.visitRows(unit, year == null ? java.time.LocalDate.now().getYear() : year);
        return Downloads.attachment(out -> lists.write(format, ListSheets.VISIT_HEADERS, rows, out), format, "community-station-visits");
    }

    @GET
    @Path("registrations")
    public Response registrations(@QueryParam("unit") Long unit, @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        List<List<String>> rows = sheets.rows(unit);
        return Downloads.attachment(out -> sheets.write(format, rows, out), format, "community-registrations");
    }

    @POST
    @Path("registrations")
    @RequiresPermission(CommunityModule.MANAGE)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Imported importRegistrations(@QueryParam("unit") Long unit, @QueryParam("format") @DefaultValue("XLSX") FileFormat format,
                                        InputStream body) {
        return sheets.importRows(unit, format, body);
    }
}
