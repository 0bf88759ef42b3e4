package org.grassroots.community.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.community.internal.CommunityModule;
import org.grassroots.community.internal.CouncilRecords.CouncilMember;
import org.grassroots.community.internal.CouncilRecords.CouncilMemberDraft;
import org.grassroots.community.internal.CouncilRecords.Issue;
import org.grassroots.community.internal.CouncilRecords.IssueStep;
import org.grassroots.community.internal.CouncilRecords.Meeting;
import org.grassroots.community.internal.CouncilRecords.MeetingDraft;
import org.grassroots.community.internal.Councils;
import org.grassroots.community.internal.TermEnd;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /councils}: 街道大工委 / 社区大党委 members, their joint meetings and the issues raised, assigned and closed. */
@Component(service = CouncilResource.class)
@ModuleResource(CommunityModule.ID)
@Path("councils")
@RequiresPermission(CommunityModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CouncilResource {
    private final Councils councils;

    @Activate
    public CouncilResource(@Reference Councils councils) {
        this.councils = councils;
    }

    @GET
    @Path("members")
    public List<CouncilMember> members(@QueryParam("unit") Long unit, @QueryParam("history") boolean history) {
        return councils.members(unit, history);
    }

    @POST
    @Path("members")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(CouncilMember.class)
    public Response appoint(CouncilMemberDraft draft) {
        return Responses.created("councils/members", councils.appoint(draft));
    }

    @POST
    @Path("members/{id}/end")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(CouncilMember.class)
    public Response end(@PathParam("id") long id, TermEnd end, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(councils.end(id, Preconditions.requiredVersion(headers, version), end));
    }

    @GET
    @Path("meetings")
    public List<Meeting> meetings(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return councils.meetings(unit, year);
    }

    @POST
    @Path("meetings")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(Meeting.class)
    public Response hold(MeetingDraft draft) {
        Meeting meeting = councils.hold(draft); // a meeting is a fact: no version, no ETag
        return Response.created(java.net.URI.create("councils/meetings/" + meeting.id())).entity(meeting).build();
    }

    @POST
    @Path("issues/{id}/assign")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(Issue.class)
    public Response assign(@PathParam("id") long id, IssueStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(councils.assign(id, Preconditions.requiredVersion(headers, version), step));
    }

    @POST
    @Path("issues/{id}/close")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(Issue.class)
    public Response close(@PathParam("id") long id, IssueStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(councils.close(id, Preconditions.requiredVersion(headers, version), step));
    }
}
