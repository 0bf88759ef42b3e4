package org.grassroots.membership.internal.rest;

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
import org.grassroots.membership.internal.DevelopmentFile;
import org.grassroots.membership.internal.FileDraft;
import org.grassroots.membership.internal.MembershipModule;
import org.grassroots.membership.internal.Pipeline;
import org.grassroots.membership.internal.Stage;
import org.grassroots.membership.internal.Step;
import org.grassroots.membership.internal.StepDraft;
import org.grassroots.membership.internal.TrainingAttended;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /files}: development files (发展党员); {@code POST /files/{id}/steps} records the next step (ETag of the file
 * in {@code If-Match}); a step out of order answers 409 naming the missing step and the allowed ones.
 */
@Component(service = FileResource.class)
@ModuleResource(MembershipModule.ID)
@Path("")
@RequiresPermission(MembershipModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FileResource {
    private final Pipeline pipeline;

    @Activate
    public FileResource(@Reference Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @GET
    @Path("files")
    public Page<DevelopmentFile> search(@QueryParam("unit") Long unit, @QueryParam("stage") Stage stage, @QueryParam("q") String q,
                                        @BeanParam PageParams page) {
        return pipeline.search(unit, stage, q, page.toRequest());
    }

    @POST
    @Path("files")
    @RequiresPermission(MembershipModule.WRITE)
    @Returns(DevelopmentFile.class)
    public Response open(FileDraft draft) {
        return Responses.created("files", pipeline.open(draft));
    }

    @GET
    @Path("files/{id}")
    @Returns(DevelopmentFile.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(pipeline.get(id));
    }

    /**
     * What the TRAINING step will take: the minimum hours and, where education is enabled at the file's unit, the
     * hours the candidate attended in its sessions ({@code attended} null: the step takes hours typed in).
     */
    @GET
    @Path("files/{id}/training")
    public TrainingAttended.Status training(@PathParam("id") long id) {
        return pipeline.training(id);
    }

    @GET
    @Path("files/{id}/steps")
    public List<Step> steps(@PathParam("id") long id) {
        return pipeline.steps(id);
    }

    @POST
    @Path("files/{id}/steps")
    @RequiresPermission(MembershipModule.WRITE)
    @Returns(DevelopmentFile.class)
    public Response record(@PathParam("id") long id, StepDraft draft, @Context HttpHeaders headers,
                           @QueryParam("version") Long version) {
        return Responses.ok(pipeline.record(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @GET
    @Path("members/{memberId}/file")
    @Returns(DevelopmentFile.class)
    public Response ofMember(@PathParam("memberId") long memberId) {
        return Responses.ok(pipeline.ofMember(memberId));
    }
}
