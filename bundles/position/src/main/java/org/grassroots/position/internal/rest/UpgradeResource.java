package org.grassroots.position.internal.rest;

import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
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
import org.grassroots.position.internal.*;
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
 * {@code /upgrades}: upgrade projects. The steps {@code start}, {@code complete}, {@code accept} (the level above),
 * {@code return} and progress {@code notes} take the project's ETag in If-Match and answer 409 naming the allowed
 * steps when the state does not allow the step.
 */
@Component(service = UpgradeResource.class)
@ModuleResource(PositionModule.ID)
@Path("upgrades")
@RequiresPermission(PositionModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UpgradeResource {
    private final Upgrades upgrades;

    @Activate
    public UpgradeResource(@Reference Upgrades upgrades) {
        this.upgrades = upgrades;
    }

    @GET
    public Page<Upgrade> search(@QueryParam("unit") Long unit, @QueryParam("status") UpgradeStatus status,
                                @QueryParam("position") Long position,
                                @QueryParam("acceptedYear") @ParamRange(min = 2000, max = 2100) Integer acceptedYear,
                                @BeanParam PageParams page) {
        return upgrades.search(unit, status, position, acceptedYear, page.toRequest());
    }

    @POST
    @RequiresPermission(PositionModule.MANAGE)
    @Returns(Upgrade.class)
    public Response create(UpgradeDraft draft) {
        return Responses.created("upgrades", upgrades.create(draft));
    }

    @GET
    @Path("{id}")
    @Returns(Upgrade.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(upgrades.get(id));
    }

    @GET
    @Path("{id}/history")
    public List<UpgradeStep> history(@PathParam("id") long id) {
        return upgrades.history(id);
    }

    @POST
    @Path("{id}/start")
    @RequiresPermission(PositionModule.MANAGE)
    @Returns(Upgrade.class)
    public Response start(@PathParam("id") long id, StepDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return act(id, UpgradeAction.START, draft, headers, version);
    }

    @POST
    @Path("{id}/notes")
    @RequiresPermission(PositionModule.MANAGE)
    @Returns(Upgrade.class)
    public Response note(@PathParam("id") long id, StepDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return act(id, UpgradeAction.NOTE, draft, headers, version);
    }

    @POST
    @Path("{id}/complete")
    @RequiresPermission(PositionModule.MANAGE)
    @Returns(Upgrade.class)
    public Response complete(@PathParam("id") long id, StepDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return act(id, UpgradeAction.COMPLETE, draft, headers, version);
    }

    @POST
    @Path("{id}/accept")
    @RequiresPermission(PositionModule.ASSESS)
    @Returns(Upgrade.class)
    public Response accept(@PathParam("id") long id, StepDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return act(id, UpgradeAction.ACCEPT, draft, headers, version);
    }

    @POST
    @Path("{id}/return")
    @RequiresPermission(PositionModule.ASSESS)
    @Returns(Upgrade.class)
    public Response giveBack(@PathParam("id") long id, StepDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return act(id, UpgradeAction.RETURN, draft, headers, version);
    }

    private Response act(long id, UpgradeAction action, StepDraft draft, HttpHeaders headers, Long version) {
        return Responses.ok(upgrades.act(id, Preconditions.requiredVersion(headers, version), action, draft));
    }
}
