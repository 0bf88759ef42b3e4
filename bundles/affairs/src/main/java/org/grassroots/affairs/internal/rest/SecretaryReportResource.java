package org.grassroots.affairs.internal.rest;

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

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.affairs.internal.assessment.RatingEntry;
import org.grassroots.affairs.internal.assessment.Report;
import org.grassroots.affairs.internal.assessment.ReportAction;
import org.grassroots.affairs.internal.assessment.ReportStatus;
import org.grassroots.affairs.internal.assessment.ReportStep;
import org.grassroots.affairs.internal.assessment.SecretaryReports;
import org.grassroots.core.api.Page;
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
 * {@code /secretary-reports}: 述职评议. The organization writes and submits its secretary's report ({@code If-Match});
 * the level above enters the evaluators' ratings, returns the report with a reason or decides the result.
 */
@Component(service = SecretaryReportResource.class)
@ModuleResource(AffairsModule.ID)
@Path("secretary-reports")
@RequiresPermission(AffairsModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SecretaryReportResource {
    private final SecretaryReports reports;

    @Activate
    public SecretaryReportResource(@Reference SecretaryReports reports) {
        this.reports = reports;
    }

    @GET
    public Page<Report> search(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                               @QueryParam("round") Long round, @QueryParam("status") ReportStatus status, @BeanParam PageParams page) {
        return reports.search(unit, year, round, status, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Returns(Report.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(reports.get(id));
    }

    /** The report's text, while it is written (or returned). */
    @PUT
    @Path("{id}")
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(Report.class)
    public Response edit(@PathParam("id") long id, ReportStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, ReportAction.EDIT, step, headers, version);
    }

    @POST
    @Path("{id}/submit")
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(Report.class)
    public Response submit(@PathParam("id") long id, ReportStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, ReportAction.SUBMIT, step, headers, version);
    }

    /** One evaluator's rating (好/较好/一般/差) of a submitted report. */
    @POST
    @Path("{id}/ratings")
    @RequiresPermission(AffairsModule.REVIEW)
    @Returns(Report.class)
    public Response rate(@PathParam("id") long id, RatingEntry rating) {
        return Responses.ok(reports.rate(id, rating));
    }

    @POST
    @Path("{id}/return")
    @RequiresPermission(AffairsModule.REVIEW)
    @Returns(Report.class)
    public Response sendBack(@PathParam("id") long id, ReportStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, ReportAction.RETURN, step, headers, version);
    }

    @POST
    @Path("{id}/decide")
    @RequiresPermission(AffairsModule.REVIEW)
    @Returns(Report.class)
    public Response decide(@PathParam("id") long id, ReportStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, ReportAction.DECIDE, step, headers, version);
    }

    private Response step(long id, ReportAction action, ReportStep step, HttpHeaders headers, Long version) {
        return Responses.ok(reports.step(id, Preconditions.requiredVersion(headers, version), action, step));
    }
}
