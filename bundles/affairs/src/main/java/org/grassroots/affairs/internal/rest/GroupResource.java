package org.grassroots.affairs.internal.rest;

import java.util.List;

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

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.affairs.internal.PartyGroup;
import org.grassroots.affairs.internal.PartyGroupDraft;
import org.grassroots.affairs.internal.PartyGroups;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /groups}: the 党小组 of a subtree's branches, each with its leader and members; a branch keeps its own. */
@Component(service = GroupResource.class)
@ModuleResource(AffairsModule.ID)
@Path("groups")
@RequiresPermission(AffairsModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GroupResource {
    private final PartyGroups groups;

    @Activate
    public GroupResource(@Reference PartyGroups groups) {
        this.groups = groups;
    }

    @GET
    public List<PartyGroup> list(@QueryParam("unit") Long unit) {
        return groups.list(unit);
    }

    @POST
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(PartyGroup.class)
    public Response create(PartyGroupDraft draft) {
        return Responses.created("groups", groups.create(draft));
    }

    @GET
    @Path("{id}")
    @Returns(PartyGroup.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(groups.get(id));
    }

    /** New name, leader and members (the version read in {@code If-Match}). */
    @PUT
    @Path("{id}")
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(PartyGroup.class)
    public Response update(@PathParam("id") long id, PartyGroupDraft draft, @Context HttpHeaders headers,
                           @QueryParam("version") Long version) {
        return Responses.ok(groups.update(id, Preconditions.requiredVersion(headers, version), draft));
    }
}
