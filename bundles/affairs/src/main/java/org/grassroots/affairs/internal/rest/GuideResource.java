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
import org.grassroots.affairs.internal.Guide;
import org.grassroots.affairs.internal.GuideDraft;
import org.grassroots.affairs.internal.Guides;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /guides}: the month's topics for 主题党日 and 党课, pushed down by the district or a street. */
@Component(service = GuideResource.class)
@ModuleResource(AffairsModule.ID)
@Path("guides")
@RequiresPermission(AffairsModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GuideResource {
    private final Guides guides;

    @Activate
    public GuideResource(@Reference Guides guides) {
        this.guides = guides;
    }

    /** The guides the unit follows (its own and those of every unit above it) in a year. */
    @GET
    public List<Guide> list(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return guides.forUnit(unit, year == null ? LocalDate.now().getYear() : year);
    }

    @POST
    @RequiresPermission(AffairsModule.SETTINGS)
    @Returns(Guide.class)
    public Response issue(GuideDraft draft) {
        return Response.status(201).entity(guides.issue(draft)).build();
    }
}
