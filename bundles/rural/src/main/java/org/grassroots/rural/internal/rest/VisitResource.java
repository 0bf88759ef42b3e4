package org.grassroots.rural.internal.rest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;

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

import org.grassroots.core.api.Page;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Paging;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.grassroots.rural.internal.Classifications;
import org.grassroots.rural.internal.Coverage;
import org.grassroots.rural.internal.RuralModule;
import org.grassroots.rural.internal.Task;
import org.grassroots.rural.internal.TaskDraft;
import org.grassroots.rural.internal.TaskStatusChange;
import org.grassroots.rural.internal.Visit;
import org.grassroots.rural.internal.VisitDraft;
import org.grassroots.rural.internal.Visits;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 村村到 visits: {@code /api/rural/visits}, their follow-up {@code /tasks}, and {@code /visits/coverage}. */
@Component(service = VisitResource.class)
@ModuleResource(RuralModule.ID)
@RequiresPermission("rural.read")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitResource {
    private static final Map<String, Comparator<Visit>> SORTABLE = Map.of(
            "visitedOn", Comparator.comparing(Visit::visitedOn),
            "village", Comparator.comparing(Visit::villageName),
            "leader", Comparator.comparing(Visit::leaderName));

    private final Visits visits;
    private final ModuleScope scope;

    @Activate
    public VisitResource(@Reference Visits visits, @Reference ModuleScopes scopes) {
        this.visits = visits;
        this.scope = scopes.of(RuralModule.ID);
    }

    @POST
    @RequiresPermission("rural.visit.manage")
    @Path("visits")
    @Returns(Visit.class)
    public Response record(VisitDraft draft) {
        Visit visit = visits.record(draft, scope.actor());
        return Responses.created("visits", visit);
    }

    @GET
    @Path("visits")
    public Page<Visit> list(@QueryParam("unit") Long unit, @QueryParam("year") Integer year, @BeanParam PageParams page) {
        return Paging.page(visits.list(unit, year), page, SORTABLE,
                Comparator.comparing(Visit::visitedOn).reversed().thenComparing(Visit::id));
    }

    @GET
    @Path("visits/coverage")
    public Coverage coverage(@QueryParam("unit") Long unit, @QueryParam("year") Integer year) {
        int y = year == null ? LocalDate.now().getYear() : year;
        Classifications.requireYear(y);
        return visits.coverage(unit, y);
    }

    @GET
    @Path("visits/{id}")
    @Returns(Visit.class)
    public Response get(@PathParam("id") long id) {
        Visit visit = visits.get(id);
        return Responses.ok(visit);
    }

    @POST
    @RequiresPermission("rural.visit.manage")
    @Path("visits/{id}/tasks")
    @Returns(Task.class)
    public Response addTask(@PathParam("id") long id, TaskDraft draft) {
        Task task = visits.addTask(id, draft, scope.actor());
        return Responses.created("tasks", task);
    }

    @GET
    @Path("tasks/{id}")
    @Returns(Task.class)
    public Response task(@PathParam("id") long id) {
        Task task = visits.task(id);
        return Responses.ok(task);
    }

    @POST
    @RequiresPermission("rural.visit.manage")
    @Path("tasks/{id}/status")
    @Returns(Task.class)
    public Response changeTask(@PathParam("id") long id, TaskStatusChange change, @Context HttpHeaders headers,
                               @QueryParam("version") Long version) {
        Task task = visits.changeTask(id, Preconditions.requiredVersion(headers, version),
                change == null ? null : change.status(), scope.actor());
        return Responses.ok(task);
    }
}
