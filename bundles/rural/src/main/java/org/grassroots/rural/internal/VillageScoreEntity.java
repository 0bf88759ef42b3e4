package org.grassroots.rural.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

@Entity(name = "VillageScoreEntity")
@Table(name = "RUR_VILLAGE_SCORE")
public class VillageScoreEntity {
    @Id
    @TableGenerator(name = "rur_score_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "VILLAGE_SCORE", allocationSize = 200)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_score_ids")
    @Column(name = "ID") Long id;
    @Column(name = "VILLAGE_ID") long villageId;
    /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "SCORE_YEAR") int forYear;
    @Column(name = "CRITERION") String criterion;
    @Column(name = "SCORE") double score;
}
