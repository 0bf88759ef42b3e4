package org.grassroots.education.internal.rest;

import java.time.Year;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.grassroots.core.api.Page;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.education.internal.CreditSource;
import org.grassroots.education.internal.EducationModule;
import org.grassroots.education.internal.MemberPoints;
import org.grassroots.education.internal.PointRule;
import org.grassroots.education.internal.PointRuleDraft;
import org.grassroots.education.internal.PointsEntry;
import org.grassroots.education.internal.StudyPoints;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/education/points}: study points (积分): the district's rules (points per approved hour of each source),
 * the yearly ranking of a subtree, and {@code /my/points}, a member's own points and rank in their organization.
 */
@Component(service = PointsResource.class)
@ModuleResource(EducationModule.ID)
@Path("")
@RequiresPermission(EducationModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PointsResource {
    private final StudyPoints points;
    private final ModuleScope scope;

    @Activate
    public PointsResource(@Reference StudyPoints points, @Reference ModuleScopes scopes) {
        this.points = points;
        this.scope = scopes.of(EducationModule.ID);
    }

    @GET
    @Path("points/rules")
    public List<PointRule> rules() {
        return points.rules();
    }

    /** Sets the points per approved hour of a source ({@code SESSION}, {@code SELF_STUDY}, {@code COURSE}), district-wide. */
    @PUT
    @Path("points/rules/{source}")
    @RequiresPermission(EducationModule.POINTS)
    public PointRule setRule(@PathParam("source") String source, PointRuleDraft draft, @QueryParam("version") Long version) {
        return points.setRule(parse(source), version, draft);
    }

    /** The members of the unit's subtree with points in the year, the most first; equal points share a rank. */
    @GET
    @Path("points/ranking")
    public Page<PointsEntry> ranking(@QueryParam("unit") Long unit,
                                     @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                     @BeanParam PageParams page) {
        return points.ranking(unit, yearOr(year), page.toRequest());
    }

    /** The signed-in member's points of the year and their rank in their organization. */
    @GET
    @Path("my/points")
    @RequiresPermission(EducationModule.OWN)
    public MemberPoints myPoints(@QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year) {
        return points.memberPoints(scope.caller().memberId(), yearOr(year));
    }

    private static CreditSource parse(String source) {
        try {
            return source == null ? null : CreditSource.valueOf(source.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int yearOr(Integer year) {
        return year == null ? Year.now().getValue() : year;
    }
}
