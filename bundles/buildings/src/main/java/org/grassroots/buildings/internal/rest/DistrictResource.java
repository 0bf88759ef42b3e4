package org.grassroots.buildings.internal.rest;

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

import org.grassroots.buildings.internal.BuildingsModule;
import org.grassroots.buildings.internal.District;
import org.grassroots.buildings.internal.DistrictActivity;
import org.grassroots.buildings.internal.DistrictActivityDraft;
import org.grassroots.buildings.internal.DistrictDraft;
import org.grassroots.buildings.internal.DistrictLeave;
import org.grassroots.buildings.internal.DistrictMemberDraft;
import org.grassroots.buildings.internal.Districts;
import org.grassroots.core.api.Page;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Business districts (商圈): {@code /api/buildings/districts}, their member buildings and units, joint meetings and activities. */
@Component(service = DistrictResource.class)
@ModuleResource(BuildingsModule.ID)
@RequiresPermission(BuildingsModule.READ)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DistrictResource {
    private final Districts districts;

    @Activate
    public DistrictResource(@Reference Districts districts) {
        this.districts = districts;
    }

    @GET
    @Path("districts")
    public Page<District> search(@QueryParam("unit") Long unit, @BeanParam PageParams page) {
        return districts.search(unit, page.toRequest());
    }

    @POST
    @Path("districts")
    @RequiresPermission(BuildingsModule.MANAGE)
    @Returns(District.class)
    public Response create(DistrictDraft draft) {
        return Responses.created("districts", districts.create(draft));
    }

    @GET
    @Path("districts/{id}")
    @Returns(District.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(districts.get(id));
    }

    /** A building or unit joins; answers the district with its members. */
    @POST
    @Path("districts/{id}/members")
    @RequiresPermission(BuildingsModule.MANAGE)
    @Returns(District.class)
    public Response addMember(@PathParam("id") long id, DistrictMemberDraft draft) {
        return Responses.ok(districts.addMember(id, draft));
    }

    /** A member leaves on a day (its attendance counts until then); answers the district with its members. */
    @POST
    @Path("districts/{id}/members/{memberId}/leave")
    @RequiresPermission(BuildingsModule.MANAGE)
    @Returns(District.class)
    public Response leave(@PathParam("id") long id, @PathParam("memberId") long memberId, DistrictLeave draft) {
        return Responses.ok(districts.leave(id, memberId, draft));
    }

    @GET
    @Path("districts/{id}/activities")
    public Page<DistrictActivity> activities(@PathParam("id") long id, @BeanParam PageParams page) {
        return districts.activities(id, page.toRequest());
    }

    @POST
    @Path("districts/{id}/activities")
    @RequiresPermission(BuildingsModule.COMMITTEE)
    @Returns(DistrictActivity.class)
    public Response recordActivity(@PathParam("id") long id, DistrictActivityDraft draft) {
        DistrictActivity activity = districts.recordActivity(id, draft);
        return Responses.created(java.net.URI.create("districts/" + id + "/activities/" + activity.id()), activity);
    }
}
