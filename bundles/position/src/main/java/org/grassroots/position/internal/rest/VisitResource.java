package org.grassroots.position.internal.rest;

import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.grassroots.core.api.FileFormat;
import org.grassroots.position.internal.PositionModule;
import org.grassroots.position.internal.VisitImport;
import org.grassroots.position.internal.Visits;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /visits/import}: a spreadsheet of monthly counts (阵地编号, 月份, 服务类型, 到访人次, 服务次数; all rows or none);
 * a position's own counts are under {@code /positions/{id}/visits} ({@link PositionResource}).
 */
@Component(service = VisitResource.class)
@ModuleResource(PositionModule.ID)
@Path("visits")
@RequiresPermission(PositionModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {
    private final Visits visits;

    @Activate
    public VisitResource(@Reference Visits visits) {
        this.visits = visits;
    }

    /** The file is the body; {@code format} says which (XLSX or CSV). */
    @POST
    @Path("import")
    @RequiresPermission(PositionModule.MANAGE)
    @Consumes(MediaType.WILDCARD)
    public VisitImport importSheet(@QueryParam("unit") Long unit, @QueryParam("format") @DefaultValue("XLSX") FileFormat format,
                                   InputStream body) {
        return visits.importSheet(unit, format, body);
    }
}
