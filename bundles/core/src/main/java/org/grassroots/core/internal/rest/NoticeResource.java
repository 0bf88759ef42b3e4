package org.grassroots.core.internal.rest;

import java.net.URI;
import java.util.List;

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
import org.grassroots.core.api.notice.Notice;
import org.grassroots.core.api.notice.NoticeDraft;
import org.grassroots.core.api.notice.NoticeReceipt;
import org.grassroots.core.api.notice.Notices;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.rest.PageParams;
import org.grassroots.rest.RequiresPermission;
import org.grassroots.rest.ModuleResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/core/notices}: notices (通知公告) a level sends to the units below, and their signatures (签收).
 * {@code GET {id}/receipts?signed=false} lists who has not signed yet.
 */
@Component(service = NoticeResource.class)
@ModuleResource("core")
@Path("notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresPermission(CorePermissions.NOTICE_READ)
public class NoticeResource {
    private final Notices notices;

    @Activate
    public NoticeResource(@Reference Notices notices) {
        this.notices = notices;
    }

    @POST
    @RequiresPermission(CorePermissions.NOTICE_ISSUE)
    public Response issue(NoticeDraft draft) {
        Notice notice = notices.issue(draft);
        return Response.created(URI.create("notices/" + notice.id())).entity(notice).build();
    }

    @GET
    public Page<Notice> list(@BeanParam PageParams page) {
        return notices.list(page.toRequest());
    }

    @GET
    @Path("{id}")
    public Notice get(@PathParam("id") long id) {
        return notices.get(id);
    }

    @GET
    @Path("{id}/receipts")
    public List<NoticeReceipt> receipts(@PathParam("id") long id, @QueryParam("signed") Boolean signed) {
        return notices.receipts(id, signed);
    }

    /** Signs for {@code unitId} (the caller's own unit). */
    @POST
    @Path("{id}/receipts/{unitId}/sign")
    @RequiresPermission(CorePermissions.NOTICE_SIGN)
    public NoticeReceipt sign(@PathParam("id") long id, @PathParam("unitId") long unitId) {
        return notices.sign(id, unitId);
    }
}
