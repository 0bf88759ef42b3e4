package org.grassroots.affairs.internal.rest;

import java.time.LocalDate;

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
import org.grassroots.affairs.internal.assessment.AssessmentFigures;
import org.grassroots.affairs.internal.assessment.AssessmentStatistics;
import org.grassroots.affairs.internal.assessment.Round;
import org.grassroots.affairs.internal.assessment.RoundDraft;
import org.grassroots.affairs.internal.assessment.RoundKind;
import org.grassroots.affairs.internal.assessment.Rounds;
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

/**
 * {@code /rounds}: the yearly assessment rounds (述职评议, 分类定等) the level above opens for its subtree and closes
 * when every record is decided; {@code /rounds/figures} the assessment figures of a subtree and year.
 */
@Component(service = RoundResource.class)
@ModuleResource(AffairsModule.ID)
@Path("rounds")
@RequiresPermission(AffairsModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoundResource {
    private final Rounds rounds;
    private final AssessmentStatistics statistics;

    @Activate
    public RoundResource(@Reference Rounds rounds, @Reference AssessmentStatistics statistics) {
        this.rounds = rounds;
        this.statistics = statistics;
    }

    @GET
    public Page<Round> search(@QueryParam("unit") Long unit, @QueryParam("kind") RoundKind kind,
                              @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year, @BeanParam PageParams page) {
        return rounds.search(unit, kind, year, page.toRequest());
    }

    @POST
    @RequiresPermission(AffairsModule.REVIEW)
    @Returns(Round.class)
    public Response open(RoundDraft draft) {
        return Responses.created("rounds", rounds.open(draft));
    }

    @GET
    @Path("{id}")
    @Returns(Round.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(rounds.get(id));
    }

    @POST
    @Path("{id}/close")
    @RequiresPermission(AffairsModule.REVIEW)
    @Returns(Round.class)
    public Response close(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(rounds.close(id, Preconditions.requiredVersion(headers, version)));
    }

    /** Grades of the organizations, 述职评议 coverage and results, capability sessions: a subtree's year. */
    @GET
    @Path("figures")
    public AssessmentFigures figures(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return statistics.figuresInScope(unit, year == null ? LocalDate.now().getYear() : year);
    }
}
