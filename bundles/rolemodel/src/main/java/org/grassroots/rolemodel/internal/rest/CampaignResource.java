package org.grassroots.rolemodel.internal.rest;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.grassroots.core.api.Page;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.grassroots.rolemodel.internal.AwardCampaign;
import org.grassroots.rolemodel.internal.CampaignDraft;
import org.grassroots.rolemodel.internal.CampaignFigures;
import org.grassroots.rolemodel.internal.Campaigns;
import org.grassroots.rolemodel.internal.RoleModelModule;
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

    @Activate
    public CampaignResource(@Reference Campaigns campaigns) {
        this.campaigns = campaigns;
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
}
