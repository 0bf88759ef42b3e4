package org.grassroots.core.internal.rest;

import java.util.Map;

import javax.ws.rs.BeanParam;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.Page;
import org.grassroots.core.api.notification.Notification;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.AnySignedInUser;
import org.grassroots.rest.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/core/notifications}: the signed-in account's inbox. Every account has one, so no permission is needed;
 * an entry that is not in the caller's inbox answers 404.
 */
@Component(service = NotificationResource.class)
@ModuleResource("core")
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {
    private final Notifications notifications;

    @Activate
    public NotificationResource(@Reference Notifications notifications) {
        this.notifications = notifications;
    }

    @GET
    @AnySignedInUser("one's own inbox")
    public Page<Notification> inbox(@QueryParam("unread") @DefaultValue("false") boolean unread, @BeanParam PageParams page) {
        return notifications.inbox(unread, page.toRequest());
    }

    /** {@code {"unread": n}}, for the console's top bar. */
    @GET
    @AnySignedInUser("one's own inbox")
    @Path("count")
    public Map<String, Long> count() {
        return Map.of("unread", notifications.unreadCount());
    }

    @POST
    @AnySignedInUser("one's own inbox")
    @Path("{id}/read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @AnySignedInUser("one's own inbox")
    @Path("read-all")
    public Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead());
    }

    @POST
    @AnySignedInUser("one's own inbox")
    @Path("{id}/dismiss")
    public Response dismiss(@PathParam("id") long id) {
        notifications.dismiss(id);
        return Response.noContent().build();
    }

    @DELETE
    @AnySignedInUser("one's own inbox")
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        return dismiss(id);
    }
}
