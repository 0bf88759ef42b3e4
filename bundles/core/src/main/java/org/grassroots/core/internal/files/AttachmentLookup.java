package org.grassroots.core.internal.files;

import javax.persistence.EntityManager;

/** For core's own records that refer to a stored file: checks the reference inside the caller's transaction. */
public final class AttachmentLookup {
    private AttachmentLookup() {
    }

    /** Whether attachment {@code id} exists and belongs to that owner record and unit. */
    public static boolean belongsTo(EntityManager em, long id, String moduleId, String ownerType, long ownerId, long unitId) {
        AttachmentEntity a = em.find(AttachmentEntity.class, id);
        return a != null && a.moduleId.equals(moduleId) && a.ownerType.equals(ownerType) && a.ownerId == ownerId
                && a.unitId == unitId;
    }
}
