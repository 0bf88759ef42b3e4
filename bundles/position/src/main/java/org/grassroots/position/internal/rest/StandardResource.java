package org.grassroots.position.internal.rest;

import java.util.List;

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

/** {@code /standards}: the versioned checklists; POST issues a new standard or the next version of one (district). */
@Component(service = StandardResource.class)
@ModuleResource(PositionModule.ID)
@Path("standards")
@RequiresPermission(PositionModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StandardResource {
    private final Standards standards;

    @Activate
    public StandardResource(@Reference Standards standards) {
        this.standards = standards;
    }

    /** Every version ({@code latest=true}: the latest version of each standard only). */
    @GET
    public List<Standard> list(@QueryParam("latest") @DefaultValue("false") boolean latest) {
        return standards.list(latest);
    }

    @POST
    @RequiresPermission(PositionModule.STANDARDS)
    @Returns(Standard.class)
    public Response issue(StandardDraft draft) {
        Standard s = standards.issue(draft);
        return Response.created(java.net.URI.create("standards/" + s.id())).entity(s).build();
    }

    @GET
    @Path("{id}")
    public Standard get(@PathParam("id") long id) {
        return standards.get(id);
    }
}
