package org.grassroots.affairs.internal.rest;

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
import org.grassroots.affairs.internal.assessment.Grading;
import org.grassroots.affairs.internal.assessment.GradingAction;
import org.grassroots.affairs.internal.assessment.GradingStatus;
import org.grassroots.affairs.internal.assessment.GradingStep;
import org.grassroots.affairs.internal.assessment.Gradings;
import org.grassroots.affairs.internal.assessment.OrgGrade;
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
 * {@code /gradings}: 分类定等. The organization assesses itself against the round's criteria; the level above
 * returns the self-assessment with a reason or decides the grade ({@code If-Match} on every step).
 */
@Component(service = GradingResource.class)
@ModuleResource(AffairsModule.ID)
@Path("gradings")
@RequiresPermission(AffairsModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GradingResource {
    private final Gradings gradings;

    @Activate
    public GradingResource(@Reference Gradings gradings) {
        this.gradings = gradings;
    }

    @GET
    public Page<Grading> search(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                @QueryParam("round") Long round, @QueryParam("status") GradingStatus status,
                                @QueryParam("grade") OrgGrade grade, @BeanParam PageParams page) {
        return gradings.search(unit, year, round, status, grade, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Returns(Grading.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(gradings.get(id));
    }

    @POST
    @Path("{id}/assess")
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(Grading.class)
    public Response assess(@PathParam("id") long id, GradingStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, GradingAction.ASSESS, step, headers, version);
    }

    @POST
    @Path("{id}/return")
    @RequiresPermission(AffairsModule.REVIEW)
    @Returns(Grading.class)
    public Response sendBack(@PathParam("id") long id, GradingStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, GradingAction.RETURN, step, headers, version);
    }

    @POST
    @Path("{id}/decide")
    @RequiresPermission(AffairsModule.REVIEW)
    @Returns(Grading.class)
    public Response decide(@PathParam("id") long id, GradingStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, GradingAction.DECIDE, step, headers, version);
    }

    private Response step(long id, GradingAction action, GradingStep step, HttpHeaders headers, Long version) {
        return Responses.ok(gradings.step(id, Preconditions.requiredVersion(headers, version), action, step));
    }
}
