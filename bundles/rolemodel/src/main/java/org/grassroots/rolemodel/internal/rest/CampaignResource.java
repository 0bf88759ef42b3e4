package org.grassroots.rolemodel.internal.rest;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Page;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.grassroots.rolemodel.internal.AwardCampaign;
import org.grassroots.rolemodel.internal.CampaignChange;
import org.grassroots.rolemodel.internal.CampaignChanges;
import org.grassroots.rolemodel.internal.CampaignDraft;
import org.grassroots.rolemodel.internal.CampaignFigures;
import org.grassroots.rolemodel.internal.Campaigns;
import org.grassroots.rolemodel.internal.RoleModelModule;
import org.grassroots.rolemodel.internal.RoleModelSheets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /campaigns}: award campaigns (两优一先, 七一表彰) with their categories, quotas and submission window
 * (organized with {@code rolemodel.awards}), and each campaign's figures.
 */
@Component(service = CampaignResource.class)
@ModuleResource(RoleModelModule.ID)
@Path("campaigns")
@RequiresPermission(RoleModelModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {
    private final Campaigns campaigns;
    private final CampaignChanges changes;
    private final RoleModelSheets sheets;

    @Activate
    public CampaignResource(@Reference Campaigns campaigns, @Reference CampaignChanges changes, @Reference RoleModelSheets sheets) {
        this.campaigns = campaigns;
        this.changes = changes;
        this.sheets = sheets;
    }

    /** The campaigns the unit takes part in (organized in its subtree or above it); {@code year} optional. */
    @GET
    public Page<AwardCampaign> search(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                      @BeanParam PageParams page) {
        return campaigns.search(unit, year, page.toRequest());
    }

    @POST
    @RequiresPermission(RoleModelModule.AWARDS)
    @Returns(AwardCampaign.class)
    public Response create(CampaignDraft draft) {
        return Responses.created("campaigns", campaigns.create(draft));
    }

    @GET
    @Path("{id}")
    @Returns(AwardCampaign.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(campaigns.get(id));
    }

    /** Nominations by status, and per category nominations, awarded and quota places (the caller's part). */
    @GET
    @Path("{id}/figures")
    public CampaignFigures figures(@PathParam("id") long id) {
        return campaigns.figures(id);
    }

    /** A published campaign's new window and quotas ({@code If-Match}); the nominations already made stay valid. */
    @PUT
    @Path("{id}")
    @RequiresPermission(RoleModelModule.AWARDS)
    @Returns(AwardCampaign.class)
    public Response change(@PathParam("id") long id, CampaignChange draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(changes.change(id, Preconditions.requiredVersion(headers, version), draft));
    }

    /** The campaign's nominations of the caller's part as a spreadsheet (XLSX or CSV). */
    @GET
    @Path("{id}/nominations/export")
    @Produces({ RoleModelResponses.XLSX, RoleModelResponses.CSV, RoleModelResponses.JSON })
    public Response exportNominations(@PathParam("id") long id, @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        return RoleModelResponses.download(sheets.nominations(id, format), format, "nominations");
    }
}
