package org.grassroots.membership.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.Page;
import org.grassroots.membership.internal.MembershipModule;
import org.grassroots.membership.internal.SixMonthReport;
import org.grassroots.membership.internal.SixMonthRule;
import org.grassroots.membership.internal.StatusDraft;
import org.grassroots.membership.internal.StatusEvent;
import org.grassroots.membership.internal.StatusEvents;
import org.grassroots.membership.internal.StatusKind;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /status}: membership status events (how membership ends, suspension, lost contact), read-only once recorded;
 * {@code /six-months}: the members who meet the six-month rule.
 */
@Component(service = StatusResource.class)
@ModuleResource(MembershipModule.ID)
@Path("")
@RequiresPermission(MembershipModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatusResource {
    private final StatusEvents events;
    private final SixMonthRule sixMonths;

    @Activate
    public StatusResource(@Reference StatusEvents events, @Reference SixMonthRule sixMonths) {
        this.events = events;
        this.sixMonths = sixMonths;
    }

    /** The members of the unit's subtree who meet the six-month rule on {@code asOf} (today by default). */
    @GET
    @Path("six-months")
    public SixMonthReport sixMonths(@QueryParam("unit") Long unit, @QueryParam("asOf") LocalDate asOf,
                                    @BeanParam PageParams page) {
        return sixMonths.report(unit, asOf, page.toRequest());
    }

    @GET
    @Path("status")
    public Page<StatusEvent> search(@QueryParam("unit") Long unit, @QueryParam("kind") StatusKind kind,
                                    @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                    @BeanParam PageParams page) {
        return events.search(unit, kind, year, page.toRequest());
    }

    @POST
    @Path("status")
    @RequiresPermission(MembershipModule.DECIDE)
    @Returns(StatusEvent.class)
    public Response record(StatusDraft draft) {
        StatusEvent event = events.record(draft);
        return Response.created(java.net.URI.create("status/" + event.id())).entity(event).build();
    }

    @GET
    @Path("members/{memberId}/status")
    public List<StatusEvent> ofMember(@PathParam("memberId") long memberId) {
        return events.ofMember(memberId);
    }
}
