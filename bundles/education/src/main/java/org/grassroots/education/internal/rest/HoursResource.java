package org.grassroots.education.internal.rest;

import java.time.Year;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.grassroots.education.internal.Behind;
import org.grassroots.education.internal.CheckIn;
import org.grassroots.education.internal.CheckInDraft;
import org.grassroots.education.internal.CheckIns;
import org.grassroots.education.internal.Compliance;
import org.grassroots.education.internal.ComplianceReport;
import org.grassroots.education.internal.Credit;
import org.grassroots.education.internal.CreditSource;
import org.grassroots.education.internal.CreditStatus;
import org.grassroots.education.internal.Credits;
import org.grassroots.education.internal.Decision;
import org.grassroots.education.internal.EducationModule;
import org.grassroots.education.internal.EducationStatistics;
import org.grassroots.education.internal.Figures;
import org.grassroots.education.internal.MemberHours;
import org.grassroots.education.internal.Reminders;
import org.grassroots.education.internal.Requirement;
import org.grassroots.education.internal.RequirementDraft;
import org.grassroots.education.internal.Requirements;
import org.grassroots.education.internal.SelfStudyDraft;
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
 * Study hours: credits and self-study approval, a member's year against the requirement, the annual requirement per
 * unit (inherited down the tree), compliance per organization with the members behind, and the module's figures.
 */
@Component(service = HoursResource.class)
@ModuleResource(EducationModule.ID)
@Path("")
@RequiresPermission(EducationModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HoursResource {
    private final Credits credits;
    private final Requirements requirements;
    private final Compliance compliance;
    private final EducationStatistics statistics;
    private final ModuleScope scope;
    private final Reminders reminders;
    private final CheckIns checkIns;

    @Activate
    public HoursResource(@Reference Credits credits, @Reference Requirements requirements, @Reference Compliance compliance,
                         @Reference EducationStatistics statistics, @Reference ModuleScopes scopes,
                         @Reference Reminders reminders, @Reference CheckIns checkIns) {
        this.credits = credits;
        this.requirements = requirements;
        this.compliance = compliance;
        this.statistics = statistics;
        this.scope = scopes.of(EducationModule.ID);
        this.reminders = reminders;
        this.checkIns = checkIns;
    }

    /** Credits of the unit's subtree: {@code year}, {@code source}, {@code status} (PENDING = waiting for approval), {@code member}. */
    @GET
    @Path("credits")
    public Page<Credit> credits(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                @QueryParam("source") CreditSource source, @QueryParam("status") CreditStatus status,
                                @QueryParam("member") Long member, @BeanParam PageParams page) {
        return credits.search(unit, year, source, status, member, page.toRequest());
    }

    /** Records a member's self-study (pending until approved). */
    @POST
    @Path("credits")
    @RequiresPermission(EducationModule.HOURS_APPROVE)
    @Returns(Credit.class)
    public Response selfStudy(SelfStudyDraft draft) {
        return Responses.created("credits", credits.selfStudy(draft));
    }

    @GET
    @Path("credits/{id}")
    @Returns(Credit.class)
    public Response credit(@PathParam("id") long id) {
        return Responses.ok(credits.get(id));
    }

    @POST
    @Path("credits/{id}/approve")
    @RequiresPermission(EducationModule.HOURS_APPROVE)
    @Returns(Credit.class)
    public Response approve(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(credits.decide(id, Preconditions.requiredVersion(headers, version), true, null));
    }

    /** Rejects pending self-study; {@code reason} is required. */
    @POST
    @Path("credits/{id}/reject")
    @RequiresPermission(EducationModule.HOURS_APPROVE)
    @Returns(Credit.class)
    public Response reject(@PathParam("id") long id, Decision decision, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(credits.decide(id, Preconditions.requiredVersion(headers, version), false,
                decision == null ? null : decision.reason()));
    }

    /** A member's hours of the year (default: this year) against their unit's requirement. */
    @GET
    @Path("members/{id}/hours")
    public MemberHours memberHours(@PathParam("id") long id, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return credits.memberHours(id, yearOr(year));
    }

    /** The signed-in member's own hours of the year. */
    @GET
    @Path("my/hours")
    @RequiresPermission(EducationModule.OWN)
    public MemberHours myHours(@QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return credits.memberHours(scope.caller().memberId(), yearOr(year));
    }

    /** The signed-in member reports self-study (their secretary approves it). */
    @POST
    @Path("my/self-study")
    @RequiresPermission(EducationModule.OWN)
    @Returns(Credit.class)
    public Response mySelfStudy(SelfStudyDraft draft) {
        Long me = scope.caller().memberId();
        SelfStudyDraft mine = draft == null ? null
                : new SelfStudyDraft(me == null ? -1L : me, draft.title(), draft.studiedOn(), draft.hours());
        return Responses.created("credits", credits.selfStudy(mine));
    }

    /**
     * The signed-in member checks in to a session with its six-digit code, from 30 minutes before the start until the
     * end (409 outside that time, so a code cannot be reused afterwards). Checking in twice is the same check-in.
     */
    @POST
    @Path("my/check-in")
    @RequiresPermission(EducationModule.OWN)
    public CheckIn checkIn(CheckInDraft draft) {
        return checkIns.checkIn(draft == null ? null : draft.code());
    }

    /** The requirement that applies to the unit: its own, inherited from above, or the default of 32 hours. */
    @GET
    @Path("requirements/{unitId}")
    public Requirement requirement(@PathParam("unitId") long unit) {
        return requirements.get(unit);
    }

    /** Sets the unit's own requirement ({@code hours}); the units below inherit it unless they set their own. */
    @PUT
    @Path("requirements/{unitId}")
    @RequiresPermission(EducationModule.SETTINGS)
    public Requirement setRequirement(@PathParam("unitId") long unit, RequirementDraft draft, @QueryParam("version") Long version) {
        return requirements.set(unit, version, draft == null ? null : draft.hours());
    }

    /** Removes the unit's own requirement: the nearest one above applies again. */
    @DELETE
    @Path("requirements/{unitId}")
    @RequiresPermission(EducationModule.SETTINGS)
    public Requirement clearRequirement(@PathParam("unitId") long unit) {
        return requirements.clear(unit);
    }

    /** Members and those meeting the requirement in the unit's subtree and in each unit directly below. */
    @GET
    @Path("compliance")
    public ComplianceReport compliance(@QueryParam("unit") Long unit,
            @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return compliance.report(unit, yearOr(year));
    }

    /** The members below the requirement with their shortfall, the largest first. */
    @GET
    @Path("compliance/behind")
    public Page<Behind> behind(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                               @BeanParam PageParams page) {
        return compliance.behind(unit, yearOr(year), page.toRequest());
    }

    /** The module's figures of the unit's subtree and year (the dashboard panel). */
    @GET
    @Path("statistics")
    public Figures statistics(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return statistics.figures(scope.enabledUnit(unit, "unit"), yearOr(year));
    }

    /**
     * Reminds every unit of the subtree with members below the year's requirement (its secretaries get the names, its
     * members a reminder); only in the last quarter of that year (409 otherwise). Answers {@code {"units": n}}.
     */
    @POST
    @Path("reminders")
    @RequiresPermission(EducationModule.SETTINGS)
    public java.util.Map<String, Integer> remind(@QueryParam("unit") Long unit,
                                                 @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return java.util.Map.of("units", reminders.remindBehind(unit, yearOr(year), java.time.LocalDate.now(org.grassroots.education.internal.Sessions.LOCAL)));
    }

    private static int yearOr(Integer year) {
        return year == null ? Year.now().getValue() : year;
    }
}
