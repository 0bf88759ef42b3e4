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

/**
 * {@code /positions}: the registry. Search by level, status, featured, function, part of the name, or
 * {@code changed=true} (changed since the city system's last acknowledgement); PUT takes the ETag in If-Match; a
 * position's monthly use under {@code {id}/visits}.
 */
@Component(service = PositionResource.class)
@ModuleResource(PositionModule.ID)
@Path("positions")
@RequiresPermission(PositionModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PositionResource {
    private final Positions positions;
    private final Visits visits;

    @Activate
    public PositionResource(@Reference Positions positions, @Reference Visits visits) {
        this.positions = positions;
        this.visits = visits;
    }

    @GET
    public Page<Position> search(@QueryParam("unit") Long unit, @QueryParam("level") PositionLevel level,
                                 @QueryParam("status") PositionStatus status, @QueryParam("featured") Boolean featured,
                                 @QueryParam("function") PositionFunction function, @QueryParam("q") String q,
                                 @QueryParam("changed") Boolean changed, @BeanParam PageParams page) {
        return positions.search(unit, level, status, featured, function, q, changed, page.toRequest());
    }

    @POST
    @RequiresPermission(PositionModule.MANAGE)
    @Returns(Position.class)
    public Response create(PositionDraft draft) {
        return Responses.created("positions", positions.create(draft));
    }

    @GET
    @Path("{id}")
    @Returns(Position.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(positions.get(id));
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(PositionModule.MANAGE)
    @Returns(Position.class)
    public Response update(@PathParam("id") long id, PositionDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(positions.update(id, Preconditions.requiredVersion(headers, version), draft));
    }

    /** The position's monthly visits and services of a year (default this year), by month and service type. */
    @GET
    @Path("{id}/visits")
    public java.util.List<VisitCount> visits(@PathParam("id") long id,
                                             @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return visits.list(id, year == null ? java.time.LocalDate.now().getYear() : year);
    }

    /** The counts of a month and service type (replacing earlier counts of that month and type). */
    @POST
    @Path("{id}/visits")
    @RequiresPermission(PositionModule.MANAGE)
    public VisitCount recordVisits(@PathParam("id") long id, VisitDraft draft) {
        return visits.record(id, draft);
    }
}
