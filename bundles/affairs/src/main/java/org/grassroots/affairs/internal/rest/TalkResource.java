package org.grassroots.affairs.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.affairs.internal.Talk;
import org.grassroots.affairs.internal.TalkCoverage;
import org.grassroots.affairs.internal.TalkDraft;
import org.grassroots.affairs.internal.Talks;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /talks}: 谈心谈话 recorded by an organization, listed for a subtree and year, and the yearly coverage. */
@Component(service = TalkResource.class)
@ModuleResource(AffairsModule.ID)
@Path("talks")
@RequiresPermission(AffairsModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TalkResource {
    private final Talks talks;

    @Activate
    public TalkResource(@Reference Talks talks) {
        this.talks = talks;
    }

    @GET
    public List<Talk> list(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return talks.list(unit, year == null ? LocalDate.now().getYear() : year);
    }

    @POST
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(Talk.class)
    public Response record(TalkDraft draft) {
        return Response.status(201).entity(talks.record(draft)).build();
    }

    /** The members of the subtree with and without a talk in the year. */
    @GET
    @Path("coverage")
    public TalkCoverage coverage(@QueryParam("unit") Long unit,
                                 @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return talks.coverage(unit, year == null ? LocalDate.now().getYear() : year);
    }
}
