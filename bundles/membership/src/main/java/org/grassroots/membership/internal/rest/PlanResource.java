package org.grassroots.membership.internal.rest;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.grassroots.core.api.Page;
import org.grassroots.membership.internal.Figures;
import org.grassroots.membership.internal.MembershipModule;
import org.grassroots.membership.internal.MembershipStatistics;
import org.grassroots.membership.internal.Plan;
import org.grassroots.membership.internal.PlanDraft;
import org.grassroots.membership.internal.Plans;
import org.grassroots.membership.internal.Reminder;
import org.grassroots.membership.internal.Reminders;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /plans}: yearly development plans ({@code PUT} creates or replaces a unit's plan of a year); the figures; what falls due. */
@Component(service = PlanResource.class)
@ModuleResource(MembershipModule.ID)
@Path("")
@RequiresPermission(MembershipModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {
    private final Plans plans;
    private final MembershipStatistics statistics;
    private final Reminders reminders;

    @Activate
    public PlanResource(@Reference Plans plans, @Reference MembershipStatistics statistics, @Reference Reminders reminders) {
        this.plans = plans;
        this.statistics = statistics;
        this.reminders = reminders;
    }

    /** What falls due for the secretaries of the unit's subtree within {@code within} days (default 30), overdue included. */
    @GET
    @Path("reminders")
    public java.util.List<Reminder> reminders(@QueryParam("unit") Long unit,
                                              @QueryParam("within") @ParamRange(min = 0, max = 366) Integer within) {
        return reminders.due(unit, within == null ? 30 : within);
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
