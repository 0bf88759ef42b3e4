package org.grassroots.core.internal.rest;

import org.grassroots.core.internal.CoreMessages;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.StatisticsReport;
import org.grassroots.core.internal.modules.MemberHistory;
import org.grassroots.core.internal.modules.StatisticsAggregator;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.ParamRange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/core/statistics?subtreeOf=&year=}: the dashboard figures of core and of every active module. */
@Component(service = StatisticsResource.class)
@ModuleResource("core")
@Path("statistics")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission(CorePermissions.STATISTICS_READ)
public class StatisticsResource {
    /** The longest run of years {@code members-at-year-end} answers (the dashboard asks for five). */
    static final int MAX_YEARS = 30;

    private final StatisticsAggregator statistics;
    private final Authorization authorization;
    private final MemberHistory memberHistory;

    @Activate
    public StatisticsResource(@Reference StatisticsAggregator statistics, @Reference Authorization authorization,
                              @Reference MemberHistory memberHistory) {
        this.statistics = statistics;
        this.authorization = authorization;
        this.memberHistory = memberHistory;
    }

    /**
     * {@code ?subtreeOf=&from=&to=}: the members of the subtree on 31 December of each year, rebuilt from the join
     * dates, leavings and transfers ({@link MemberHistory}): the history behind the dashboard's trend of the roll.
     */
    @GET
    @Path("members-at-year-end")
    public MembersAtYearEnd membersAtYearEnd(@QueryParam("subtreeOf") Long subtreeOf,
                                             @QueryParam("from") @ParamRange(min = 1921, max = 9999) Integer from,
                                             @QueryParam("to") @ParamRange(min = 1921, max = 9999) Integer to) {
        ValidationException.Builder errors = ValidationException.builder();
        if (subtreeOf == null) {
            errors.add("subtreeOf", CoreMessages.message("subtreeOf.required"));
        }
        requireYear(errors, "from", from);
        requireYear(errors, "to", to);
        if (from != null && to != null && (to < from || to - from >= MAX_YEARS)) {
            errors.add("to", CoreMessages.message("years.range", MAX_YEARS));
        }
        errors.throwIfAny();
        authorization.requireInScope(subtreeOf, "organization", subtreeOf);
        List<YearEnd> years = memberHistory.atYearEnds(subtreeOf, from, to).entrySet().stream()
                .map(e -> new YearEnd(e.getKey(), e.getValue())).toList();
        return new MembersAtYearEnd(subtreeOf, years);
    }

    private static void requireYear(ValidationException.Builder errors, String field, Integer year) {
        if (year == null || year < 1921 || year > 9999) {
            errors.add(field, CoreMessages.message("year.required"));
        }
    }

    /** {@code years}: oldest first, one per year asked. */
    public record MembersAtYearEnd(long subtreeOf, List<YearEnd> years) {
    }

    public record YearEnd(int year, long members) {
    }

    /**
     * The years with figures in the subtree, newest first: the console's year pickers start at the first. With
     * {@code module}, that module's years only, so that a module's page starts at its own newest year (another
     * module's present-day figures do not move it).
     */
    @GET
    @Path("years")
    public YearsWithData years(@QueryParam("subtreeOf") Long subtreeOf, @QueryParam("module") String module) {
        if (subtreeOf == null) {
            throw ValidationException.of("subtreeOf", CoreMessages.message("subtreeOf.required"));
        }
        authorization.requireInScope(subtreeOf, "organization", subtreeOf);
        return new YearsWithData(subtreeOf, statistics.years(subtreeOf, module));
    }

    /** {@code years}: newest first; empty when no module has dated data in the subtree. */
    public record YearsWithData(long subtreeOf, List<Integer> years) {
    }

    @GET
    public StatisticsReport report(@QueryParam("subtreeOf") Long subtreeOf,
                                   @QueryParam("year") @ParamRange(min = 1921, max = 9999) Integer year) {
        if (subtreeOf == null) {
            throw ValidationException.of("subtreeOf", CoreMessages.message("subtreeOf.required"));
        }
        if (year == null || year < 1921 || year > 9999) {
            throw ValidationException.of("year", CoreMessages.message("year.required"));
        }
        authorization.requireInScope(subtreeOf, "organization", subtreeOf);
        return statistics.report(subtreeOf, year);
    }
}
