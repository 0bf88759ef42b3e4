package org.grassroots.membership.internal.rest;

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

import org.grassroots.core.api.Page;
import org.grassroots.membership.internal.*;
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

/** {@code /plans}: yearly development plans; {@code PUT} creates or replaces a unit's plan of a year. */
@Component(service = PlanResource.class)
@ModuleResource(MembershipModule.ID)
@Path("")
@RequiresPermission(MembershipModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {
    private final Plans plans;
    private final MembershipStatistics statistics;

    @Activate
    public PlanResource(@Reference Plans plans, @Reference MembershipStatistics statistics) {
        this.plans = plans;
        this.statistics = statistics;
    }

    @GET
    @Path("plans")
    public Page<Plan> search(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                             @BeanParam PageParams page) {
        return plans.search(unit, year, page.toRequest());
    }

    @PUT
    @Path("plans")
    @RequiresPermission(MembershipModule.WRITE)
    public Plan save(PlanDraft draft) {
        return plans.save(draft);
    }

    @GET
    @Path("statistics")
    public Figures statistics(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return statistics.figures(unit, year == null ? java.time.LocalDate.now().getYear() : year);
    }
}
