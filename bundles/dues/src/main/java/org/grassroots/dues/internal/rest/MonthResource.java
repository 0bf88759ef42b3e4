package org.grassroots.dues.internal.rest;

import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.Page;
import org.grassroots.dues.internal.Due;
import org.grassroots.dues.internal.DueStatus;
import org.grassroots.dues.internal.DuesModule;
import org.grassroots.dues.internal.Month;
import org.grassroots.dues.internal.MonthDraft;
import org.grassroots.dues.internal.MonthOpening;
import org.grassroots.dues.internal.MonthStatus;
import org.grassroots.dues.internal.MonthStep;
import org.grassroots.dues.internal.Months;
import org.grassroots.dues.internal.Payments;
import org.grassroots.dues.internal.StepNote;
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
 * {@code /months}: the monthly cycle per organization. Opening computes the dues; {@code refresh}, {@code settle}
 * and {@code reopen} take the month's ETag in {@code If-Match} and answer 409 when the state does not allow the step
 * (naming the allowed one) or the version is stale.
 */
@Component(service = MonthResource.class)
@ModuleResource(DuesModule.ID)
@Path("months")
@RequiresPermission(DuesModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MonthResource {
    private final Months months;
    private final Payments payments;

    @Activate
    public MonthResource(@Reference Months months, @Reference Payments payments) {
        this.months = months;
        this.payments = payments;
    }

    /** The months of the unit's subtree: {@code period} (2024-03) or {@code year}, {@code status}. */
    @GET
    public Page<Month> search(@QueryParam("unit") Long unit, @QueryParam("period") String period,
                              @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                              @QueryParam("status") MonthStatus status, @BeanParam PageParams page) {
        return months.search(unit, period, year, status, page.toRequest());
    }

    @POST
    @RequiresPermission(DuesModule.COLLECT)
    public MonthOpening open(MonthDraft draft) {
        return months.open(draft);
    }

    @GET
    @Path("{id}")
    @Returns(Month.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(months.get(id));
    }

    @GET
    @Path("{id}/history")
    public List<MonthStep> history(@PathParam("id") long id) {
        return months.history(id);
    }

    /** The month's dues, one per member: {@code status}, {@code q} (part of a name). */
    @GET
    @Path("{id}/dues")
    public Page<Due> dues(@PathParam("id") long id, @QueryParam("status") DueStatus status, @QueryParam("q") String name,
                          @BeanParam PageParams page) {
        return payments.ofMonth(id, status, name, page.toRequest());
    }

    @POST
    @Path("{id}/refresh")
    @RequiresPermission(DuesModule.COLLECT)
    public MonthOpening refresh(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return months.refresh(id, Preconditions.requiredVersion(headers, version));
    }

    @POST
    @Path("{id}/settle")
    @RequiresPermission(DuesModule.COLLECT)
    @Returns(Month.class)
    public Response settle(@PathParam("id") long id, StepNote draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(months.settle(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @POST
    @Path("{id}/reopen")
    @RequiresPermission(DuesModule.REOPEN)
    @Returns(Month.class)
    public Response reopen(@PathParam("id") long id, StepNote draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(months.reopen(id, Preconditions.requiredVersion(headers, version), draft));
    }
}
