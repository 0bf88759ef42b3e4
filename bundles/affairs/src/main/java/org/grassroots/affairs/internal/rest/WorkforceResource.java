package org.grassroots.affairs.internal.rest;

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

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.affairs.internal.Coverage;
import org.grassroots.affairs.internal.WorkerAssignment;
import org.grassroots.affairs.internal.WorkerAssignmentDraft;
import org.grassroots.affairs.internal.Workforce;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /workers}: 党建指导员 and 党建专员 assigned to Party organizations, coverage and load per person. */
@Component(service = WorkforceResource.class)
@ModuleResource(AffairsModule.ID)
@Path("workers")
@RequiresPermission(AffairsModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkforceResource {
    private final Workforce workforce;

    @Activate
    public WorkforceResource(@Reference Workforce workforce) {
        this.workforce = workforce;
    }

    @GET
    public List<WorkerAssignment> list(@QueryParam("unit") Long unit) {
        return workforce.list(unit);
    }

    @POST
    @RequiresPermission(AffairsModule.REVIEW)
    @Returns(WorkerAssignment.class)
    public Response assign(WorkerAssignmentDraft draft) {
        return Response.status(201).entity(workforce.assign(draft)).build();
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(AffairsModule.REVIEW)
    public Response unassign(@PathParam("id") long id) {
        workforce.unassign(id);
        return Response.noContent().build();
    }

    @GET
    @Path("coverage")
    public Coverage coverage(@QueryParam("unit") Long unit) {
        return workforce.coverage(unit);
    }
}
