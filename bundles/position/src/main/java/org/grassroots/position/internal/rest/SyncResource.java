package org.grassroots.position.internal.rest;

import java.time.LocalDate;

import javax.ws.rs.core.StreamingOutput;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.Downloads;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
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

import org.grassroots.core.api.Page;
import org.grassroots.position.internal.*;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The city-system exchange and the module's figures: {@code /sync/export} (JSON, or {@code format=xlsx|csv}; all
 * positions of the subtree or {@code changed=true}), {@code /sync/acknowledgement} (the city system's answer, which
 * sets each recorded position's synced marker), {@code /statistics} (the dashboard panel of a subtree and year).
 */
@Component(service = SyncResource.class)
@ModuleResource(PositionModule.ID)
@Path("")
@RequiresPermission(PositionModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SyncResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final CitySync sync;
    private final PositionStatistics statistics;
    private final ModuleScope scope;

    @Activate
    public SyncResource(@Reference CitySync sync, @Reference PositionStatistics statistics, @Reference ModuleScopes scopes) {
        this.sync = sync;
        this.statistics = statistics;
        this.scope = scopes.of(PositionModule.ID);
    }

    @GET
    @Path("sync/export")
    @RequiresPermission(PositionModule.SYNC)
    @Produces({ MediaType.APPLICATION_JSON, XLSX, "text/csv" })
    public Response export(@QueryParam("unit") Long unit, @QueryParam("changed") @DefaultValue("false") boolean changed,
                           @QueryParam("format") FileFormat format) {
        CityExport export = sync.export(unit, changed);
        if (format == null) {
            return Response.ok(export, MediaType.APPLICATION_JSON_TYPE).build();
        }
        StreamingOutput body = out -> sync.write(export, format, out);
        return Downloads.attachment(body, format, "positions-city-" + export.unitCode() + (changed ? "-changed" : ""));
    }

    @POST
    @Path("sync/acknowledgement")
    @RequiresPermission(PositionModule.SYNC)
    public AckResult acknowledge(CityAck ack) {
        return sync.acknowledge(ack);
    }

    /** The acknowledgement as a spreadsheet (columns 阵地编号, 数据版本; the body is the file): all rows or none. */
    @POST
    @Path("sync/acknowledgement/import")
    @RequiresPermission(PositionModule.SYNC)
    @Consumes(MediaType.WILDCARD)
    public AckResult importAcknowledgement(@QueryParam("format") @DefaultValue("XLSX") FileFormat format,
                                           @QueryParam("batch") String batch, java.io.InputStream body) {
        return sync.importAcknowledgement(batch, format, body);
    }

    @GET
    @Path("statistics")
    public Figures statistics(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return statistics.figures(scope.enabledUnit(unit, "unit"), year == null ? LocalDate.now().getYear() : year);
    }
}
