package org.grassroots.affairs.internal.rest;

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

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.affairs.internal.assessment.CapabilitySessions;
import org.grassroots.affairs.internal.assessment.RankedSession;
import org.grassroots.affairs.internal.assessment.ScoreDraft;
import org.grassroots.affairs.internal.assessment.Session;
import org.grassroots.affairs.internal.assessment.SessionDraft;
import org.grassroots.core.api.Page;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /sessions}: "上讲台、亮功夫" capability sessions, the judges' scores and a period's ranking. */
@Component(service = SessionResource.class)
@ModuleResource(AffairsModule.ID)
@Path("sessions")
@RequiresPermission(AffairsModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
    private final CapabilitySessions sessions;

    @Activate
    public SessionResource(@Reference CapabilitySessions sessions) {
        this.sessions = sessions;
    }

    @GET
    public Page<Session> search(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                @QueryParam("quarter") @ParamRange(min = 1, max = 4) Integer quarter, @BeanParam PageParams page) {
        return sessions.search(unit, year, quarter, page.toRequest());
    }

    @POST
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(Session.class)
    public Response record(SessionDraft draft) {
        return Responses.created("sessions", sessions.record(draft));
    }

    @GET
    @Path("{id}")
    @Returns(Session.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(sessions.get(id));
    }

    /** Judges' scores (0–100), all or none. */
    @POST
    @Path("{id}/scores")
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(Session.class)
    public Response score(@PathParam("id") long id, List<ScoreDraft> scores) {
        return Responses.ok(sessions.score(id, scores));
    }

    /** The scored sessions of a subtree in a year or a quarter, by their judges' mean score. */
    @GET
    @Path("ranking")
    public List<RankedSession> ranking(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                       @QueryParam("quarter") @ParamRange(min = 1, max = 4) Integer quarter) {
        return sessions.ranking(unit, year == null ? LocalDate.now().getYear() : year, quarter);
    }
}
