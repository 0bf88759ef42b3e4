package org.grassroots.position.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.grassroots.position.internal.EventAttendance;
import org.grassroots.position.internal.MyEvent;
import org.grassroots.position.internal.PositionModule;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /my/events}: a member on the phone: the events they signed up for, an event by its code, sign-up and sign-in. */
@Component(service = MyEventResource.class)
@ModuleResource(PositionModule.ID)
@Path("my/events")
@RequiresPermission(PositionModule.ATTEND)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyEventResource {
    private final EventAttendance attendance;

    @Activate
    public MyEventResource(@Reference EventAttendance attendance) {
        this.attendance = attendance;
    }

    @GET
    public List<MyEvent> mine() {
        return attendance.mine();
    }

    @GET
    @Path("{code}")
    public MyEvent byCode(@PathParam("code") String code) {
        return attendance.byCode(code);
    }

    @POST
    @Path("{code}/signup")
    public MyEvent signUp(@PathParam("code") String code) {
        return attendance.signUp(code);
    }

    @POST
    @Path("{code}/signin")
    public MyEvent signIn(@PathParam("code") String code) {
        return attendance.signIn(code);
    }
}
