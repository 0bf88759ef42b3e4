package org.grassroots.rural.internal.rest;

import java.util.Comparator;
import java.util.Map;

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
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Paging;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.grassroots.rural.internal.Classification;
import org.grassroots.rural.internal.ClassificationStatus;
import org.grassroots.rural.internal.Classifications;
import org.grassroots.rural.internal.CriterionScores;
import org.grassroots.rural.internal.ModelDraft;
import org.grassroots.rural.internal.ProposalDraft;
import org.grassroots.rural.internal.RunResult;
import org.grassroots.rural.internal.RuralModule;
import org.grassroots.rural.internal.ScoresDraft;
import org.grassroots.rural.internal.ScoringModels;
import org.grassroots.rural.internal.VillageScores;
import org.grassroots.rural.internal.classify.Category;
import org.grassroots.rural.internal.classify.ScoringModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Yearly village classification: {@code /api/rural/models/{year}} (the scoring model), {@code /villages/{id}/scores/{year}},
 * {@code /classifications} (run, list, propose, confirm, history).
 */
@Component(service = ClassificationResource.class)
@ModuleResource(RuralModule.ID)
@RequiresPermission("rural.read")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassificationResource {
    private static final Map<String, Comparator<Classification>> SORTABLE = Map.of(
            "score", Comparator.comparingDouble(Classification::score),
            "village", Comparator.comparing(Classification::villageName),
            "category", Comparator.comparing(Classification::category),
            "status", Comparator.comparing(Classification::status));

    private final Classifications classifications;
    private final ScoringModels scoringModels;
    private final CriterionScores criterionScores;
    private final ModuleScope scope;

    @Activate
    public ClassificationResource(@Reference Classifications classifications, @Reference ScoringModels scoringModels,
                                  @Reference CriterionScores criterionScores, @Reference ModuleScopes scopes) {
        this.classifications = classifications;
        this.scoringModels = scoringModels;
        this.criterionScores = criterionScores;
        this.scope = scopes.of(RuralModule.ID);
    }

    @GET
    @Path("models/{year}")
    @Returns(ScoringModel.class)
    public Response model(@PathParam("year") int year) {
        ScoringModel model = scoringModels.model(year);
        return Responses.ok(model);
    }

    /** Creates the year's model (If-Match "0") or edits it (the current ETag). */
    @PUT
    @RequiresPermission("rural.classification.confirm")
    @Path("models/{year}")
    @Returns(ScoringModel.class)
    public Response saveModel(@PathParam("year") int year, ModelDraft draft, @Context HttpHeaders headers,
                              @QueryParam("version") Long version) {
        ScoringModel model = scoringModels.saveModel(year, Preconditions.requiredVersion(headers, version), draft,
                scope.actor());
        return Responses.ok(model);
    }

    @GET
    @Path("villages/{village}/scores/{year}")
    public VillageScores scores(@PathParam("village") long village, @PathParam("year") int year) {
        return criterionScores.scores(village, year);
    }

    @PUT
    @RequiresPermission("rural.classification.propose")
    @Path("villages/{village}/scores/{year}")
    public VillageScores saveScores(@PathParam("village") long village, @PathParam("year") int year, ScoresDraft draft) {
        return criterionScores.saveScores(village, year, draft == null ? null : draft.scores(), scope.actor());
    }

    /**
     * Computes the year's categories for every scored village, so it is the district's step (the confirming
     * permission); {@code rerun=true} is required when the year was classified before.
     */
    @POST
    @RequiresPermission("rural.classification.confirm")
    @Path("classifications/{year}/run")
    public RunResult run(@PathParam("year") int year, @QueryParam("rerun") @DefaultValue("false") boolean rerun) {
        return classifications.run(year, rerun, scope.actor());
    }

    @GET
    @Path("classifications")
    public Page<Classification> list(@QueryParam("unit") Long unit, @QueryParam("year") int year,
                                     @QueryParam("category") Category category,
                                     @QueryParam("status") ClassificationStatus status, @BeanParam PageParams page) {
        return Paging.page(classifications.list(year, unit, category, status), page, SORTABLE,
                Comparator.comparing(Classification::villageId));
    }

    @GET
    @Path("classifications/{id}")
    @Returns(Classification.class)
    public Response get(@PathParam("id") long id) {
        Classification c = classifications.get(id);
        return Responses.ok(c);
    }

    /** The street proposes a category (the computed one when none is given; a different one needs a reason). */
    @POST
    @RequiresPermission("rural.classification.propose")
    @Path("classifications/{id}/propose")
    @Returns(Classification.class)
    public Response propose(@PathParam("id") long id, ProposalDraft draft, @Context HttpHeaders headers,
                            @QueryParam("version") Long version) {
        Classification c = classifications.propose(id, Preconditions.requiredVersion(headers, version),
                draft == null ? null : draft.category(), draft == null ? null : draft.reason(), scope.actor());
        return Responses.ok(c);
    }

    @POST
    @RequiresPermission("rural.classification.confirm")
    @Path("classifications/{id}/confirm")
    @Returns(Classification.class)
    public Response confirm(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        Classification c = classifications.confirm(id, Preconditions.requiredVersion(headers, version), scope.actor());
        return Responses.ok(c);
    }

    @GET
    @Path("villages/{village}/classifications")
    public java.util.List<Classification> history(@PathParam("village") long village) {
        return classifications.history(village);
    }
}
