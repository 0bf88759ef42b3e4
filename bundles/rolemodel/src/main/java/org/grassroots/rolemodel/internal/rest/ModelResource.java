package org.grassroots.rolemodel.internal.rest;

import java.io.InputStream;
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

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Page;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.ParamRange;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.grassroots.rolemodel.internal.*;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /models}: role models, their lifecycle steps ({@code POST /models/{id}/steps} with the model's ETag in
 * {@code If-Match}; 409 naming the allowed step), cultivation tracking, publicity, learning, and the level-by-level
 * recommendation ({@code recommend}, {@code approve}, {@code return}, with the full {@code recommendations} history).
 */
@Component(service = ModelResource.class)
@ModuleResource(RoleModelModule.ID)
@Path("models")
@RequiresPermission(RoleModelModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModelResource {
    private final RoleModels models;
    private final Recommendations recommendations;
    private final Trackings trackings;
    private final ModelActivities activities;
    private final RoleModelSheets sheets;
    private final RoleModelImports imports;

    @Activate
    public ModelResource(@Reference RoleModels models, @Reference Recommendations recommendations, @Reference Trackings trackings,
                         @Reference ModelActivities activities, @Reference RoleModelSheets sheets,
                         @Reference RoleModelImports imports) {
        this.imports = imports;
        this.sheets = sheets;
        this.models = models;
        this.recommendations = recommendations;
        this.trackings = trackings;
        this.activities = activities;
    }

    /** The models of the unit's subtree: {@code year}, {@code stage}, {@code tier}, {@code field}, {@code recommendation}, {@code q}. */
    @GET
    public Page<RoleModel> search(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                                  @QueryParam("stage") Stage stage, @QueryParam("tier") Tier tier, @QueryParam("field") ModelField field,
                                  @QueryParam("recommendation") RecommendationStatus recommendation, @QueryParam("q") String q,
                                  @BeanParam PageParams page) {
        return models.search(unit, year, stage, tier, field, recommendation, q, page.toRequest());
    }

    @POST
    @RequiresPermission(RoleModelModule.WRITE)
    @Returns(RoleModel.class)
    public Response create(RoleModelDraft draft) {
        return Responses.created("models", models.create(draft));
    }

    @GET
    @Path("{id}")
    @Returns(RoleModel.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(models.get(id));
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(RoleModelModule.WRITE)
    @Returns(RoleModel.class)
    public Response update(@PathParam("id") long id, RoleModelDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(models.update(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @GET
    @Path("{id}/steps")
    public List<Step> steps(@PathParam("id") long id) {
        return models.steps(id);
    }

    @POST
    @Path("{id}/steps")
    @RequiresPermission(RoleModelModule.WRITE)
    @Returns(RoleModel.class)
    public Response step(@PathParam("id") long id, StepDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(models.step(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @GET
    @Path("{id}/tracking")
    public List<Tracking> tracking(@PathParam("id") long id) {
        return trackings.of(id);
    }

    @POST
    @Path("{id}/tracking")
    @RequiresPermission(RoleModelModule.WRITE)
    public Response track(@PathParam("id") long id, TrackingDraft draft) {
        return RoleModelResponses.added(trackings.record(id, draft));
    }

    @GET
    @Path("{id}/publicity")
    public List<Publicity> publicity(@PathParam("id") long id) {
        return activities.publicity(id);
    }

    @POST
    @Path("{id}/publicity")
    @RequiresPermission(RoleModelModule.WRITE)
    public Response publicize(@PathParam("id") long id, PublicityDraft draft) {
        return RoleModelResponses.added(activities.publicize(id, draft));
    }

    @GET
    @Path("{id}/learning")
    public List<Learning> learning(@PathParam("id") long id) {
        return activities.learning(id);
    }

    @POST
    @Path("{id}/learning")
    @RequiresPermission(RoleModelModule.WRITE)
    public Response learn(@PathParam("id") long id, LearningDraft draft) {
        return RoleModelResponses.added(activities.learn(id, draft));
    }

    @GET
    @Path("{id}/recommendations")
    public List<RecommendationStep> recommendations(@PathParam("id") long id) {
        return recommendations.history(id);
    }

    @POST
    @Path("{id}/recommend")
    @RequiresPermission(RoleModelModule.RECOMMEND)
    @Returns(RoleModel.class)
    public Response recommend(@PathParam("id") long id, DecisionDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(recommendations.submit(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @POST
    @Path("{id}/approve")
    @RequiresPermission(RoleModelModule.RECOMMEND)
    @Returns(RoleModel.class)
    public Response approve(@PathParam("id") long id, DecisionDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(recommendations.approve(id, Preconditions.requiredVersion(headers, version), draft));
    }

    @POST
    @Path("{id}/return")
    @RequiresPermission(RoleModelModule.RECOMMEND)
    @Returns(RoleModel.class)
    public Response giveBack(@PathParam("id") long id, DecisionDraft draft, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return Responses.ok(recommendations.giveBack(id, Preconditions.requiredVersion(headers, version), draft));
    }

    /** Imports a sheet of role models (XLSX or CSV, all or nothing; 422 naming every refused row and column). */
    @POST
    @Path("import")
    @RequiresPermission(RoleModelModule.WRITE)
    @Consumes(MediaType.WILDCARD)
    public RoleModelImports.Imported importSheet(@QueryParam("unit") Long unit, @QueryParam("format") @DefaultValue("XLSX") FileFormat format,
                                                 InputStream body) {
        return imports.importModels(unit, format, body);
    }

    /** The list as a spreadsheet: XLSX (default) or CSV. */
    @GET
    @Path("export")
    @Produces({ RoleModelResponses.XLSX, RoleModelResponses.CSV, RoleModelResponses.JSON })
    public Response export(@QueryParam("unit") Long unit, @QueryParam("year") @ParamRange(min = 2000, max = 2100) Integer year,
                           @QueryParam("format") @DefaultValue("XLSX") FileFormat format) {
        RoleModelSheets.Export export = sheets.models(unit, year, format);
        return RoleModelResponses.download(export, format, "rolemodels");
    }
}
