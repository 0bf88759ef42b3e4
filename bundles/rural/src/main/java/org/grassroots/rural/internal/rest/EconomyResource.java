package org.grassroots.rural.internal.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
import org.grassroots.core.api.module.Statistic;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Paging;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.grassroots.rural.internal.Economy;
import org.grassroots.rural.internal.Income;
import org.grassroots.rural.internal.IncomeDraft;
import org.grassroots.rural.internal.Project;
import org.grassroots.rural.internal.ProjectDraft;
import org.grassroots.rural.internal.RuralModule;
import org.grassroots.rural.internal.RuralStatistics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Collective economy ({@code /api/rural/income}, {@code /villages/{id}/income/{year}}, {@code /projects}) and the
 * module's figures ({@code /statistics?unit=&year=}, the same the dashboard shows).
 */
@Component(service = EconomyResource.class)
@ModuleResource(RuralModule.ID)
@RequiresPermission("rural.read")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EconomyResource {
    private final Economy economy;
    private final ModuleScope scope;
    private final RuralStatistics statistics;

    @Activate
    public EconomyResource(@Reference Economy economy, @Reference ModuleScopes scopes,
                           @Reference RuralStatistics statistics) {
        this.economy = economy;
        this.scope = scopes.of(RuralModule.ID);
        this.statistics = statistics;
    }

    /** Records (If-Match "0") or corrects a village's collective income (万元) of the year. */
    @PUT
    @RequiresPermission("rural.economy.manage")
    @Path("villages/{village}/income/{year}")
    @Returns(Income.class)
    public Response saveIncome(@PathParam("village") long village, @PathParam("year") int year, IncomeDraft draft,
                               @Context HttpHeaders headers, @QueryParam("version") Long version) {
        Income income = economy.saveIncome(village, year, Preconditions.requiredVersion(headers, version),
                draft == null ? null : draft.amount(), scope.actor());
        return Responses.ok(income);
    }

    @GET
    @Path("income")
    public Page<Income> incomes(@QueryParam("unit") Long unit, @QueryParam("year") int year, @BeanParam PageParams page) {
        return Paging.page(economy.incomes(unit, year), page, Map.of(
                "amount", Comparator.comparingDouble(Income::amount),
                "village", Comparator.comparing(Income::villageName)), Comparator.comparing(Income::villageId));
    }

    @POST
    @RequiresPermission("rural.economy.manage")
    @Path("projects")
    @Returns(Project.class)
    public Response createProject(ProjectDraft draft) {
        Project p = economy.createProject(draft, scope.actor());
        return Responses.created("projects", p);
    }

    @GET
    @Path("projects")
    public Page<Project> projects(@QueryParam("unit") Long unit, @BeanParam PageParams page) {
        return Paging.page(economy.projects(unit), page, Map.of(
                "investment", Comparator.comparingDouble(Project::investment),
                "output", Comparator.comparingDouble(Project::output),
                "startYear", Comparator.comparingInt(Project::startYear)), Comparator.comparing(Project::id));
    }

    @GET
    @Path("projects/{id}")
    @Returns(Project.class)
    public Response project(@PathParam("id") long id) {
        Project p = economy.project(id);
        return Responses.ok(p);
    }

    @PUT
    @RequiresPermission("rural.economy.manage")
    @Path("projects/{id}")
    @Returns(Project.class)
    public Response updateProject(@PathParam("id") long id, ProjectDraft draft, @Context HttpHeaders headers,
                                  @QueryParam("version") Long version) {
        Project p = economy.updateProject(id, Preconditions.requiredVersion(headers, version), draft, scope.actor());
        return Responses.ok(p);
    }

    @GET
    @Path("statistics")
    public List<Statistic> statistics(@QueryParam("unit") Long unit, @QueryParam("year") int year) {
        return statistics.forUnit(unit, year);
    }
}
