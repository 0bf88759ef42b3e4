package org.grassroots.industrial.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity(name = "GridWorkerEntity")
@Table(name = "IND_GRID_WORKER")
public class GridWorkerEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "GRID_ID") long gridId;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "ROLE") WorkerRole role;
    @Column(name = "ASSIGNED_AT") LocalDateTime assignedAt;
    @Column(name = "ASSIGNED_BY") String assignedBy;
    @Version @Column(name = "VERSION") long version;
}
