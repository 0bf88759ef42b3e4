package org.grassroots.industrial.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
import org.grassroots.industrial.internal.Catalog;
import org.grassroots.industrial.internal.CatalogService;
import org.grassroots.industrial.internal.CatalogServiceDraft;
import org.grassroots.industrial.internal.Communities;
import org.grassroots.industrial.internal.Community;
import org.grassroots.industrial.internal.CommunityDraft;
import org.grassroots.industrial.internal.Coverage;
import org.grassroots.industrial.internal.Enterprise;
import org.grassroots.industrial.internal.EnterpriseDraft;
import org.grassroots.industrial.internal.Enterprises;
import org.grassroots.industrial.internal.Grid;
import org.grassroots.industrial.internal.GridDraft;
import org.grassroots.industrial.internal.GridWorker;
import org.grassroots.industrial.internal.GridWorkerDraft;
import org.grassroots.industrial.internal.GridWorkers;
import org.grassroots.industrial.internal.IndustrialModule;
import org.grassroots.rest.ModuleResource;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Setting up a park's industrial community: {@code /communities} (one per park) and their {@code /grids},
 * {@code /workers} (grid workers), {@code /enterprises} (Party-organization coverage per enterprise) and
 * {@code /services} (the catalog). Reads need {@code industrial.read}, changes {@code industrial.admin}.
 */
@Component(service = CommunityResource.class)
@ModuleResource(IndustrialModule.ID)
@Path("")
@RequiresPermission(IndustrialModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommunityResource {
    private final Communities communities;
    private final GridWorkers workers;
    private final Enterprises enterprises;
    private final Catalog catalog;

    @Activate
    public CommunityResource(@Reference Communities communities, @Reference GridWorkers workers,
                             @Reference Enterprises enterprises, @Reference Catalog catalog) {
        this.communities = communities;
        this.workers = workers;
        this.enterprises = enterprises;
        this.catalog = catalog;
    }

    @GET
    @Path("communities")
    public List<Community> communities(@QueryParam("unit") Long unit) {
        return communities.list(unit);
    }

    @POST
    @Path("communities")
    @RequiresPermission(IndustrialModule.ADMIN)
    @Returns(Community.class)
    public Response createCommunity(CommunityDraft draft) {
        Community created = communities.create(draft);
        return Responses.created("communities", created);
    }

    @GET
    @Path("communities/{id}")
    @Returns(Community.class)
    public Response community(@PathParam("id") long id) {
        Community community = communities.get(id);
        return Responses.ok(community);
    }

    @PUT
    @Path("communities/{id}")
    @RequiresPermission(IndustrialModule.ADMIN)
    @Returns(Community.class)
    public Response updateCommunity(@PathParam("id") long id, CommunityDraft draft, @Context HttpHeaders headers,
                                    @QueryParam("version") Long version) {
        Community updated = communities.update(id, Preconditions.requiredVersion(headers, version), draft);
        return Responses.ok(updated);
    }

    /** The park's grids (core units of type GRID) with enterprises recorded, covered, and grid workers. */
    @GET
    @Path("communities/{id}/grids")
    public List<Grid> grids(@PathParam("id") long id) {
        return communities.grids(id);
    }

    /** Creates a grid under the park, as a core unit (needs core's organization permission too). */
    @POST
    @Path("communities/{id}/grids")
    @RequiresPermission(IndustrialModule.ADMIN)
    public Response createGrid(@PathParam("id") long id, GridDraft draft) {
        Grid grid = communities.createGrid(id, draft);
        return Response.created(URI.create("communities/" + id + "/grids")).entity(grid).build();
    }

    @GET
    @Path("workers")
    public List<GridWorker> workers(@QueryParam("unit") Long unit, @QueryParam("grid") Long grid) {
        return workers.list(unit, grid);
    }

    @POST
    @Path("workers")
    @RequiresPermission(IndustrialModule.ADMIN)
    @Returns(GridWorker.class)
    public Response assignWorker(GridWorkerDraft draft) {
        GridWorker worker = workers.assign(draft);
        return Responses.created("workers", worker);
    }

    @DELETE
    @Path("workers/{id}")
    @RequiresPermission(IndustrialModule.ADMIN)
    public Response removeWorker(@PathParam("id") long id, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        workers.remove(id, Preconditions.requiredVersion(headers, version));
        return Response.noContent().build();
    }

    /** Enterprises with their coverage; {@code coverage} (OWN_BRANCH, JOINT_BRANCH, NONE) and {@code grid} filter. */
    @GET
    @Path("enterprises")
    public Page<Enterprise> enterprises(@QueryParam("unit") Long unit, @QueryParam("coverage") Coverage coverage,
                                        @QueryParam("grid") Long grid, @BeanParam PageParams page) {
        return enterprises.search(unit, coverage, grid, page.toRequest());
    }

    /** The coverage record of the enterprise (the core unit id). */
    @GET
    @Path("enterprises/{id}")
    @Returns(Enterprise.class)
    public Response enterprise(@PathParam("id") long id) {
        Enterprise enterprise = enterprises.get(id);
        return Responses.ok(enterprise);
    }

    /** Records the enterprise's coverage; changing an existing record needs its ETag in {@code If-Match}. */
    @PUT
    @Path("enterprises/{id}")
    @RequiresPermission(IndustrialModule.ADMIN)
    @Returns(Enterprise.class)
    public Response saveEnterprise(@PathParam("id") long id, EnterpriseDraft draft, @Context HttpHeaders headers,
                                   @QueryParam("version") Long version) {
        Long expected = headers.getHeaderString(HttpHeaders.IF_MATCH) == null && version == null ? null
                : Preconditions.requiredVersion(headers, version);
        Enterprise saved = enterprises.save(id, expected, draft);
        return Responses.ok(saved);
    }

    @GET
    @Path("services")
    public List<CatalogService> services(@QueryParam("unit") Long unit, @QueryParam("active") Boolean active) {
        return catalog.list(unit, Boolean.TRUE.equals(active));
    }

    @POST
    @Path("services")
    @RequiresPermission(IndustrialModule.ADMIN)
    @Returns(CatalogService.class)
    public Response createService(CatalogServiceDraft draft) {
        CatalogService created = catalog.create(draft);
        return Responses.created("services", created);
    }

    @GET
    @Path("services/{id}")
    @Returns(CatalogService.class)
    public Response service(@PathParam("id") long id) {
        CatalogService service = catalog.get(id);
        return Responses.ok(service);
    }

    @PUT
    @Path("services/{id}")
    @RequiresPermission(IndustrialModule.ADMIN)
    @Returns(CatalogService.class)
    public Response updateService(@PathParam("id") long id, CatalogServiceDraft draft, @Context HttpHeaders headers,
                                  @QueryParam("version") Long version) {
        CatalogService updated = catalog.update(id, Preconditions.requiredVersion(headers, version), draft);
        return Responses.ok(updated);
    }
}
