package org.grassroots.dues.internal.rest;

import java.io.InputStream;
import java.util.List;

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
import javax.ws.rs.core.StreamingOutput;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.dues.internal.DuesModule;
import org.grassroots.dues.internal.DuesSheets.ImportResult;
import org.grassroots.dues.internal.DuesSheets;
import org.grassroots.dues.internal.Months;
import org.grassroots.dues.internal.PaymentChannel;
import org.grassroots.dues.internal.UnmatchedPayment;
import org.grassroots.dues.internal.UnmatchedPayments;
import org.grassroots.dues.internal.UnmatchedStatus;
import org.grassroots.rest.Downloads;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Spreadsheets (XLSX or CSV): {@code /months/{id}/export} (the month's list, also the import template),
 * {@code /months/{id}/import} (a bank's or WeChat Pay's export: matched rows paid, the others listed),
 * {@code /months/report} (the settlement report of a subtree for a month), {@code /months/{id}/unmatched} (the rows of
 * the month's imports kept for manual matching, {@link UnmatchedResource}).
 */
@Component(service = SheetResource.class)
@ModuleResource(DuesModule.ID)
@Path("months")
@RequiresPermission(DuesModule.READ)
public class SheetResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final DuesSheets sheets;
    private final Months months;
    private final ModuleScope scope;
    private final UnmatchedPayments unmatched;

    @Activate
    public SheetResource(@Reference DuesSheets sheets, @Reference Months months, @Reference ModuleScopes scopes,
                         @Reference UnmatchedPayments unmatched) {
        this.sheets = sheets;
        this.months = months;
        this.scope = scopes.of(DuesModule.ID);
        this.unmatched = unmatched;
    }

    /** The month's kept import rows (all, or those of a status), in the order of the files. */
    @GET
    @Path("{id}/unmatched")
    @Produces(MediaType.APPLICATION_JSON)
    public List<UnmatchedPayment> unmatched(@PathParam("id") long id, @QueryParam("status") UnmatchedStatus status) {
        return unmatched.ofMonth(id, status);
    }

    @GET
    @Path("{id}/export")
    @Produces({ XLSX, "text/csv", MediaType.APPLICATION_JSON })
    public Response export(@PathParam("id") long id, @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        var month = months.get(id);
        StreamingOutput body = out -> sheets.exportMonth(id, format, out);
        return Downloads.attachment(body, format, "dues-" + month.period() + "-" + month.organizationId());
    }

    /** The file is the body; {@code format} says which; {@code channel} is how the rows were paid (default WeChat Pay). */
    @POST
    @Path("{id}/import")
    @RequiresPermission(DuesModule.COLLECT)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult importPayments(@PathParam("id") long id, @QueryParam("format") @DefaultValue("XLSX") FileFormat format,
                                       @QueryParam("channel") @DefaultValue("WECHAT") PaymentChannel channel, InputStream body) {
        return sheets.importPayments(id, format, channel, body);
    }

    @GET
    @Path("report")
    @Produces({ XLSX, "text/csv", MediaType.APPLICATION_JSON })
    public Response report(@QueryParam("unit") Long unit, @QueryParam("period") String period,
                           @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        Organization u = scope.enabledUnit(unit, "unit");
        months.search(u.id(), period, null, null, org.grassroots.core.api.PageRequest.of(0, 1)); // 422 on a bad period first
        StreamingOutput body = out -> sheets.report(u, period, format, out);
        return Downloads.attachment(body, format, "dues-report-" + u.code() + (period == null ? "" : "-" + period));
    }
}
