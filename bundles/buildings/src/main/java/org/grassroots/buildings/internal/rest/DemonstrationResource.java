package org.grassroots.buildings.internal.rest;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.buildings.internal.Assessment;
import org.grassroots.buildings.internal.AssessmentDraft;
import org.grassroots.buildings.internal.BuildingsModule;
import org.grassroots.buildings.internal.Demonstration;
import org.grassroots.buildings.internal.DemonstrationDraft;
import org.grassroots.buildings.internal.Demonstrations;
import org.grassroots.core.api.Page;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Demonstration buildings (示范楼宇): {@code /api/buildings/demonstrations}, designation and yearly assessment. */
@Component(service = DemonstrationResource.class)
@ModuleResource(BuildingsModule.ID)
@RequiresPermission(BuildingsModule.READ)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DemonstrationResource {
    private final Demonstrations demonstrations;

    @Activate
    public DemonstrationResource(@Reference Demonstrations demonstrations) {
        this.demonstrations = demonstrations;
    }

    @GET
    @Path("demonstrations")
    public Page<Demonstration> search(@QueryParam("unit") Long unit, @BeanParam PageParams page) {
        return demonstrations.search(unit, page.toRequest());
    }

    @POST
    @Path("demonstrations")
    @RequiresPermission(BuildingsModule.DESIGNATE)
    @Returns(Demonstration.class)
    public Response designate(DemonstrationDraft draft) {
        return Responses.created("demonstrations", demonstrations.designate(draft));
    }

    @GET
    @Path("demonstrations/{id}")
    @Returns(Demonstration.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(demonstrations.get(id));
    }

    @POST
    @Path("demonstrations/{id}/assessments")
    @RequiresPermission(BuildingsModule.DESIGNATE)
    @Returns(Assessment.class)
    public Response assess(@PathParam("id") long id, AssessmentDraft draft) {
        return Responses.created("assessments", demonstrations.assess(id, draft));
    }
}
