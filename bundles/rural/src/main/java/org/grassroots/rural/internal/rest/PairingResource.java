package org.grassroots.rural.internal.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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

import org.grassroots.rural.internal.RuralMessages;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Paging;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.grassroots.rural.internal.EndDraft;
import org.grassroots.rural.internal.Enterprise;
import org.grassroots.rural.internal.EnterpriseDraft;
import org.grassroots.rural.internal.Enterprises;
import org.grassroots.rural.internal.Need;
import org.grassroots.rural.internal.NeedDraft;
import org.grassroots.rural.internal.NeedRecommendations;
import org.grassroots.rural.internal.NeedType;
import org.grassroots.rural.internal.Needs;
import org.grassroots.rural.internal.Pairing;
import org.grassroots.rural.internal.PairingDraft;
import org.grassroots.rural.internal.PairingStatus;
import org.grassroots.rural.internal.Pairings;
import org.grassroots.rural.internal.Recommendations;
import org.grassroots.rural.internal.Repairing;
import org.grassroots.rural.internal.RuralModule;
import org.grassroots.rural.internal.VillageProfile;
import org.grassroots.rural.internal.VillageProfileDraft;
import org.grassroots.rural.internal.VillageProfiles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 万人下乡、千村提升: {@code /api/rural/enterprises}, {@code /needs}, {@code /villages/{id}/profile},
 * {@code /pairings} with the workflow actions agree/activate/end, {@code /recommendations} and {@code /repairing}.
 */
