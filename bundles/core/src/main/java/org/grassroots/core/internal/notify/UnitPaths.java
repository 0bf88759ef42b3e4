package org.grassroots.core.internal.notify;

import java.util.List;

import javax.persistence.EntityManager;

/**
 * Core's tables that copy a unit's materialized path (for scope checks in SQL) follow a move of the unit in the
 * same transaction as the move itself.
 */
public final class UnitPaths {
    private static final List<String> COLUMNS = List.of("AttachmentEntity.unitPath", "NotificationEntity.targetPath",
            "NoticeEntity.orgPath", "NoticeReceiptEntity.unitPath", "CollectionEntity.orgPath",
            "SubmissionEntity.unitPath");

    private UnitPaths() {
    }

    public static void rewrite(EntityManager em, String oldPath, String newPath) {
        for (String column : COLUMNS) {
            String entity = column.substring(0, column.indexOf('.'));
            String field = "e." + column.substring(column.indexOf('.') + 1);
            em.createQuery("UPDATE " + entity + " e SET " + field + " = CONCAT(:newPath, SUBSTRING(" + field + ", :cut)) "
                            + "WHERE " + field + " LIKE :oldPrefix")
                    .setParameter("newPath", newPath)
                    .setParameter("cut", oldPath.length() + 1)
                    .setParameter("oldPrefix", oldPath + "%")
                    .executeUpdate();
        }
    }
}
