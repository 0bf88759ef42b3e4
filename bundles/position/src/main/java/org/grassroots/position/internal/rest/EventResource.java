package org.grassroots.position.internal.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

import org.grassroots.core.api.Page;
import org.grassroots.position.internal.Attendee;
import org.grassroots.position.internal.Event;
import org.grassroots.position.internal.EventDraft;
import org.grassroots.position.internal.EventFigures;
import org.grassroots.position.internal.EventReminders;
import org.grassroots.position.internal.Events;
import org.grassroots.position.internal.PositionModule;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /events}: events held at the positions, with their code and attendance; {@code figures} the attendance of a
 * subtree and year; {@code remind} reminds the members signed up for the next day's events. Members sign up and in under {@code /my/events} ({@link MyEventResource}).
 */
@Component(service = EventResource.class)
@ModuleResource(PositionModule.ID)
@Path("events")
@RequiresPermission(PositionModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {
    private final Events events;
    private final EventReminders reminders;

    @Activate
    public EventResource(@Reference Events events, @Reference EventReminders reminders) {
        this.events = events;
        this.reminders = reminders;
    }

    @GET
    public Page<Event> search(@QueryParam("unit") Long unit, @QueryParam("position") Long position, @QueryParam("from") String from,
                              @QueryParam("to") String to, @BeanParam PageParams page) {
        return events.search(unit, position, DayParam.of("from", from), DayParam.of("to", to), page.toRequest());
    }

    @POST
    @RequiresPermission(PositionModule.MANAGE)
    @Returns(Event.class)
    public Response create(EventDraft draft) {
        return Responses.created("events", events.create(draft));
    }

    /** Reminds the members signed up for the caller's events of the next day (once per sign-up); answers how many. */
    @POST
    @Path("remind")
    @RequiresPermission(PositionModule.MANAGE)
    public Map<String, Integer> remind() {
        return Map.of("reminded", reminders.remindSignedUp());
    }

    @GET
    @Path("figures")
    public EventFigures figures(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return events.figures(unit, year == null ? LocalDate.now().getYear() : year);
    }

    @GET
    @Path("{id}")
    @Returns(Event.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(events.get(id));
    }

    @GET
    @Path("{id}/attendees")
    public List<Attendee> attendees(@PathParam("id") long id) {
        return events.attendees(id);
    }
}
