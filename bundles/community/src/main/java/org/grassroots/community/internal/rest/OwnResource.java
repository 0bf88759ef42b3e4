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

/** {@code /my}: a member's self-service (phone width in the console): register, move, log hours, see them. */
@Component(service = OwnResource.class)
@ModuleResource(CommunityModule.ID)
@Path("my")
@RequiresPermission(CommunityModule.OWN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnResource {
    private final Registrations registrations;
    private final Hours hours;
    private final Events events;
    private final Wishes wishes;

    @Activate
    public OwnResource(@Reference Registrations registrations, @Reference Hours hours, @Reference Events events,
                       @Reference Wishes wishes) {
        this.registrations = registrations;
        this.hours = hours;
        this.events = events;
        this.wishes = wishes;
    }

    @GET
    @Path("communities")
    public List<CommunityChoice> communities() {
        return registrations.choices();
    }

    @GET
    @Path("registrations")
    public List<Registration> registrations() {
        return registrations.own();
    }

    @POST
    @Path("registrations")
    @Returns(Registration.class)
    public Response register(RegistrationDraft draft) {
        return Responses.created("registrations", registrations.registerOwn(draft));
    }

    @POST
    @Path("registrations/{id}/move")
    @Returns(Registration.class)
    public Response move(@PathParam("id") long id, Move move, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(registrations.move(id, Preconditions.requiredVersion(headers, version), move, true));
    }

    @GET
    @Path("hours")
    public List<ServiceHours> hours() {
        return hours.own();
    }

    @POST
    @Path("hours")
    @Returns(ServiceHours.class)
    public Response log(HoursDraft draft) {
        return Responses.created("hours", hours.logOwn(draft));
    }

    /** Published events from today on, and the caller's own (without sign-in codes). */
    @GET
    @Path("events")
    public List<CommunityEvent> events() {
        return events.own();
    }

    @POST
    @Path("events/{id}/sign-up")
    @Returns(CommunityEvent.class)
    public Response signUp(@PathParam("id") long id) {
        return Responses.ok(events.signUp(id));
    }

    /** Sign-in on the event's day with the code shown there. */
    @POST
    @Path("sign-in")
    @Returns(CommunityEvent.class)
    public Response signIn(SignIn signIn) {
        return Responses.ok(events.signIn(signIn));
    }

    @GET
    @Path("wishes")
    public List<Wish> wishes() {
        return wishes.own();
    }

    @POST
    @Path("wishes/{id}/claim")
    @Returns(Wish.class)
    public Response claim(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(wishes.claimOwn(id, Preconditions.requiredVersion(headers, version)));
    }
}
