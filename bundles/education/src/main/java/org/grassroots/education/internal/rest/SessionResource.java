package org.grassroots.education.internal.rest;

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

import org.grassroots.core.api.Page;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.education.internal.AttendanceDraft;
import org.grassroots.education.internal.CancelStep;
import org.grassroots.education.internal.EducationModule;
import org.grassroots.education.internal.Program;
import org.grassroots.education.internal.ProgramDraft;
import org.grassroots.education.internal.Programs;
import org.grassroots.education.internal.RosterEntry;
import org.grassroots.education.internal.Session;
import org.grassroots.education.internal.SessionAction;
import org.grassroots.education.internal.SessionDraft;
import org.grassroots.education.internal.SessionQuery;
import org.grassroots.education.internal.SessionStatus;
import org.grassroots.education.internal.Sessions;
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
 * {@code /api/education/programs} and {@code /api/education/sessions}: the "新+" programs and their training
 * sessions (集中培训): planned → held (attendance of the roster) → archived, or cancelled with a reason.
 */
@Component(service = SessionResource.class)
@ModuleResource(EducationModule.ID)
@Path("")
@RequiresPermission(EducationModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {
    private final Programs programs;
    private final Sessions sessions;
    private final ModuleScope scope;

    @Activate
    public SessionResource(@Reference Programs programs, @Reference Sessions sessions, @Reference ModuleScopes scopes) {
        this.programs = programs;
        this.sessions = sessions;
        this.scope = scopes.of(EducationModule.ID);
    }

    @GET
    @Path("programs")
    public Page<Program> programs(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                  @BeanParam PageParams page) {
        return programs.search(unit, year, page.toRequest());
    }

    @POST
    @Path("programs")
    @RequiresPermission(EducationModule.SESSION_MANAGE)
    @Returns(Program.class)
    public Response createProgram(ProgramDraft draft) {
        return Responses.created("programs", programs.create(draft));
    }

    @GET
    @Path("programs/{id}")
    @Returns(Program.class)
    public Response program(@PathParam("id") long id) {
        return Responses.ok(programs.get(id));
    }

    @PUT
    @Path("programs/{id}")
    @RequiresPermission(EducationModule.SESSION_MANAGE)
    @Returns(Program.class)
    public Response updateProgram(@PathParam("id") long id, ProgramDraft draft, @Context HttpHeaders headers,
                                  @QueryParam("version") Long version) {
        return Responses.ok(programs.update(id, Preconditions.requiredVersion(headers, version), draft));
    }

    /** The sessions of the unit's subtree: {@code program}, {@code status}, {@code year} (of the start). */
    @GET
    @Path("sessions")
    public Page<Session> search(@QueryParam("unit") Long unit, @QueryParam("program") Long program,
                                @QueryParam("status") SessionStatus status,
                                @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year, @BeanParam PageParams page) {
        String path = scope.enabledUnit(unit, "unit").path();
        return sessions.search(new SessionQuery(path, program, status, year), page.toRequest());
    }

    @POST
    @Path("sessions")
    @RequiresPermission(EducationModule.SESSION_MANAGE)
    @Returns(Session.class)
    public Response plan(SessionDraft draft) {
        return Responses.created("sessions", sessions.plan(draft));
    }

    @GET
    @Path("sessions/{id}")
    @Returns(Session.class)
    public Response session(@PathParam("id") long id) {
        return Responses.ok(sessions.get(id));
    }

    @PUT
    @Path("sessions/{id}")
    @RequiresPermission(EducationModule.SESSION_MANAGE)
    @Returns(Session.class)
    public Response update(@PathParam("id") long id, SessionDraft draft, @Context HttpHeaders headers,
                           @QueryParam("version") Long version) {
        return Responses.ok(sessions.update(id, Preconditions.requiredVersion(headers, version), draft));
    }

    /** The members of the target organizations and, once held, each one's attendance. */
    @GET
    @Path("sessions/{id}/roster")
    public List<RosterEntry> roster(@PathParam("id") long id) {
        return sessions.roster(id);
    }

    /** Records the session as held: {@code present} and {@code excused} member ids; the rest of the roster is absent. */
    @POST
    @Path("sessions/{id}/hold")
    @RequiresPermission(EducationModule.SESSION_MANAGE)
    @Returns(Session.class)
    public Response hold(@PathParam("id") long id, AttendanceDraft attendance, @Context HttpHeaders headers,
                         @QueryParam("version") Long version) {
        return Responses.ok(sessions.attendance(id, Preconditions.requiredVersion(headers, version), SessionAction.HOLD, attendance));
    }

    /** Corrects the attendance of a held (not yet archived) session. */
    @PUT
    @Path("sessions/{id}/attendance")
    @RequiresPermission(EducationModule.SESSION_MANAGE)
    @Returns(Session.class)
    public Response correct(@PathParam("id") long id, AttendanceDraft attendance, @Context HttpHeaders headers,
                            @QueryParam("version") Long version) {
        return Responses.ok(sessions.attendance(id, Preconditions.requiredVersion(headers, version), SessionAction.CORRECT, attendance));
    }

    @POST
    @Path("sessions/{id}/archive")
    @RequiresPermission(EducationModule.SESSION_MANAGE)
    @Returns(Session.class)
    public Response archive(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(sessions.close(id, Preconditions.requiredVersion(headers, version), SessionAction.ARCHIVE, null));
    }

    /** Cancels a planned session; {@code reason} is required. */
    @POST
    @Path("sessions/{id}/cancel")
    @RequiresPermission(EducationModule.SESSION_MANAGE)
    @Returns(Session.class)
    public Response cancel(@PathParam("id") long id, CancelStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(sessions.close(id, Preconditions.requiredVersion(headers, version), SessionAction.CANCEL,
                step == null ? null : step.reason()));
    }
}
