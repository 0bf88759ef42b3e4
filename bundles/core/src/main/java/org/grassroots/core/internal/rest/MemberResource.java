package org.grassroots.core.internal.rest;

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

import org.grassroots.rest.RequiresPermission;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.Transfer;
import org.grassroots.core.api.TransferRequest;
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

/** {@code /api/core/members}: Party members, their search and their transfers. */
@Component(service = MemberResource.class)
@ModuleResource("core")
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {
    private final Authorization authorization;
    private final MemberService members;

    @Activate
    public MemberResource(@Reference MemberService members, @Reference Authorization authorization) {
        this.authorization = authorization;
        this.members = members;
    }

    @GET
    @RequiresPermission(CorePermissions.MEMBER_READ)
    public Page<Member> search(@QueryParam("name") String name, @QueryParam("idNumber") String idNumber,
                               @QueryParam("subtreeOf") Long subtreeOf, @QueryParam("category") MemberCategory category,
                               @QueryParam("status") MemberStatus status, @QueryParam("tag") String tag,
                               @QueryParam("idNumberSuffix") String idNumberSuffix, @QueryParam("phone") String phone,
                               @BeanParam PageParams page) {
        authorization.require(CorePermissions.MEMBER_READ);
        return members.search(new MemberQuery(name, idNumber, subtreeOf, category, status, tag, idNumberSuffix, phone),
                page.toRequest());
    }

    @GET
    @Path("{id}")
    @RequiresPermission(CorePermissions.MEMBER_READ)
    @Returns(Member.class)
    public Response get(@PathParam("id") long id) {
        authorization.require(CorePermissions.MEMBER_READ);
        Member member = members.get(id);
        return Responses.ok(member);
    }

    @POST
    @RequiresPermission(CorePermissions.MEMBER_WRITE)
    @Returns(Member.class)
    public Response create(MemberDraft draft) {
        authorization.require(CorePermissions.MEMBER_WRITE);
        Member created = members.create(Drafts.required(draft));
        return Responses.created("members", created);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(CorePermissions.MEMBER_WRITE)
    @Returns(Member.class)
    public Response update(@PathParam("id") long id, @QueryParam("version") Long version, MemberDraft draft,
                           @Context HttpHeaders headers) {
        authorization.require(CorePermissions.MEMBER_WRITE);
        Member updated = members.update(id, Preconditions.requiredVersion(headers, version), Drafts.required(draft));
        return Responses.ok(updated);
    }

    @DELETE
    @Path("{id}")
    @RequiresPermission(CorePermissions.MEMBER_WRITE)
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version, @Context HttpHeaders headers) {
        authorization.require(CorePermissions.MEMBER_WRITE);
        members.delete(id, Preconditions.requiredVersion(headers, version));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/transfer")
    @RequiresPermission(CorePermissions.MEMBER_WRITE)
    @Returns(Member.class)
    public Response transfer(@PathParam("id") long id, TransferRequest request) {
        authorization.require(CorePermissions.MEMBER_WRITE);
        Member moved = members.transfer(id, Drafts.required(request));
        return Responses.ok(moved);
    }

    @GET
    @Path("{id}/transfers")
    @RequiresPermission(CorePermissions.MEMBER_READ)
    public List<Transfer> transfers(@PathParam("id") long id) {
        authorization.require(CorePermissions.MEMBER_READ);
        return members.transfers(id);
    }
}
