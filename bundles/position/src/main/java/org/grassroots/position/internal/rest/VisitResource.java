package org.grassroots.position.internal.rest;

import java.io.InputStream;
import java.time.LocalDate;
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

import org.grassroots.core.api.FileFormat;
import org.grassroots.position.internal.PositionModule;
import org.grassroots.position.internal.VisitCount;
import org.grassroots.position.internal.VisitDraft;
import org.grassroots.position.internal.VisitImport;
import org.grassroots.position.internal.Visits;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The use of the positions: {@code /positions/{id}/visits} (a year's counts; an entry of a month and service type),
 * {@code /visits/import} (a spreadsheet of counts: 阵地编号, 月份, 服务类型, 到访人次, 服务次数; all rows or none).
 */
@Component(service = VisitResource.class)
@ModuleResource(PositionModule.ID)
@Path("")
@RequiresPermission(PositionModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {
    private final Visits visits;

    @Activate
    public VisitResource(@Reference Visits visits) {
        this.visits = visits;
    }

    @GET
    @Path("positions/{id}/visits")
    public List<VisitCount> list(@PathParam("id") long id, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return visits.list(id, year == null ? LocalDate.now().getYear() : year);
    }

    @POST
    @Path("positions/{id}/visits")
    @RequiresPermission(PositionModule.MANAGE)
    public VisitCount record(@PathParam("id") long id, VisitDraft draft) {
        return visits.record(id, draft);
    }

    /** The file is the body; {@code format} says which (XLSX or CSV). */
    @POST
    @Path("visits/import")
    @RequiresPermission(PositionModule.MANAGE)
    @Consumes(MediaType.WILDCARD)
    public VisitImport importSheet(@QueryParam("unit") Long unit, @QueryParam("format") @DefaultValue("XLSX") FileFormat format,
                                   InputStream body) {
        return visits.importSheet(unit, format, body);
    }
}
