package org.grassroots.education.internal.rest;

import java.io.IOException;
import java.io.InputStream;
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
import org.grassroots.core.api.attachment.Attachment;
import org.grassroots.education.internal.EducationModule;
import org.grassroots.education.internal.ReviewStep;
import org.grassroots.education.internal.Site;
import org.grassroots.education.internal.SiteAction;
import org.grassroots.education.internal.SiteDraft;
import org.grassroots.education.internal.SiteHistory;
import org.grassroots.education.internal.SitePhotos;
import org.grassroots.education.internal.SiteStatus;
import org.grassroots.education.internal.Sites;
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
 * {@code /api/education/sites}: practice teaching sites (实践教学点) and their review. Every step takes the site's
 * ETag in {@code If-Match} (or {@code ?version=}); 409 when the state does not allow it, naming what is allowed.
 */
@Component(service = SiteResource.class)
@ModuleResource(EducationModule.ID)
@Path("sites")
@RequiresPermission(EducationModule.READ)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SiteResource {
    private final Sites sites;
    private final SitePhotos photos;

    @Activate
    public SiteResource(@Reference Sites sites, @Reference SitePhotos photos) {
        this.sites = sites;
        this.photos = photos;
    }

    /** The sites of the unit's subtree: {@code status}, {@code category}, {@code q} (name or address). */
    @GET
    public Page<Site> search(@QueryParam("unit") Long unit, @QueryParam("status") SiteStatus status,
                             @QueryParam("category") String category, @QueryParam("q") String text, @BeanParam PageParams page) {
        return sites.search(unit, status, category, text, page.toRequest());
    }

    /** Proposes a site of the unit {@code unitId} (it waits for the district's review). */
    @POST
    @RequiresPermission(EducationModule.SITE_PROPOSE)
    @Returns(Site.class)
    public Response propose(SiteDraft draft) {
        return Responses.created("sites", sites.propose(draft));
    }

    @GET
    @Path("{id}")
    @Returns(Site.class)
    public Response get(@PathParam("id") long id) {
        return Responses.ok(sites.get(id));
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(EducationModule.SITE_PROPOSE)
    @Returns(Site.class)
    public Response update(@PathParam("id") long id, SiteDraft draft, @Context HttpHeaders headers,
                           @QueryParam("version") Long version) {
        return Responses.ok(sites.update(id, Preconditions.requiredVersion(headers, version), draft));
    }

    /** Every review step: who, when, from which state to which, with the reason or note. */
    @GET
    @Path("{id}/history")
    public List<SiteHistory> history(@PathParam("id") long id) {
        return sites.history(id);
    }

    @POST
    @Path("{id}/approve")
    @RequiresPermission(EducationModule.SITE_REVIEW)
    @Returns(Site.class)
    public Response approve(@PathParam("id") long id, ReviewStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, SiteAction.APPROVE, step, headers, version);
    }

    /** Rejects a proposed site; {@code reason} is required and shown to the proposing unit. */
    @POST
    @Path("{id}/reject")
    @RequiresPermission(EducationModule.SITE_REVIEW)
    @Returns(Site.class)
    public Response reject(@PathParam("id") long id, ReviewStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, SiteAction.REJECT, step, headers, version);
    }

    /** Proposes a rejected site again after it was corrected. */
    @POST
    @Path("{id}/resubmit")
    @RequiresPermission(EducationModule.SITE_PROPOSE)
    @Returns(Site.class)
    public Response resubmit(@PathParam("id") long id, ReviewStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, SiteAction.RESUBMIT, step, headers, version);
    }

    /** Retires an approved site (409 while a published route leads to it). */
    @POST
    @Path("{id}/retire")
    @RequiresPermission(EducationModule.SITE_REVIEW)
    @Returns(Site.class)
    public Response retire(@PathParam("id") long id, ReviewStep step, @Context HttpHeaders headers, @QueryParam("version") Long version) {
        return step(id, SiteAction.RETIRE, step, headers, version);
    }

    /** The site's photos, oldest first (core's attachment store; shown at {@code /api/core/attachments/{id}/content}). */
    @GET
    @Path("{id}/photos")
    public List<Attachment> photos(@PathParam("id") long id) {
        return photos.list(id);
    }

    /**
     * Adds a photo: the raw image as the body, {@code ?filename=}; JPEG or PNG, recognised from the bytes (anything
     * else 422, nothing stored). Answers the site's photos.
     */
    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.WILDCARD) // any declared type: core recognises the file's type from its bytes
    @RequiresPermission(EducationModule.SITE_PROPOSE)
    public List<Attachment> addPhoto(@PathParam("id") long id, @QueryParam("filename") String filename, InputStream body)
            throws IOException {
        return photos.add(id, filename, body.readNBytes(photos.readLimit()));
    }

    @DELETE
    @Path("{id}/photos/{fileId}")
    @RequiresPermission(EducationModule.SITE_PROPOSE)
    public List<Attachment> removePhoto(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return photos.remove(id, fileId);
    }

    private Response step(long id, SiteAction action, ReviewStep step, HttpHeaders headers, Long version) {
        return Responses.ok(sites.step(id, Preconditions.requiredVersion(headers, version), action, step));
    }
}
