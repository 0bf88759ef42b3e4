package org.grassroots.community.internal.rest;

import java.util.List;

import javax.ws.rs.BeanParam;
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

import org.grassroots.community.internal.Attendee;
import org.grassroots.community.internal.CommunityEvent;
import org.grassroots.community.internal.CommunityModule;
import org.grassroots.community.internal.EventDraft;
import org.grassroots.community.internal.EventKind;
import org.grassroots.community.internal.EventStatus;
import org.grassroots.community.internal.Events;
import org.grassroots.community.internal.TermEnd;
import org.grassroots.community.internal.Wish;
import org.grassroots.community.internal.WishDraft;
import org.grassroots.community.internal.WishStatus;
import org.grassroots.community.internal.WishStep;
import org.grassroots.community.internal.Wishes;
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

/** {@code /events} (volunteer events, training, 先锋论坛, with sign-in codes) and {@code /wishes} (微心愿). */
@Component(service = EventResource.class)
@ModuleResource(CommunityModule.ID)
@Path("")
@RequiresPermission(CommunityModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {
    private final Events events;
    private final Wishes wishes;

    @Activate
    public EventResource(@Reference Events events, @Reference Wishes wishes) {
        this.events = events;
        this.wishes = wishes;
    }

    @GET
    @Path("events")
    public Page<CommunityEvent> events(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                       @QueryParam("kind") EventKind kind, @QueryParam("status") EventStatus status,
                                       @BeanParam PageParams page) {
        return events.search(unit, year, kind, status, page.toRequest());
    }

    @POST
    @Path("events")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(CommunityEvent.class)
    public Response publishEvent(EventDraft draft) {
        return Responses.created("events", events.create(draft));
    }

    @GET
    @Path("events/{id}")
    @Returns(CommunityEvent.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(events.get(id));
    }

    @GET
    @Path("events/{id}/attendees")
    public List<Attendee> attendees(@PathParam("id") long id) {
        return events.attendeesOf(id);
    }

    /** Closes the event: the sign-ins of a volunteer event become confirmed service hours; the code dies. */
    @POST
    @Path("events/{id}/close")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(CommunityEvent.class)
    public Response close(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(events.close(id, Preconditions.requiredVersion(headers, version)));
    }

    @POST
    @Path("events/{id}/cancel")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(CommunityEvent.class)
    public Response cancel(@PathParam("id") long id, TermEnd end, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(events.cancel(id, Preconditions.requiredVersion(headers, version), end));
    }

    @GET
    @Path("wishes")
    public Page<Wish> wishes(@QueryParam("unit") Long unit, @QueryParam("status") WishStatus status, @BeanParam PageParams page) {
        return wishes.search(unit, status, page.toRequest());
    }

    @POST
    @Path("wishes")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(Wish.class)
    public Response publishWish(WishDraft draft) {
        return Responses.created("wishes", wishes.publish(draft));
    }

    /** A paired organization claims the wish ({@code partnerId}). */
    @POST
    @Path("wishes/{id}/claim")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(Wish.class)
    public Response claim(@PathParam("id") long id, WishStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(wishes.claimForPartner(id, Preconditions.requiredVersion(headers, version), step));
    }

    @POST
    @Path("wishes/{id}/fulfil")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(Wish.class)
    public Response fulfil(@PathParam("id") long id, WishStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(wishes.decide(id, Preconditions.requiredVersion(headers, version), WishStatus.FULFILLED, step));
    }

    /** A claim that came to nothing: the wish is published again (reason required). */
    @POST
    @Path("wishes/{id}/release")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(Wish.class)
    public Response release(@PathParam("id") long id, WishStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(wishes.decide(id, Preconditions.requiredVersion(headers, version), WishStatus.PUBLISHED, step));
    }

    @POST
    @Path("wishes/{id}/withdraw")
    @RequiresPermission(CommunityModule.MANAGE)
    @Returns(Wish.class)
    public Response withdraw(@PathParam("id") long id, WishStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(wishes.decide(id, Preconditions.requiredVersion(headers, version), WishStatus.WITHDRAWN, step));
    }
}
