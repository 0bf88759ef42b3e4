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

/** {@code /stations}: 暖新驿站 and their monthly visits; {@code /rider-friendly}: applications and designations. */
@Component(service = StationResource.class)
@ModuleResource(CommunityModule.ID)
@Path("")
@RequiresPermission(CommunityModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StationResource {
    private final Stations stations;
    private final RiderDesignations riders;
    private final RiderEvidence evidence;
    private final EmploymentGroups groups;

    @Activate
    public StationResource(@Reference Stations stations, @Reference RiderDesignations riders, @Reference RiderEvidence evidence,
                           @Reference EmploymentGroups groups) {
        this.evidence = evidence;
        this.groups = groups;
        this.stations = stations;
        this.riders = riders;
    }

    @GET
    @Path("stations")
    public List<Station> stations(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return stations.list(unit, year == null ? java.time.LocalDate.now().getYear() : year);
    }

    @POST
    @Path("stations")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(Station.class)
    public Response create(StationDraft draft) {
        return Responses.created("stations", stations.create(draft));
    }

    @GET
    @Path("stations/{id}/visits")
    public List<StationVisits> visits(@PathParam("id") long id) {
        return stations.visits(id);
    }

    /** Records or corrects the visits of a month ({@code period} yyyy-MM). */
    @PUT
    @Path("stations/{id}/visits/{period}")
    @RequiresPermission(CommunityModule.MANAGE)
    public StationVisits recordVisits(@PathParam("id") long id, @PathParam("period") String period, VisitsDraft draft) {
        return stations.recordVisits(id, period, draft);
    }

    @GET
    @Path("rider-friendly")
    public List<RiderFriendly> riderFriendly(@QueryParam("unit") Long unit, @QueryParam("status") RiderStatus status) {
        return riders.list(unit, status);
    }

    @POST
    @Path("rider-friendly")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(RiderFriendly.class)
    public Response apply(RiderFriendlyDraft draft) {
        return Responses.created("rider-friendly", riders.apply(draft));
    }

    @POST
    @Path("rider-friendly/{id}/designate")
    @RequiresPermission(CommunityModule.DECIDE)
    @Returns(RiderFriendly.class)
    public Response designate(@PathParam("id") long id, Decision decision, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(riders.decide(id, Preconditions.requiredVersion(headers, version), RiderStatus.DESIGNATED, decision));
    }

    @POST
    @Path("rider-friendly/{id}/reject")
    @RequiresPermission(CommunityModule.DECIDE)
    @Returns(RiderFriendly.class)
    public Response reject(@PathParam("id") long id, Decision decision, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(riders.decide(id, Preconditions.requiredVersion(headers, version), RiderStatus.REJECTED, decision));
    }

    @POST
    @Path("rider-friendly/{id}/revoke")
    @RequiresPermission(CommunityModule.DECIDE)
    @Returns(RiderFriendly.class)
    public Response revoke(@PathParam("id") long id, Decision decision, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(riders.decide(id, Preconditions.requiredVersion(headers, version), RiderStatus.REVOKED, decision));
    }

    /** The application's evidence files (core's attachment store; download at {@code /api/core/attachments/{id}/content}). */
    @GET
    @Path("rider-friendly/{id}/evidence")
    public List<org.grassroots.core.api.attachment.Attachment> evidence(@PathParam("id") long id) {
        return evidence.list(id);
    }

    /**
     * An evidence file while the application waits for its decision: the raw file as the body, {@code ?filename=}; its
     * type is recognised from the bytes (JPEG, PNG, PDF, DOCX, XLSX, text). Answers the application's files.
     */
    @POST
    @Path("rider-friendly/{id}/evidence")
    @Consumes(MediaType.WILDCARD) // any declared type: core recognises the file's type from its bytes
    @RequiresPermission(CommunityModule.MANAGE)
    public List<org.grassroots.core.api.attachment.Attachment> addEvidence(@PathParam("id") long id, @QueryParam("filename") String filename,
                                                                          java.io.InputStream body) throws java.io.IOException {
        return evidence.store(id, filename, body.readNBytes(evidence.readLimit()));
    }

    /** The Party members of the new employment groups (骑手, 快递员, 网约车司机 by core's tags) under the unit. */
    @GET
    @Path("stations/groups")
    public List<EmploymentGroups.GroupCount> groups(@QueryParam("unit") Long unit) {
        return groups.count(unit);
    }
}