@Component(service = PairingResource.class)
@ModuleResource(RuralModule.ID)
@RequiresPermission("rural.read")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PairingResource {
    private static final Map<String, Comparator<Pairing>> SORTABLE = Map.of(
            "status", Comparator.comparing(Pairing::status),
            "village", Comparator.comparing(Pairing::villageName),
            "enterprise", Comparator.comparing(Pairing::enterpriseName),
            "proposedAt", Comparator.comparing(Pairing::proposedAt));
    private static final Map<String, Comparator<Enterprise>> ENTERPRISE_SORTABLE = Map.of(
            "name", Comparator.comparing(Enterprise::name),
            "industry", Comparator.comparing(Enterprise::industry));

    private final Enterprises enterprises;
    private final VillageProfiles villageProfiles;
    private final Needs needs;
    private final Pairings pairings;
    private final Recommendations recommendations;
    private final ModuleScope scope;

    @Activate
    public PairingResource(@Reference Enterprises enterprises, @Reference VillageProfiles villageProfiles, @Reference Needs needs,
                           @Reference Pairings pairings, @Reference Recommendations recommendations,
                           @Reference ModuleScopes scopes) {
        this.enterprises = enterprises;
        this.villageProfiles = villageProfiles;
        this.needs = needs;
        this.pairings = pairings;
        this.recommendations = recommendations;
        this.scope = scopes.of(RuralModule.ID);
    }

    // Enterprises belong to the unit that registered them: a caller sees their subtree's and their ancestors'
    // (the district's) enterprises and edits their subtree's (Enterprises, EnterpriseOwners).

    @POST
    @RequiresPermission("rural.pairing.manage")
    @Path("enterprises")
    @Returns(Enterprise.class)
    public Response createEnterprise(EnterpriseDraft draft) {
        Enterprise e = enterprises.createEnterprise(draft, scope.actor());
        return Responses.created("enterprises", e);
    }

    @GET
    @Path("enterprises")
    public Page<Enterprise> enterprises(@QueryParam("q") String text, @BeanParam PageParams page) {
        return Paging.page(enterprises.search(text), page, ENTERPRISE_SORTABLE, Comparator.comparing(Enterprise::id));
    }

    @GET
    @Path("enterprises/{id}")
    @Returns(Enterprise.class)
    public Response enterprise(@PathParam("id") long id) {
        Enterprise e = enterprises.get(id);
        return Responses.ok(e);
    }

    @PUT
    @RequiresPermission("rural.pairing.manage")
    @Path("enterprises/{id}")
    @Returns(Enterprise.class)
    public Response updateEnterprise(@PathParam("id") long id, EnterpriseDraft draft, @Context HttpHeaders headers,
                                     @QueryParam("version") Long version) {
        Enterprise e = enterprises.updateEnterprise(id, Preconditions.requiredVersion(headers, version), draft, scope.actor());
        return Responses.ok(e);
    }

    @GET
    @Path("villages/{village}/profile")
    @Returns(VillageProfile.class)
    public Response profile(@PathParam("village") long village) {
        VillageProfile p = villageProfiles.profile(village);
        return Responses.ok(p);
    }

    /** Creates (If-Match "0") or changes a village's location and main industry. */
    @PUT
    @RequiresPermission("rural.pairing.manage")
    @Path("villages/{village}/profile")
    @Returns(VillageProfile.class)
    public Response saveProfile(@PathParam("village") long village, VillageProfileDraft draft, @Context HttpHeaders headers,
                                @QueryParam("version") Long version) {
        VillageProfile p = villageProfiles.saveProfile(village, Preconditions.requiredVersion(headers, version), draft, scope.actor());
        return Responses.ok(p);
    }

    @POST
    @RequiresPermission("rural.pairing.manage")
    @Path("needs")
    @Returns(Need.class)
    public Response createNeed(NeedDraft draft) {
        Need n = needs.createNeed(draft, scope.actor());
        return Responses.created("needs", n);
    }

    @GET
    @Path("needs")
    public Page<Need> needs(@QueryParam("unit") Long unit, @QueryParam("type") NeedType type, @BeanParam PageParams page) {
        return Paging.page(needs.list(unit, type), page, Map.of("type", Comparator.comparing(Need::type),
                "village", Comparator.comparing(Need::villageName)), Comparator.comparing(Need::id));
    }

    @GET
    @Path("needs/{id}")
    @Returns(Need.class)
    public Response need(@PathParam("id") long id) {
        Need n = needs.get(id);
        return Responses.ok(n);
    }

    @PUT
    @RequiresPermission("rural.pairing.manage")
    @Path("needs/{id}")
    @Returns(Need.class)
    public Response updateNeed(@PathParam("id") long id, NeedDraft draft, @Context HttpHeaders headers,
                               @QueryParam("version") Long version) {
        Need n = needs.updateNeed(id, Preconditions.requiredVersion(headers, version), draft, scope.actor());
        return Responses.ok(n);
    }

    @POST
    @RequiresPermission("rural.pairing.manage")
    @Path("pairings")
    @Returns(Pairing.class)
    public Response propose(PairingDraft draft) {
        Pairing p = pairings.propose(draft, scope.actor());
        return Responses.created("pairings", p);
    }

    @GET
    @Path("pairings")
    public Page<Pairing> list(@QueryParam("unit") Long unit, @QueryParam("status") PairingStatus status,
                              @BeanParam PageParams page) {
        return Paging.page(pairings.pairings(unit, status), page, SORTABLE, Comparator.comparing(Pairing::id));
    }

    @GET
    @Path("pairings/{id}")
    @Returns(Pairing.class)
    public Response get(@PathParam("id") long id) {
        Pairing p = pairings.pairing(id);
        return Responses.ok(p);
    }

    @POST
    @RequiresPermission("rural.pairing.manage")
    @Path("pairings/{id}/agree")
    @Returns(Pairing.class)
    public Response agree(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return move(id, PairingStatus.AGREED, null, headers, version);
    }

    @POST
    @RequiresPermission("rural.pairing.manage")
    @Path("pairings/{id}/activate")
    @Returns(Pairing.class)
    public Response activate(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return move(id, PairingStatus.ACTIVE, null, headers, version);
    }

    /** Ends a pairing with a reason and, optionally, whether it was successful (feeds the recommender). */
    @POST
    @RequiresPermission("rural.pairing.manage")
    @Path("pairings/{id}/end")
    @Returns(Pairing.class)
    public Response end(@PathParam("id") long id, EndDraft draft, @Context HttpHeaders headers,
                        @QueryParam("version") Long version) {
        return move(id, PairingStatus.ENDED, draft, headers, version);
    }

    private Response move(long id, PairingStatus target, EndDraft end, HttpHeaders headers, Long version) {
        Pairing p = pairings.move(id, Preconditions.requiredVersion(headers, version), target,
                end == null ? null : end.reason(), end == null ? null : end.successful(), scope.actor());
        return Responses.ok(p);
    }

    /** Ranked enterprises for each open need of a village (by id or code), every score explained. */
    @GET
    @Path("recommendations")
    public List<NeedRecommendations> recommend(@QueryParam("village") String village,
                                               @QueryParam("limit") @DefaultValue("10") int limit,
                                               @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (village == null || village.isBlank()) {
            throw RuralMessages.TEXT.invalid("village", "village.idOrCode");
        }
        if (limit < 1 || limit > 100) {
            throw RuralMessages.TEXT.invalid("limit", "between", 1, 100);
        }
        return recommendations.recommend(village, limit, Languages.fromHeader(acceptLanguage));
    }

    /** Current pairings whose enterprise no longer fits the village's needs, with a better enterprise each (精准帮扶). */
    @GET
    @Path("repairing")
    public List<Repairing> repairing(@QueryParam("unit") Long unit,
                                     @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return recommendations.repairing(unit, Languages.fromHeader(acceptLanguage));
    }
}
