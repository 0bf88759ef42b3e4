package org.grassroots.dues.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.dues.internal.Arrears;
import org.grassroots.dues.internal.ArrearsRow;
import org.grassroots.dues.internal.BandSet;
import org.grassroots.dues.internal.BandSetDraft;
import org.grassroots.dues.internal.Bands;
import org.grassroots.dues.internal.Dashboard;
import org.grassroots.dues.internal.DuesCategory;
import org.grassroots.dues.internal.DuesModule;
import org.grassroots.dues.internal.DuesStatistics;
import org.grassroots.dues.internal.YearlyStatement;
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
 * {@code /statistics} (the module's panel: a subtree's year or month), {@code /arrears}, members' yearly
 * statements, and the bands ({@code /bands}, changed by the district only).
 */
@Component(service = FigureResource.class)
@ModuleResource(DuesModule.ID)
@Path("")
@RequiresPermission(DuesModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FigureResource {
    private final DuesStatistics statistics;
    private final Arrears arrears;
    private final Bands bands;
    private final ModuleScope scope;

    @Activate
    public FigureResource(@Reference DuesStatistics statistics, @Reference Arrears arrears, @Reference Bands bands,
                          @Reference ModuleScopes scopes) {
        this.statistics = statistics;
        this.arrears = arrears;
        this.bands = bands;
        this.scope = scopes.of(DuesModule.ID);
    }

    @GET
    @Path("statistics")
    public Dashboard statistics(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                @QueryParam("month") @ParamRange(min = 1, max = 12) Integer month) {
        int y = year == null ? LocalDate.now().getYear() : year;
        return statistics.dashboard(scope.enabledUnit(unit, "unit"), y, month);
    }

    /** Members in arrears as of {@code period} (default now); {@code flagged=true}: six consecutive months or more. */
    @GET
    @Path("arrears")
    public Page<ArrearsRow> arrears(@QueryParam("unit") Long unit, @QueryParam("period") String period,
                                    @QueryParam("flagged") Boolean flagged, @BeanParam PageParams page) {
        return arrears.search(unit, period, Boolean.TRUE.equals(flagged), page.toRequest());
    }

    @GET
    @Path("members/{memberId}/statement")
    public YearlyStatement statement(@PathParam("memberId") long memberId,
                               @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return arrears.statement(memberId, year == null ? LocalDate.now().getYear() : year);
    }

    /** The signed-in member's own statement (their account is linked to a member). */
    @GET
    @Path("my/statement")
    @RequiresPermission(DuesModule.OWN)
    public YearlyStatement own(@QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return arrears.own(year == null ? LocalDate.now().getYear() : year);
    }

    @GET
    @Path("bands")
    public List<BandSet> bands() {
        return bands.list();
    }

    @GET
    @Path("bands/{category}")
    @Returns(BandSet.class)
    public Response band(@PathParam("category") DuesCategory category) {
        return Responses.ok(bands.get(category));
    }

    @PUT
    @Path("bands/{category}")
    @RequiresPermission(DuesModule.SETTINGS)
    @Returns(BandSet.class)
    public Response replace(@PathParam("category") DuesCategory category, BandSetDraft draft, @Context HttpHeaders headers,
                            @QueryParam("version") Long version) {
        return Responses.ok(bands.replace(category, Preconditions.requiredVersion(headers, version), draft));
    }
}
