package org.grassroots.core.internal.workrecord;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A unit's frozen (published) work record of a year; its figures are {@link FrozenFigureEntity} rows. */
@Entity
@Table(name = "CORE_WR_SNAPSHOT")
public class SnapshotEntity {
    @Id
    @TableGenerator(name = "wr_snapshot_ids", table = "CORE_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "WR_SNAPSHOT", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "wr_snapshot_ids")
    @Column(name = "ID")
    Long id;
    @Column(name = "UNIT_ID", nullable = false)
    long unitId;
    @Column(name = "UNIT_PATH", nullable = false, length = 1000)
    String unitPath;
    @Column(name = "RECORD_YEAR", nullable = false)
    int recordYear;
    @Column(name = "FROZEN_AT", nullable = false)
    Instant frozenAt;
    @Column(name = "FROZEN_BY", nullable = false, length = 100)
    String frozenBy;
}
