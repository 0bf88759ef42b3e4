package org.grassroots.position.internal.rest;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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
import org.grassroots.position.internal.*;
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

/** {@code /assessments}: yearly assessments of positions against a standard version, with item scores. */
@Component(service = AssessmentResource.class)
@ModuleResource(PositionModule.ID)
@Path("assessments")
@RequiresPermission(PositionModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {
    private final Assessments assessments;

    @Activate
    public AssessmentResource(@Reference Assessments assessments) {
        this.assessments = assessments;
    }

    @GET
    public Page<Assessment> search(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                   @QueryParam("position") Long position, @QueryParam("grade") Grade grade, @BeanParam PageParams page) {
        return assessments.search(unit, year, position, grade, page.toRequest());
    }

    @POST
    @RequiresPermission(PositionModule.ASSESS)
    @Returns(Assessment.class)
    public Response create(AssessmentDraft draft) {
        return Responses.created("assessments", assessments.create(draft));
    }

    @GET
    @Path("{id}")
    @Returns(Assessment.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(assessments.get(id));
    }
}
