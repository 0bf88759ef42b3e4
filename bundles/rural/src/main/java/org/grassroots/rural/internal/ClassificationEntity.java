package org.grassroots.rural.internal;

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

import org.grassroots.rural.internal.classify.Category;

@Entity(name = "ClassificationEntity")
@Table(name = "RUR_CLASSIFICATION")
public class ClassificationEntity {
    @Id
    @TableGenerator(name = "rur_class_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "CLASSIFICATION", allocationSize = 200)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_class_ids")
    @Column(name = "ID") Long id;
    @Column(name = "VILLAGE_ID") long villageId;
    /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "CLASS_YEAR") int forYear;
    @Column(name = "SCORE") double score;
    @Enumerated(EnumType.STRING) @Column(name = "COMPUTED_CATEGORY") Category computedCategory;
    @Enumerated(EnumType.STRING) @Column(name = "PROPOSED_CATEGORY") Category proposedCategory;
    @Column(name = "PROPOSAL_REASON") String proposalReason;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") ClassificationStatus status;
    @Column(name = "COMPUTED_AT") LocalDateTime computedAt;
    @Column(name = "COMPUTED_BY") String computedBy;
    @Column(name = "PROPOSED_AT") LocalDateTime proposedAt;
    @Column(name = "PROPOSED_BY") String proposedBy;
    @Column(name = "CONFIRMED_AT") LocalDateTime confirmedAt;
    @Column(name = "CONFIRMED_BY") String confirmedBy;
    @Version @Column(name = "VERSION") long version;
}
