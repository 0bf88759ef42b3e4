package org.grassroots.education.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.training.Trainee;
import org.grassroots.education.internal.EducationModule;
import org.grassroots.education.internal.SessionTrainee;
import org.grassroots.education.internal.SessionTrainees;
import org.grassroots.education.internal.TraineeDraft;
import org.grassroots.education.internal.TraineeList;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/education/sessions/{id}/trainees}: development candidates (发展对象) attending a session beside its
 * members, so that their concentrated training (集中培训) is proven by the hours of the sessions held; they come from
 * the trainee directory of {@code membership} while it is installed.
 */
@Component(service = TraineeResource.class)
@ModuleResource(EducationModule.ID)
@Path("")
@RequiresPermission(EducationModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TraineeResource {
    private final SessionTrainees trainees;

    @Activate
    public TraineeResource(@Reference SessionTrainees trainees) {
        this.trainees = trainees;
    }

    /** The session's trainees with the hours it credits them, and whether more can be added from a directory. */
    @GET
    @Path("sessions/{id}/trainees")
    public TraineeList list(@PathParam("id") long id) {
        return trainees.list(id);
    }

    /** The 发展对象 of the organizing unit's subtree not on the list yet ({@code q}: part of the name). */
    @GET
    @Path("sessions/{id}/trainee-candidates")
    @RequiresPermission(EducationModule.SESSION_MANAGE)
    public List<Trainee> candidates(@PathParam("id") long id, @QueryParam("q") String q) {
        return trainees.candidates(id, q);
    }

    /** Adds a 发展对象 by their development file's id: {@code {"fileId": 123}}. */
    @POST
    @Path("sessions/{id}/trainees")
    @RequiresPermission(EducationModule.SESSION_MANAGE)
    public Response add(@PathParam("id") long id, TraineeDraft draft) {
        SessionTrainee added = trainees.add(id, draft);
        return Response.created(URI.create("sessions/" + id + "/trainees/" + added.fileId())).entity(added).build();
    }

    @DELETE
    @Path("sessions/{id}/trainees/{fileId}")
    @RequiresPermission(EducationModule.SESSION_MANAGE)
    public Response remove(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        trainees.remove(id, fileId);
        return Response.noContent().build();
    }
}
