package org.grassroots.affairs.internal.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.affairs.internal.Meeting;
import org.grassroots.affairs.internal.MeetingMinutes;
import org.grassroots.affairs.internal.MeetingAction;
import org.grassroots.affairs.internal.MeetingDraft;
import org.grassroots.affairs.internal.MeetingQuery;
import org.grassroots.affairs.internal.MeetingStatus;
import org.grassroots.affairs.internal.MeetingStep;
import org.grassroots.affairs.internal.MeetingSteps;
import org.grassroots.affairs.internal.MeetingType;
import org.grassroots.affairs.internal.Meetings;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.document.DocumentFormat;
import org.grassroots.core.api.text.Languages;
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
 * {@code /meetings}: plan, list and read meetings, and take the workflow steps (each with the version in
 * {@code If-Match}): hold, submit and cancel by the organization, approve, return and archive by the level above.
 */
@Component(service = MeetingResource.class)
@ModuleResource(AffairsModule.ID)
@Path("meetings")
@RequiresPermission(AffairsModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {
    private final Meetings meetings;
    private final MeetingSteps steps;
    private final MeetingMinutes minutes;

    @Activate
    public MeetingResource(@Reference Meetings meetings, @Reference MeetingSteps steps, @Reference MeetingMinutes minutes) {
        this.meetings = meetings;
        this.steps = steps;
        this.minutes = minutes;
    }

    @GET
    public Page<Meeting> search(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                @QueryParam("type") MeetingType type, @QueryParam("status") MeetingStatus status,
                                @BeanParam PageParams page) {
        return meetings.search(new MeetingQuery(unit, year, type, status), page.toRequest());
    }

    @POST
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(Meeting.class)
    public Response plan(MeetingDraft draft) {
        return Responses.created("meetings", meetings.plan(draft));
    }

    @GET
    @Path("{id}")
    @Returns(Meeting.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(meetings.get(id));
    }

    /**
     * The minutes of a held meeting as Word ({@code format=docx}, the default) or PDF, in the caller's language; 409
     * while the meeting is only planned or was cancelled, 503 naming the missing font when the server has none for PDF.
     */
    @GET
    @Path("{id}/minutes")
    @Produces({ "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/pdf",
        "application/problem+json", MediaType.APPLICATION_JSON })
    public Response minutes(@PathParam("id") long id, @QueryParam("format") @DefaultValue("docx") DocumentFormat chosen,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        MeetingMinutes.File file = minutes.export(id, chosen, Languages.fromHeader(acceptLanguage));
        String name = file.name() + "." + chosen.extension();
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"minutes-" + id + "." + chosen.extension()
                        + "\"; filename*=UTF-8''" + encoded)
                .build();
    }

    @POST
    @Path("{id}/hold")
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(Meeting.class)
    public Response hold(@PathParam("id") long id, MeetingStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, MeetingAction.HOLD, step, headers, version);
    }

    @POST
    @Path("{id}/submit")
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(Meeting.class)
    public Response submit(@PathParam("id") long id, MeetingStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, MeetingAction.SUBMIT, step, headers, version);
    }

    @POST
    @Path("{id}/cancel")
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(Meeting.class)
    public Response cancel(@PathParam("id") long id, MeetingStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, MeetingAction.CANCEL, step, headers, version);
    }

    @POST
    @Path("{id}/approve")
    @RequiresPermission(AffairsModule.REVIEW)
    @Returns(Meeting.class)
    public Response approve(@PathParam("id") long id, MeetingStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, MeetingAction.APPROVE, step, headers, version);
    }

    @POST
    @Path("{id}/return")
    @RequiresPermission(AffairsModule.REVIEW)
    @Returns(Meeting.class)
    public Response sendBack(@PathParam("id") long id, MeetingStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, MeetingAction.RETURN, step, headers, version);
    }

    @POST
    @Path("{id}/archive")
    @RequiresPermission(AffairsModule.REVIEW)
    @Returns(Meeting.class)
    public Response archive(@PathParam("id") long id, MeetingStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, MeetingAction.ARCHIVE, step, headers, version);
    }

    private Response step(long id, MeetingAction action, MeetingStep step, HttpHeaders headers, Long version) {
        return Responses.ok(steps.step(id, Preconditions.requiredVersion(headers, version), action, step));
    }
}
