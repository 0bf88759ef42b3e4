package org.grassroots.community.internal.rest;

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

import org.grassroots.community.internal.*;
import org.grassroots.core.api.Page;
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

/** {@code /teams}: the communities' "两委" rosters, appointments, ends of terms and secretary changes. */
@Component(service = TeamResource.class)
@ModuleResource(CommunityModule.ID)
@Path("teams")
@RequiresPermission(CommunityModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamResource {
    private final Teams teams;

    @Activate
    public TeamResource(@Reference Teams teams) {
        this.teams = teams;
    }

    /** The current posts of the communities under the unit, or every post ever held ({@code history=true}). */
    @GET
    public List<TeamMember> roster(@QueryParam("unit") Long unit, @QueryParam("history") boolean history) {
        return teams.roster(unit, history);
    }

    @POST
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(TeamMember.class)
    public Response appoint(TeamMemberDraft draft) {
        return Responses.created("teams", teams.appoint(draft));
    }

    @POST
    @Path("{id}/end")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(TeamMember.class)
    public Response end(@PathParam("id") long id, TermEnd end, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(teams.end(id, Preconditions.requiredVersion(headers, version), end));
    }

    /** 书记调整: the new secretary of the community, ending the current one's post with the reason. */
    @POST
    @Path("communities/{communityId}/secretary")
    @RequiresPermission(CommunityModule.DECIDE)
    @Returns(TeamMember.class)
    public Response changeSecretary(@PathParam("communityId") long communityId, SecretaryChange change) {
        return Responses.ok(teams.changeSecretary(communityId, change));
    }

    @GET
    @Path("secretary-changes")
    public List<TeamMember> secretaryChanges(@QueryParam("unit") Long unit,
                                             @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return teams.secretaryChanges(unit, year == null ? java.time.LocalDate.now().getYear() : year);
    }
}
