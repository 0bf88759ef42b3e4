package org.grassroots.core.internal.notify;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** One addressed unit of a collection task and what it handed in (nulls until it submits). */
@Entity
@Table(name = "CORE_COLLECTION_SUBMISSION")
@IdClass(UnitKey.class)
public class SubmissionEntity {
    @Id
    @Column(name = "COLLECTION_ID")
    Long parentId;
    @Id
    @Column(name = "UNIT_ID")
    Long unitId;
    @Column(name = "UNIT_PATH", nullable = false, length = 1000)
    String unitPath;
    @Column(name = "SUBMITTED_AT")
    Instant submittedAt;
    @Column(name = "SUBMITTED_BY", length = 100)
    String submittedBy;
    @Column(name = "ATTACHMENT_ID")
    Long attachmentId;
    /** The form's values as a JSON object. */
    @Column(name = "FORM_VALUES", length = 16000)
    String formValues;
}
