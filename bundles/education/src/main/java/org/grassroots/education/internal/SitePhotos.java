package org.grassroots.education.internal;

import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.attachment.Attachment;
import org.grassroots.core.api.attachment.AttachmentOwner;
import org.grassroots.core.api.attachment.AttachmentStore;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The photos of a practice teaching site (what visitors will see), kept in core's attachment store under the site:
 * read with the module's read permission, added and removed by those who propose sites (core checks both again,
 * with the site's unit in the caller's scope). Only images (JPEG, PNG, recognised from the bytes): another file is
 * refused with 422 and, as the store joins this transaction, nothing is kept. A retired site's photos are frozen
 * (409); at most {@link #MAX_PHOTOS} per site.
 */
@Component(service = SitePhotos.class)
public class SitePhotos {
    static final String OWNER_TYPE = "site";
    static final int MAX_PHOTOS = 12;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final Sites sites;
    private final RecordFiles photos;

    @Activate
    public SitePhotos(@Reference(target = EducationModule.UNIT) JpaTemplate jpa, @Reference ModuleScopes scopes,
                      @Reference Sites sites, @Reference AttachmentStore files, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(EducationModule.ID);
        this.sites = sites;
        this.photos = new RecordFiles(files, audit, OWNER_TYPE, Sites.TYPE, "PHOTO", MAX_PHOTOS);
    }

    /** Stores one photo and answers the site's photos, oldest first. */
    public List<Attachment> add(long siteId, String fileName, byte[] bytes) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SiteEntity s = open(em, siteId);
            Attachment stored = photos.store(owner(s), fileName, bytes,
                    () -> EducationMessages.TEXT.conflict("site.photosFull", s.id, MAX_PHOTOS));
            if (!stored.type().image()) {
                // thrown inside the transaction that stored it: the file is rolled back with the refusal
                throw EducationMessages.TEXT.invalid("file", "site.photoNotImage", stored.type().labels().zhCN());
            }
            return photos.added(siteId, stored);
        });
    }

    public List<Attachment> list(long siteId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            sites.visible(em, siteId);
            return photos.list(siteId);
        });
    }

    /** Removes one photo of the site (404 when the file is not one of this site's photos). */
    public List<Attachment> remove(long siteId, long fileId) {
        return jpa.txExpr(TransactionType.Required, em -> {
            open(em, siteId);
            return photos.remove(siteId, fileId);
        });
    }

    /** One byte more than core's store accepts: enough to know a body is too large without reading all of it. */
    public int readLimit() {
        return photos.readLimit();
    }

    private SiteEntity open(EntityManager em, long siteId) {
        SiteEntity s = sites.visible(em, siteId);
        scope.requireEnabled(s.unitId);
        if (s.status == SiteStatus.RETIRED) {
            throw EducationMessages.TEXT.conflict("site.retiredNoEdit", s.id);
        }
        return s;
    }

    static AttachmentOwner owner(SiteEntity s) {
        return new AttachmentOwner(EducationModule.ID, OWNER_TYPE, s.id, s.unitId, EducationModule.READ, EducationModule.SITE_PROPOSE);
    }
}
