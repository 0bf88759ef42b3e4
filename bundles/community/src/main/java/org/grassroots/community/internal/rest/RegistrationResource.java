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

/** {@code /registrations} and {@code /hours}: members registered with communities and their service hours. */
@Component(service = RegistrationResource.class)
@ModuleResource(CommunityModule.ID)
@Path("")
@RequiresPermission(CommunityModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {
    private final Registrations registrations;
    private final Hours hours;

    @Activate
    public RegistrationResource(@Reference Registrations registrations, @Reference Hours hours) {
        this.registrations = registrations;
        this.hours = hours;
    }

    /** Registrations with the communities under the unit, or ({@code byOrganization=true}) of its own members. */
    @GET
    @Path("registrations")
    public Page<Registration> search(@QueryParam("unit") Long unit, @QueryParam("status") RegistrationStatus status,
                                     @QueryParam("byOrganization") boolean byOrganization, @BeanParam PageParams page) {
        return registrations.search(unit, status, byOrganization, page.toRequest());
    }

    @POST
    @Path("registrations")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(Registration.class)
    public Response register(RegistrationDraft draft) {
        return Responses.created("registrations", registrations.register(draft));
    }

    @GET
    @Path("registrations/{id}")
    @Returns(Registration.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(registrations.get(id));
    }

    @POST
    @Path("registrations/{id}/cancel")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(Registration.class)
    public Response cancel(@PathParam("id") long id, TermEnd end, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(registrations.cancel(id, Preconditions.requiredVersion(headers, version), end));
    }

    /** The member moved house: cancelled here, registered with the new community (the answer is the new registration). */
    @POST
    @Path("registrations/{id}/move")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(Registration.class)
    public Response move(@PathParam("id") long id, Move move, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(registrations.move(id, Preconditions.requiredVersion(headers, version), move, false));
    }

    /** Hours served in the communities under the unit, or ({@code byOrganization=true}) by its own members. */
    @GET
    @Path("hours")
    public Page<ServiceHours> hours(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                    @QueryParam("status") HoursStatus status, @QueryParam("byOrganization") boolean byOrganization,
                                    @BeanParam PageParams page) {
        return hours.search(unit, year, status, byOrganization, page.toRequest());
    }

    @POST
    @Path("hours")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(ServiceHours.class)
    public Response log(HoursDraft draft) {
        return Responses.created("hours", hours.log(draft));
    }

    /** Reminds the communities under the unit with hours waiting for confirmation (their secretaries and administrators). */
    @POST
    @Path("hours/reminders")
    @RequiresPermission(CommunityModule.MANAGE)
    public Reminded remind(@QueryParam("unit") Long unit) {
        return new Reminded(hours.remindWaiting(unit));
    }

    /** How many communities were reminded. */
    public record Reminded(int communities) {
    }

    @POST
    @Path("hours/{id}/confirm")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(ServiceHours.class)
    public Response confirm(@PathParam("id") long id, Decision decision, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(hours.decide(id, Preconditions.requiredVersion(headers, version), HoursStatus.CONFIRMED, decision));
    }

    @POST
    @Path("hours/{id}/reject")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(ServiceHours.class)
    public Response reject(@PathParam("id") long id, Decision decision, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(hours.decide(id, Preconditions.requiredVersion(headers, version), HoursStatus.REJECTED, decision));
    }
}
