package org.grassroots.buildings.internal.rest;

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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.buildings.internal.BuildingsModule;
import org.grassroots.buildings.internal.Committee;
import org.grassroots.buildings.internal.Decision;
import org.grassroots.buildings.internal.DecisionAction;
import org.grassroots.buildings.internal.DecisionCompletion;
import org.grassroots.buildings.internal.DecisionDraft;
import org.grassroots.buildings.internal.DecisionStatus;
import org.grassroots.buildings.internal.DecisionStep;
import org.grassroots.buildings.internal.Decisions;
import org.grassroots.buildings.internal.OverdueRun;
import org.grassroots.core.api.Page;
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

/** Committee decisions and their follow-up: {@code /api/buildings/decisions}, the steps and the overdue check. */
@Component(service = DecisionResource.class)
@ModuleResource(BuildingsModule.ID)
@RequiresPermission(BuildingsModule.READ)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionResource {
    private final Decisions decisions;

    @Activate
    public DecisionResource(@Reference Decisions decisions) {
        this.decisions = decisions;
    }

    @POST
    @Path("meetings/{id}/decisions")
    @RequiresPermission(BuildingsModule.COMMITTEE)
    @Returns(Decision.class)
    public Response record(@PathParam("id") long meetingId, DecisionDraft draft) {
        return Responses.created("decisions", decisions.record(meetingId, draft));
    }

    @GET
    @Path("decisions")
    public Page<Decision> search(@QueryParam("unit") Long unit, @QueryParam("status") DecisionStatus status,
                                 @QueryParam("overdue") Boolean overdue,
                                 @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year, @BeanParam PageParams page) {
        return decisions.search(unit, status, overdue, year, page.toRequest());
    }

    @GET
    @Path("decisions/{id}")
    @Returns(Decision.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(decisions.get(id));
    }

    @GET
    @Path("decisions/{id}/history")
    public List<DecisionStep> history(@PathParam("id") long id) {
        return decisions.history(id);
    }

    @POST
    @Path("decisions/{id}/start")
    @RequiresPermission(BuildingsModule.COMMITTEE)
    @Returns(Decision.class)
    public Response start(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(decisions.act(id, Preconditions.requiredVersion(headers, version), DecisionAction.START, null));
    }

    @POST
    @Path("decisions/{id}/complete")
    @RequiresPermission(BuildingsModule.COMMITTEE)
    @Returns(Decision.class)
    public Response complete(@PathParam("id") long id, DecisionCompletion completion, @Context HttpHeaders headers,
                             @QueryParam("version") Long version) {
        return Responses.ok(decisions.act(id, Preconditions.requiredVersion(headers, version), DecisionAction.COMPLETE,
                completion == null ? null : completion.doneOn()));
    }

    /** Notifies the overdue decisions in the caller's scope not notified before (the periodic check does the same). */
    @POST
    @Path("decisions/overdue-check")
    @RequiresPermission(BuildingsModule.COMMITTEE)
    public OverdueRun overdueCheck() {
        return decisions.notifyOverdue(LocalDate.now());
    }
}
