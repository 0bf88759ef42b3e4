package org.grassroots.position.internal.rest;

import java.util.Map;

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
 * {@code /rectifications}: the items an assessment found, with deadline and responsible person; {@code done} closes one
 * (If-Match); {@code overdue=true} lists the overdue ones; {@code notify-overdue} reminds the units concerned.
 */
@Component(service = RectificationResource.class)
@ModuleResource(PositionModule.ID)
@Path("rectifications")
@RequiresPermission(PositionModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RectificationResource {
    private final Rectifications rectifications;

    @Activate
    public RectificationResource(@Reference Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @GET
    public Page<Rectification> search(@QueryParam("unit") Long unit, @QueryParam("status") RectificationStatus status,
                                      @QueryParam("overdue") Boolean overdue, @QueryParam("assessment") Long assessment,
                                      @BeanParam PageParams page) {
        return rectifications.search(unit, status, overdue, assessment, page.toRequest());
    }

    @POST
    @RequiresPermission(PositionModule.ASSESS)
    @Returns(Rectification.class)
    public Response create(RectificationDraft draft) {
        return Responses.created("rectifications", rectifications.create(draft));
    }

    @GET
    @Path("{id}")
    @Returns(Rectification.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(rectifications.get(id));
    }

    @POST
    @Path("{id}/done")
    @RequiresPermission(PositionModule.MANAGE)
    @Returns(Rectification.class)
    public Response done(@PathParam("id") long id, DoneDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(rectifications.done(id, Preconditions.requiredVersion(headers, version), draft));
    }

    /** Reminds of every overdue item in the caller's scope not reminded of yet; answers how many. */
    @POST
    @Path("notify-overdue")
    @RequiresPermission(PositionModule.ASSESS)
    public Map<String, Integer> notifyOverdue() {
        return Map.of("notified", rectifications.notifyOverdue());
    }
}
