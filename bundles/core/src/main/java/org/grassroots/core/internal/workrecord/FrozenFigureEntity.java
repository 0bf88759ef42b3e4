package org.grassroots.core.internal.workrecord;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** One figure of a frozen work record, with its label as it was printed. */
@Entity
@Table(name = "CORE_WR_FROZEN_FIGURE")
public class FrozenFigureEntity {
    @Id
    @TableGenerator(name = "wr_figure_ids", table = "CORE_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "WR_FIGURE", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "wr_figure_ids")
    @Column(name = "ID")
    Long id;
    @Column(name = "SNAPSHOT_ID", nullable = false)
    long snapshotId;
    @Column(name = "ORDINAL", nullable = false)
    int ordinal;
    @Column(name = "MODULE_ID", nullable = false, length = 64)
    String module;
    @Column(name = "FIGURE_ID", nullable = false, length = 200)
    String figureId;
    @Column(name = "FIGURE_VALUE", nullable = false)
    double value;
    @Column(name = "FIGURE_UNIT", length = 32)
    String unit;
    @Column(name = "LABEL_ZH", nullable = false, length = 200)
    String labelZh;
    @Column(name = "LABEL_EN", nullable = false, length = 200)
    String labelEn;
}
