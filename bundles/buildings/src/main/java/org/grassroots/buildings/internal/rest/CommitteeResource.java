package org.grassroots.buildings.internal.rest;

import java.util.List;

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

import org.grassroots.buildings.internal.Building;
import org.grassroots.buildings.internal.BuildingsModule;
import org.grassroots.buildings.internal.Committee;
import org.grassroots.buildings.internal.CommitteeDraft;
import org.grassroots.buildings.internal.CommitteeMember;
import org.grassroots.buildings.internal.CommitteeMemberDraft;
import org.grassroots.buildings.internal.Committees;
import org.grassroots.buildings.internal.Meeting;
import org.grassroots.buildings.internal.MeetingDraft;
import org.grassroots.core.api.Page;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Building committees (楼委会): {@code /api/buildings/committees}, their members and meetings. */
@Component(service = CommitteeResource.class)
@ModuleResource(BuildingsModule.ID)
@RequiresPermission(BuildingsModule.READ)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeResource {
    private final Committees committees;

    @Activate
    public CommitteeResource(@Reference Committees committees) {
        this.committees = committees;
    }

    @GET
    @Path("committees")
    public Page<Committee> search(@QueryParam("unit") Long unit, @BeanParam PageParams page) {
        return committees.search(unit, page.toRequest());
    }

    @POST
    @Path("committees")
    @RequiresPermission(BuildingsModule.COMMITTEE)
    @Returns(Committee.class)
    public Response create(CommitteeDraft draft) {
        return Responses.created("committees", committees.create(draft));
    }

    @GET
    @Path("committees/{id}")
    @Returns(Committee.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(committees.get(id));
    }

    @GET
    @Path("committees/{id}/members")
    public List<CommitteeMember> members(@PathParam("id") long id) {
        return committees.members(id);
    }

    @POST
    @Path("committees/{id}/members")
    @RequiresPermission(BuildingsModule.COMMITTEE)
    @Returns(CommitteeMember.class)
    public Response addMember(@PathParam("id") long id, CommitteeMemberDraft draft) {
        return Responses.created("members", committees.addMember(id, draft));
    }

    @POST
    @Path("committees/{id}/meetings")
    @RequiresPermission(BuildingsModule.COMMITTEE)
    @Returns(Meeting.class)
    public Response recordMeeting(@PathParam("id") long id, MeetingDraft draft) {
        return Responses.created("meetings", committees.recordMeeting(id, draft));
    }

    @GET
    @Path("meetings")
    public Page<Meeting> meetings(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                  @BeanParam PageParams page) {
        return committees.meetings(unit, year, page.toRequest());
    }

    @GET
    @Path("meetings/{id}")
    @Returns(Meeting.class)
    public Response meeting(@PathParam("id") long id) {
        return Responses.ok(committees.meeting(id));
    }
}
