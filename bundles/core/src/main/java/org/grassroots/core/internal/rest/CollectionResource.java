package org.grassroots.core.internal.rest;

import java.net.URI;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.Page;
import org.grassroots.core.api.notice.CollectionDraft;
import org.grassroots.core.api.notice.CollectionTask;
import org.grassroots.core.api.notice.CollectionTasks;
import org.grassroots.core.api.notice.Completion;
import org.grassroots.core.api.notice.Submission;
import org.grassroots.core.api.notice.SubmissionDraft;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/core/collections}: collection tasks (信息报送). A unit hands in with
 * {@code POST {id}/submissions/{unitId}}: {@code {"attachmentId": n}} after uploading the file to
 * {@code /api/core/attachments?module=core&ownerType=collection&ownerId={id}}, or {@code {"values": {...}}} for a
 * form. {@code GET {id}/completion} is the asking level's view.
 */
@Component(service = CollectionResource.class)
@ModuleResource("core")
@Path("collections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(CorePermissions.NOTICE_READ)
public class CollectionResource {
    private final CollectionTasks collections;

    @Activate
    public CollectionResource(@Reference CollectionTasks collections) {
        this.collections = collections;
    }

    @POST
    @RequiresPermission(CorePermissions.COLLECTION_ISSUE)
    public Response issue(CollectionDraft draft) {
        CollectionTask task = collections.issue(draft);
        return Response.created(URI.create("collections/" + task.id())).entity(task).build();
    }

    @GET
    public Page<CollectionTask> list(@BeanParam PageParams page) {
        return collections.list(page.toRequest());
    }

    @GET
    @Path("{id}")
    public CollectionTask get(@PathParam("id") long id) {
        return collections.get(id);
    }

    @GET
    @Path("{id}/completion")
    public Completion completion(@PathParam("id") long id) {
        return collections.completion(id);
    }

    @POST
    @Path("{id}/submissions/{unitId}")
    @RequiresPermission(CorePermissions.COLLECTION_SUBMIT)
    public Submission submit(@PathParam("id") long id, @PathParam("unitId") long unitId, SubmissionDraft draft) {
        return collections.submit(id, unitId, draft);
    }
}
