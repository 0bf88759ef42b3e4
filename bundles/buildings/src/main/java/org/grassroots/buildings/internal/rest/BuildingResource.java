package org.grassroots.buildings.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
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

import org.grassroots.buildings.internal.Belt;
import org.grassroots.buildings.internal.Building;
import org.grassroots.buildings.internal.BuildingDraft;
import org.grassroots.buildings.internal.Buildings;
import org.grassroots.buildings.internal.BuildingsModule;
import org.grassroots.buildings.internal.BuildingsStatistics;
import org.grassroots.buildings.internal.CoverageReport;
import org.grassroots.buildings.internal.CoverageReports;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.module.Statistic;
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

/** Buildings: {@code /api/buildings/buildings} (profiles), {@code /coverage} per building and belt, {@code /statistics}. */
@Component(service = BuildingResource.class)
@ModuleResource(BuildingsModule.ID)
@RequiresPermission(BuildingsModule.READ)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BuildingResource {
    private final Buildings buildings;
    private final CoverageReports coverage;
    private final BuildingsStatistics statistics;

    @Activate
    public BuildingResource(@Reference Buildings buildings, @Reference CoverageReports coverage,
                            @Reference BuildingsStatistics statistics) {
        this.buildings = buildings;
        this.coverage = coverage;
        this.statistics = statistics;
    }

    @GET
    @Path("buildings")
    public Page<Building> search(@QueryParam("unit") Long unit, @QueryParam("belt") Belt belt, @BeanParam PageParams page) {
        return buildings.search(unit, belt, page.toRequest());
    }

    @POST
    @Path("buildings")
    @RequiresPermission(BuildingsModule.MANAGE)
    @Returns(Building.class)
    public Response create(BuildingDraft draft) {
        return Responses.created("buildings", buildings.create(draft));
    }

    @GET
    @Path("buildings/{id}")
    @Returns(Building.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(buildings.get(id));
    }

    @PUT
    @Path("buildings/{id}")
    @RequiresPermission(BuildingsModule.MANAGE)
    @Returns(Building.class)
    public Response update(@PathParam("id") long id, BuildingDraft draft, @Context HttpHeaders headers,
                           @QueryParam("version") Long version) {
        return Responses.ok(buildings.update(id, Preconditions.requiredVersion(headers, version), draft));
    }

    /** Party coverage of the enterprises in the buildings under the unit on a day (today by default). */
    @GET
    @Path("coverage")
    public CoverageReport coverage(@QueryParam("unit") Long unit, @QueryParam("asOf") LocalDate asOf) {
        return coverage.report(unit, asOf);
    }

    @GET
    @Path("statistics")
    public List<Statistic> statistics(@QueryParam("unit") Long unit,
                                      @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return statistics.forUnit(unit, year == null ? LocalDate.now().getYear() : year);
    }
}
