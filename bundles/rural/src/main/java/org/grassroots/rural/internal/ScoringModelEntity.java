package org.grassroots.rural.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity(name = "ScoringModelEntity")
@Table(name = "RUR_SCORING_MODEL")
public class ScoringModelEntity {
    @Id @Column(name = "MODEL_YEAR") int forYear;
    @Column(name = "CRITERIA") String criteria;
    @Column(name = "DEMONSTRATION_MIN") double demonstrationMin;
    @Column(name = "EXCELLENCE_MIN") double excellenceMin;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
