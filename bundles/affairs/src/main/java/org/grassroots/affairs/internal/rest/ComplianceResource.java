package org.grassroots.affairs.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.affairs.internal.AffairsStatistics;
import org.grassroots.affairs.internal.Compliance;
import org.grassroots.affairs.internal.ComplianceReport;
import org.grassroots.affairs.internal.Dashboard;
import org.grassroots.affairs.internal.EffectiveRule;
import org.grassroots.affairs.internal.Exemption;
import org.grassroots.affairs.internal.ExemptionDraft;
import org.grassroots.affairs.internal.ReminderRun;
import org.grassroots.affairs.internal.Reminders;
import org.grassroots.affairs.internal.RuleDraft;
import org.grassroots.affairs.internal.RuleSetting;
import org.grassroots.affairs.internal.RuleSettings;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /compliance} (who held the required meetings in a year, quarter or month), {@code /rules} (the periods in
 * force and a unit's settings), {@code /exemptions}, {@code /statistics} (the dashboard figures) and
 * {@code /reminders/run}.
 */
@Component(service = ComplianceResource.class)
@ModuleResource(AffairsModule.ID)
@Path("")
@RequiresPermission(AffairsModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplianceResource {
    private final Compliance compliance;
    private final RuleSettings rules;
    private final AffairsStatistics statistics;
    private final Reminders reminders;
    private final ModuleScope scope;

    @Activate
    public ComplianceResource(@Reference Compliance compliance, @Reference RuleSettings rules,
                              @Reference AffairsStatistics statistics, @Reference Reminders reminders,
                              @Reference ModuleScopes scopes) {
        this.compliance = compliance;
        this.rules = rules;
        this.statistics = statistics;
        this.reminders = reminders;
        this.scope = scopes.of(AffairsModule.ID);
    }

    @GET
    @Path("compliance")
    public ComplianceReport compliance(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                       @QueryParam("quarter") @ParamRange(min = 1, max = 4) Integer quarter,
                                       @QueryParam("month") @ParamRange(min = 1, max = 12) Integer month,
                                       @BeanParam PageParams page) {
        return compliance.report(unit, year == null ? LocalDate.now().getYear() : year, quarter, month, page.toRequest());
    }

    @GET
    @Path("rules")
    public List<EffectiveRule> rules(@QueryParam("unit") Long unit) {
        return rules.effective(unit);
    }

    /** Sets a unit's period for one meeting type (period null: back to what is inherited). */
    @PUT
    @Path("rules")
    @RequiresPermission(AffairsModule.SETTINGS)
    @Returns(RuleSetting.class)
    public Response setRule(RuleDraft draft) {
        RuleSetting set = rules.set(draft);
        return set == null ? Response.noContent().build() : Response.ok(set).build();
    }

    @GET
    @Path("exemptions")
    public List<Exemption> exemptions(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return rules.exemptionsOf(unit, year);
    }

    @POST
    @Path("exemptions")
    @RequiresPermission(AffairsModule.REVIEW)
    @Returns(Exemption.class)
    public Response exempt(ExemptionDraft draft) {
        Exemption e = rules.exempt(draft);
        return Response.status(201).entity(e).build();
    }

    @GET
    @Path("statistics")
    public Dashboard statistics(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return statistics.dashboard(scope.enabledUnit(unit, "unit"), year == null ? LocalDate.now().getYear() : year);
    }

    /** Sends today's reminders in the caller's scope now (the daily run does the same for the whole platform). */
    @POST
    @Path("reminders/run")
    @RequiresPermission(AffairsModule.SETTINGS)
    public ReminderRun remind(@QueryParam("unit") Long unit) {
        return reminders.run(scope.enabledUnit(unit, "unit"), LocalDate.now());
    }
}
