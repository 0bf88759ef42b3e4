package org.grassroots.community.internal;

import java.util.List;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.attachment.Attachment;
import org.grassroots.core.api.attachment.AttachmentOwner;
import org.grassroots.core.api.attachment.AttachmentStore;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The evidence files of a rider-friendly application (photos of the station, the ledger as PDF or XLSX), kept in
 * core's attachment store under the community: read with the module's read permission, added while the application
 * waits for its decision (afterwards the file set is what was decided on, 409), at most {@link #MAX_FILES}.
 */
@Component(service = RiderEvidence.class)
public class RiderEvidence {
    static final String OWNER_TYPE = "riderFriendly";
    static final int MAX_FILES = 20;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AttachmentStore files;
    private final AuditLog audit;

    @Activate
    public RiderEvidence(@Reference(target = CommunityModule.UNIT) JpaTemplate jpa, @Reference CommunityUnits units,
                         @Reference AttachmentStore files, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = units.scope();
        this.files = files;
        this.audit = audit;
    }

    public List<Attachment> store(long id, String fileName, byte[] bytes) {
        return jpa.txExpr(TransactionType.Required, em -> {
            RiderFriendlyEntity r = visible(em.find(RiderFriendlyEntity.class, id), id);
            scope.requireEnabled(r.communityId);
            if (r.status != RiderStatus.APPLIED) {
                throw CommunityMessages.TEXT.conflict("rider.evidenceClosed", id, r.status.labels().zhCN(), r.status.labels().en());
            }
            if (files.list(CommunityModule.ID, OWNER_TYPE, id).size() >= MAX_FILES) {
                throw CommunityMessages.TEXT.conflict("rider.evidenceFull", MAX_FILES);
            }
            Attachment stored = files.store(owner(r), fileName, bytes);
            audit.record("EVIDENCE", RiderDesignations.TYPE, id, stored.fileName() + " (attachment " + stored.id() + ")", List.of());
            return files.list(CommunityModule.ID, OWNER_TYPE, id);
        });
    }

    public List<Attachment> list(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em.find(RiderFriendlyEntity.class, id), id);
            return files.list(CommunityModule.ID, OWNER_TYPE, id);
        });
    }

    /** One byte more than core's store accepts: enough to know a body is too large without reading all of it. */
    public int readLimit() {
        return (int) Math.min(Integer.MAX_VALUE - 8, files.maxBytes() + 1);
    }

    private RiderFriendlyEntity visible(RiderFriendlyEntity r, long id) {
        if (r == null) {
            throw CommunityMessages.TEXT.notFound(RiderDesignations.TYPE, id);
        }
        CommunityMessages.TEXT.requireVisible(scope, r.orgPath, RiderDesignations.TYPE, id);
        return r;
    }

    static AttachmentOwner owner(RiderFriendlyEntity r) {
        return new AttachmentOwner(CommunityModule.ID, OWNER_TYPE, r.id, r.communityId, CommunityModule.READ, CommunityModule.MANAGE);
    }
}
