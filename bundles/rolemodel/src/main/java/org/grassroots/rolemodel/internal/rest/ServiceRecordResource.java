package org.grassroots.rolemodel.internal.rest;

import java.io.InputStream;
import java.util.List;

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

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.grassroots.rolemodel.internal.*;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /service-records}: service records of the campaigns; {@code /statistics}: the module's figures. */
@Component(service = ServiceRecordResource.class)
@ModuleResource(RoleModelModule.ID)
@Path("")
@RequiresPermission(RoleModelModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceRecordResource {
    private final ServiceRecords services;
    private final RoleModelStatistics statistics;
    private final RoleModelImports imports;

    @Activate
    public ServiceRecordResource(@Reference ServiceRecords services, @Reference RoleModelStatistics statistics,
                                 @Reference RoleModelImports imports) {
        this.imports = imports;
        this.services = services;
        this.statistics = statistics;
    }

    @GET
    @Path("service-records")
    public Page<ServiceRecord> search(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                      @QueryParam("campaign") Campaign campaign, @BeanParam PageParams page) {
        return services.search(unit, year, campaign, page.toRequest());
    }

    @POST
    @Path("service-records")
    @RequiresPermission(RoleModelModule.WRITE)
    public Response create(ServiceRecordDraft draft) {
        return RoleModelResponses.added(services.create(draft));
    }

    /** Imports a sheet of service records (XLSX or CSV, all or nothing; 422 naming every refused row and column). */
    @POST
    @Path("service-records/import")
    @RequiresPermission(RoleModelModule.WRITE)
    @Consumes(MediaType.WILDCARD)
    public RoleModelImports.Imported importSheet(@QueryParam("unit") Long unit, @QueryParam("format") @DefaultValue("XLSX") FileFormat format,
                                                 InputStream body) {
        return imports.importServices(unit, format, body);
    }

    /** The module's figures for the unit's subtree and a year. */
    @GET
    @Path("statistics")
    public List<Statistic> statistics(@QueryParam("unit") Long unit,
                                      @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return statistics.forUnit(unit, year == null ? java.time.LocalDate.now().getYear() : year);
    }
}
