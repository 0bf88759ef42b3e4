package org.grassroots.core.internal.workrecord;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** One saved version of a section's text; never changed after it is written, so the rows are the history. */
@Entity
@Table(name = "CORE_WR_DRAFT")
public class DraftEntity {
    @Id
    @TableGenerator(name = "wr_draft_ids", table = "CORE_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "WR_DRAFT", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "wr_draft_ids")
    @Column(name = "ID")
    Long id;
    @Column(name = "UNIT_ID", nullable = false)
    long unitId;
    @Column(name = "UNIT_PATH", nullable = false, length = 1000)
    String unitPath;
    @Column(name = "RECORD_YEAR", nullable = false)
    int recordYear;
    @Column(name = "MODULE_ID", nullable = false, length = 64)
    String module;
    @Column(name = "VERSION", nullable = false)
    long version;
    @Column(name = "BODY", nullable = false, length = 8000)
    String body;
    /** The section's figures when the text was saved, {@link FigureValues} lines. */
    @Column(name = "FIGURES", nullable = false, length = 8000)
    String figures;
    @Column(name = "WRITTEN_AT", nullable = false)
    Instant writtenAt;
    @Column(name = "WRITTEN_BY", nullable = false, length = 100)
    String writtenBy;
}
