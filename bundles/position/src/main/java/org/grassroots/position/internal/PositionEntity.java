package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

/**
 * A position (POS_POSITION). Entity fields are package-private (only this package's services touch entities; REST
 * and the shell see records); times are UTC; the host unit is a core id with a copy of its path (kept current by
 * core, see bnd.bnd). Declares the module's one id generator (POS_SEQUENCE) for all its tables.
 */
@Entity(name = "PositionEntity")
@Table(name = "POS_POSITION")
@SuppressWarnings("unused")
public class PositionEntity {
    static final String IDS = "pos_ids";

    @Id
    @TableGenerator(name = IDS, table = "POS_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "POS", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
    @Column(name = "ID") Long id;
    @Column(name = "NAME") String name;
    @Enumerated(EnumType.STRING) @Column(name = "LEVEL_CODE") PositionLevel level;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") PositionStatus status;
    @Column(name = "ADDRESS") String address;
    @Column(name = "AREA") BigDecimal area;
    @Column(name = "ROOMS") String rooms;
    @Column(name = "FUNCTIONS") String functions;
    @Column(name = "OPENING_HOURS") String openingHours;
    @Column(name = "LATITUDE") BigDecimal latitude;
    @Column(name = "LONGITUDE") BigDecimal longitude;
    @Column(name = "ONLINE_NAME") String onlineName;
    @Column(name = "ONLINE_URL") String onlineUrl;
    @Column(name = "FEATURED") short featured;
    @Column(name = "SYNCED_VERSION") Long syncedVersion;
    @Column(name = "SYNCED_AT") LocalDateTime syncedAt;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
