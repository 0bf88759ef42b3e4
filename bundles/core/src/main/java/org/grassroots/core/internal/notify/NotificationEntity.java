package org.grassroots.core.internal.notify;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A notification to one recipient (an account, a role, a unit's subtree or a role within it). */
@Entity
@Table(name = "CORE_NOTIFICATION")
public class NotificationEntity {
    @Id
    @TableGenerator(name = "notification_ids", table = "CORE_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "NOTIFICATION", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "notification_ids")
    @Column(name = "ID")
    Long id;
    @Column(name = "MODULE_ID", nullable = false, length = 64)
    String moduleId;
    @Column(name = "KIND", nullable = false, length = 60)
    String kind;
    @Column(name = "TITLE_ZH", nullable = false, length = 200)
    String titleZh;
    @Column(name = "TITLE_EN", nullable = false, length = 200)
    String titleEn;
    @Column(name = "BODY_ZH", length = 2000)
    String bodyZh;
    @Column(name = "BODY_EN", length = 2000)
    String bodyEn;
    @Column(name = "LINK", length = 500)
    String link;
    @Column(name = "ENTITY_TYPE", length = 40)
    String entityType;
    @Column(name = "ENTITY_ID")
    Long entityId;
    @Column(name = "DUE_AT")
    Instant dueAt;
    @Column(name = "TARGET_USERNAME", length = 64)
    String targetUsername;
    @Column(name = "TARGET_ROLE", length = 32)
    String targetRole;
    @Column(name = "TARGET_UNIT_ID")
    Long targetUnitId;
    @Column(name = "TARGET_PATH", length = 1000)
    String targetPath;
    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
    @Column(name = "CREATED_BY", nullable = false, length = 100)
    String createdBy;
}
