package org.grassroots.core.internal.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.StatisticsReport;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.CoreMessages;
import org.grassroots.core.internal.modules.StatisticsAggregator;
import org.grassroots.core.internal.screen.DisplayToken;
import org.grassroots.core.internal.screen.DisplayTokens;
import org.grassroots.rest.AnySignedInUser;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The big screen (大屏): {@code GET /api/core/screen} answers one unit's figures for the command centre's display,
 * to a screen signed in with a display token ({@code Authorization: Display <token>}, its own unit) or to anyone who
 * reads statistics ({@code ?unit=}, a preview); the display tokens are made and revoked under
 * {@code /api/core/display-tokens} by administrators of the unit's subtree.
 */
@Component(service = ScreenResource.class)
@ModuleResource("core")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ScreenResource {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DisplayTokens tokens;
    private final StatisticsAggregator statistics;
    private final OrganizationService organizations;
    private final MemberService members;
    private final Authorization authorization;

    @Activate
    public ScreenResource(@Reference DisplayTokens tokens, @Reference StatisticsAggregator statistics,
                          @Reference OrganizationService organizations, @Reference MemberService members,
                          @Reference Authorization authorization) {
        this.tokens = tokens;
        this.statistics = statistics;
        this.organizations = organizations;
        this.members = members;
        this.authorization = authorization;
    }

    /** What a screen shows: the unit, its member count, the units right below it with theirs, every module's figures. */
    public record Screen(Organization unit, int year, Instant at, long members, List<Part> parts, StatisticsReport report) {
    }

    /** A unit right below the screen's unit (a street, a park) and the members of its subtree. */
    public record Part(long id, String name, UnitType unitType, long members) {
    }

    @GET
    @Path("screen")
    @AnySignedInUser("the big screen: a display token reads its own unit; other callers need core.statistics.read")
    public Screen screen(@QueryParam("unit") Long unit,
                         @QueryParam("year") @org.grassroots.rest.ParamRange(min = 1921, max = 9999) Integer year) {
        Caller caller = Actors.caller();
        long unitId;
        if (DisplayTokens.isScreen(caller)) {
            unitId = caller.organizationId();
        } else {
            authorization.require(CorePermissions.STATISTICS_READ);
            if (unit == null) {
                throw ValidationException.of("unit", CoreMessages.message("subtreeOf.required"));
            }
            authorization.requireInScope(unit, "organization", unit);
            unitId = unit;
        }
        // the newest year with figures (the dashboard's default), else this year
        List<Integer> years = statistics.years(unitId);
        int shownYear = year != null ? year : years.isEmpty() ? LocalDate.now(CHINA).getYear() : years.get(0);
        // the token was checked against its unit; the figures are read as the platform, within that unit only
        return Actors.as("screen", () -> {
            Organization shown = organizations.get(unitId);
            List<Part> parts = organizations.children(unitId).stream()
                    .map(c -> new Part(c.id(), c.name(), c.unitType(), count(c.id()))).toList();
            return new Screen(shown, shownYear, UtcTimes.nowInstant(), count(unitId), parts, statistics.report(unitId, shownYear));
        });
    }

    private long count(long subtreeOf) {
        return members.search(new MemberQuery(null, null, subtreeOf, null, null, null), new PageRequest(0, 1, null)).total();
    }

    public record NewToken(Long unitId, String label) {
    }

    /** A new token, with its secret (shown once). */
    @POST
    @Path("display-tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CorePermissions.DISPLAY_MANAGE)
    public DisplayTokens.Created create(NewToken request) {
        authorization.require(CorePermissions.DISPLAY_MANAGE);
        if (request == null || request.unitId() == null) {
            throw ValidationException.of("unitId", CoreMessages.message("required"));
        }
        return tokens.create(request.unitId(), request.label());
    }

    @GET
    @Path("display-tokens")
    @RequiresPermission(CorePermissions.DISPLAY_MANAGE)
    public List<DisplayToken> list() {
        authorization.require(CorePermissions.DISPLAY_MANAGE);
        return tokens.list();
    }

    @DELETE
    @Path("display-tokens/{id}")
    @RequiresPermission(CorePermissions.DISPLAY_MANAGE)
    public DisplayToken revoke(@PathParam("id") String id) {
        authorization.require(CorePermissions.DISPLAY_MANAGE);
        return tokens.revoke(id);
    }
}
