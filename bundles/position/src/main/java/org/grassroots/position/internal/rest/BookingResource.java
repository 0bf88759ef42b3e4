package org.grassroots.position.internal.rest;

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

import org.grassroots.position.internal.Booking;
import org.grassroots.position.internal.BookingDraft;
import org.grassroots.position.internal.Bookings;
import org.grassroots.position.internal.CancelDraft;
import org.grassroots.position.internal.PosText;
import org.grassroots.position.internal.PositionModule;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /bookings}: room bookings of the positions. {@code GET ?position=&day=} is a position's calendar of a day;
 * a booking that overlaps a booked slot of the same room answers 409; {@code {id}/cancel} takes If-Match and a reason.
 */
@Component(service = BookingResource.class)
@ModuleResource(PositionModule.ID)
@Path("bookings")
@RequiresPermission(PositionModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {
    private final Bookings bookings;

    @Activate
    public BookingResource(@Reference Bookings bookings) {
        this.bookings = bookings;
    }

    @GET
    public List<Booking> day(@QueryParam("position") Long position, @QueryParam("day") String day) {
        if (position == null) {
            throw PosText.TEXT.invalid("position", "field.required");
        }
        return bookings.day(position, DayParam.of("day", day));
    }

    @POST
    @RequiresPermission(PositionModule.MANAGE)
    @Returns(Booking.class)
    public Response book(BookingDraft draft) {
        return Responses.created("bookings", bookings.book(draft));
    }

    @POST
    @Path("{id}/cancel")
    @RequiresPermission(PositionModule.MANAGE)
    @Returns(Booking.class)
    public Response cancel(@PathParam("id") long id, CancelDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(bookings.cancel(id, Preconditions.requiredVersion(headers, version), draft));
    }
}
