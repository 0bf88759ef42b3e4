package org.grassroots.core.internal.rest;

import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.ParamRange;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.internal.CoreMessages;
import org.grassroots.core.api.Domain;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationDraft;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.Responses;
import org.grassroots.rest.Returns;
import org.grassroots.rest.Preconditions;
import org.grassroots.rest.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/core/organizations}: the organization tree. */
@Component(service = OrganizationResource.class)
@ModuleResource("core")
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {
    private final Authorization authorization;
    private final OrganizationService organizations;

    @Activate
    public OrganizationResource(@Reference OrganizationService organizations, @Reference Authorization authorization) {
        this.authorization = authorization;
        this.organizations = organizations;
    }

    /** Ids one {@link #listed} request may ask for: a page of 50 members' units and the units above them, with room. */
    static final int LISTED_MAX = 500;

    public record MoveRequest(Long parentId) {
    }

    @GET
    @RequiresPermission(CorePermissions.ORGANIZATION_READ)
    public Page<Organization> search(@QueryParam("name") String name, @QueryParam("subtreeOf") Long subtreeOf,
                                     @QueryParam("unitType") UnitType unitType,
                                     @QueryParam("partyOrgType") PartyOrgType partyOrgType,
                                     @QueryParam("domain") Domain domain, @QueryParam("status") OrgStatus status,
                                     @BeanParam PageParams page) {
        authorization.require(CorePermissions.ORGANIZATION_READ);
        return organizations.search(new OrganizationQuery(name, subtreeOf, unitType, partyOrgType, domain, status),
                page.toRequest());
    }

    @GET
    @Path("roots")
    @RequiresPermission(CorePermissions.ORGANIZATION_READ)
    public List<Organization> roots() {
        authorization.require(CorePermissions.ORGANIZATION_READ);
        return organizations.roots();
    }

    /**
     * The units with these ids ({@code ?id=3&id=7}, at most {@value #LISTED_MAX}) that the caller may see, in the
     * order asked, one query: what a page of members needs to name each member's unit and the units above it, which
     * it asked for one by one before (the member list's first view made 44 API requests).
     */
    @GET
    @Path("listed")
    @RequiresPermission(CorePermissions.ORGANIZATION_READ)
    public List<Organization> listed(@QueryParam("id") @ParamRange(min = 1, max = Long.MAX_VALUE) List<Long> ids) {
        authorization.require(CorePermissions.ORGANIZATION_READ);
        if (ids == null || ids.isEmpty()) {
            throw ValidationException.of("id", CoreMessages.message("query.required"));
        }
        if (ids.size() > LISTED_MAX) {
            throw ValidationException.of("id", CoreMessages.message("query.tooMany", ids.size(), LISTED_MAX));
        }
        return organizations.listed(ids.stream().distinct().toList());
    }

    @GET
    @Path("{id}")
    @RequiresPermission(CorePermissions.ORGANIZATION_READ)
    @Returns(Organization.class)
    public Response get(@PathParam("id") long id) {
        authorization.require(CorePermissions.ORGANIZATION_READ);
        Organization organization = organizations.get(id);
        return Responses.ok(organization);
    }

    @GET
    @Path("{id}/children")
    @RequiresPermission(CorePermissions.ORGANIZATION_READ)
    public List<Organization> children(@PathParam("id") long id) {
        authorization.require(CorePermissions.ORGANIZATION_READ);
        return organizations.children(id);
    }

    /** The unit and everything below it down to {@code depth} levels, in tree (path) order. */
    @GET
    @Path("{id}/subtree")
    @RequiresPermission(CorePermissions.ORGANIZATION_READ)
    public List<Organization> subtree(@PathParam("id") long id, @QueryParam("depth") @DefaultValue("1") int depth) {
        authorization.require(CorePermissions.ORGANIZATION_READ);
        return organizations.subtree(id, Math.min(depth, 20));
    }

    @POST
    @RequiresPermission(CorePermissions.ORGANIZATION_WRITE)
    @Returns(Organization.class)
    public Response create(OrganizationDraft draft) {
        authorization.require(CorePermissions.ORGANIZATION_WRITE);
        Organization created = organizations.create(Drafts.required(draft));
        return Responses.created("organizations", created);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(CorePermissions.ORGANIZATION_WRITE)
    @Returns(Organization.class)
    public Response update(@PathParam("id") long id, @QueryParam("version") Long version, OrganizationDraft draft,
                           @Context HttpHeaders headers) {
        authorization.require(CorePermissions.ORGANIZATION_WRITE);
        Organization updated = organizations.update(id, Preconditions.requiredVersion(headers, version),
                Drafts.required(draft));
        return Responses.ok(updated);
    }

    @POST
    @Path("{id}/move")
    @RequiresPermission(CorePermissions.ORGANIZATION_WRITE)
    @Returns(Organization.class)
    public Response move(@PathParam("id") long id, @QueryParam("version") Long version, MoveRequest request,
                         @Context HttpHeaders headers) {
        authorization.require(CorePermissions.ORGANIZATION_WRITE);
        Organization moved = organizations.move(id, Preconditions.requiredVersion(headers, version),
                Drafts.required(Drafts.required(request).parentId(), "parentId"));
        return Responses.ok(moved);
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(CorePermissions.ORGANIZATION_WRITE)
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version, @Context HttpHeaders headers) {
        authorization.require(CorePermissions.ORGANIZATION_WRITE);
        organizations.delete(id, Preconditions.requiredVersion(headers, version));
        return Response.noContent().build();
    }
}
