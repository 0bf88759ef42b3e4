package org.grassroots.rolemodel.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
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
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.grassroots.rolemodel.internal.*;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /inbox}: the recommendations a level must decide ({@code ?unit=} the level); {@code /due-contacts}: the
 * models of a subtree whose next cultivation contact date has passed.
 */
@Component(service = InboxResource.class)
@ModuleResource(RoleModelModule.ID)
@Path("")
@RequiresPermission(RoleModelModule.READ)
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {
    private final Recommendations recommendations;
    private final Trackings trackings;

    @Activate
    public InboxResource(@Reference Recommendations recommendations, @Reference Trackings trackings) {
        this.recommendations = recommendations;
        this.trackings = trackings;
    }

    @GET
    @Path("inbox")
    public Page<RoleModel> inbox(@QueryParam("unit") Long unit, @BeanParam PageParams page) {
        return recommendations.inbox(unit, page.toRequest());
    }

    @GET
    @Path("due-contacts")
    public List<DueContact> due(@QueryParam("unit") Long unit) {
        return trackings.due(unit, LocalDate.now());
    }
}
