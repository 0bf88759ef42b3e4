package org.grassroots.affairs.internal.rest;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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
import javax.ws.rs.core.StreamingOutput;

import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.affairs.internal.Campaign;
import org.grassroots.affairs.internal.CampaignDraft;
import org.grassroots.affairs.internal.CampaignStatus;
import org.grassroots.affairs.internal.Evaluations;
import org.grassroots.affairs.internal.RatingDraft;
import org.grassroots.affairs.internal.RatingLine;
import org.grassroots.affairs.internal.RatingSheets;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.text.Message;
import org.grassroots.rest.Downloads;
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

/** {@code /campaigns}: democratic evaluation of members (民主评议党员), opened, rated member by member, closed. */
@Component(service = CampaignResource.class)
@ModuleResource(AffairsModule.ID)
@Path("campaigns")
@RequiresPermission(AffairsModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {
    private final Evaluations evaluations;
    private final RatingSheets sheets;

    @Activate
    public CampaignResource(@Reference Evaluations evaluations, @Reference RatingSheets sheets) {
        this.evaluations = evaluations;
        this.sheets = sheets;
    }

    @GET
    public Page<Campaign> search(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                 @QueryParam("status") CampaignStatus status, @BeanParam PageParams page) {
        return evaluations.search(unit, year, status, page.toRequest());
    }

    @POST
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(Campaign.class)
    public Response open(CampaignDraft draft) {
        return Responses.created("campaigns", evaluations.open(draft));
    }

    @GET
    @Path("{id}")
    @Returns(Campaign.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(evaluations.get(id));
    }

    @GET
    @Path("{id}/ratings")
    public List<RatingLine> ratings(@PathParam("id") long id) {
        return evaluations.lines(id);
    }

    /** Ratings for one or more members, all or nothing (422 naming each refused line). */
    @POST
    @Path("{id}/ratings")
    @RequiresPermission(AffairsModule.WRITE)
    public List<RatingLine> rate(@PathParam("id") long id, List<RatingDraft> ratings) {
        return evaluations.rate(id, ratings);
    }

    /** Lists a member who joined the organization after the campaign opened. */
    @POST
    @Path("{id}/members")
    @RequiresPermission(AffairsModule.WRITE)
    public Response addMember(@PathParam("id") long id, MemberRef member) {
        return Response.status(201).entity(evaluations.addMember(id, member == null ? null : member.memberId())).build();
    }

    @POST
    @Path("{id}/close")
    @RequiresPermission(AffairsModule.WRITE)
    @Returns(Campaign.class)
    public Response close(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(evaluations.close(id, Preconditions.requiredVersion(headers, version)));
    }

    /** The campaign's ratings as XLSX or CSV, one row per listed member (also the template for the import). */
    @GET
    @Path("{id}/sheet")
    @Produces({ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv", MediaType.APPLICATION_JSON })
    public Response export(@PathParam("id") long id, @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        StreamingOutput body = out -> sheets.export(id, format, out);
        return Downloads.attachment(body, format, "ratings-" + id);
    }

    /** Ratings from a spreadsheet (the file is the body), all rows or none (422 with rowErrors). */
    @POST
    @Path("{id}/sheet")
    @RequiresPermission(AffairsModule.WRITE)
    @Consumes(MediaType.WILDCARD)
    public Map<String, Integer> importSheet(@PathParam("id") long id, @QueryParam("format") FileFormat format, InputStream body) {
        if (format == null) {
            throw ValidationException.of("format", Message.of("请选择文件格式：XLSX 或 CSV", "required: XLSX or CSV"));
        }
        return Map.of("entered", sheets.importRatings(id, format, body));
    }

    /** Body of {@code POST /campaigns/{id}/members}. */
    public record MemberRef(Long memberId) {
    }
}
