package org.grassroots.rural.internal;

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

@Entity(name = "NeedEntity")
@Table(name = "RUR_NEED")
public class NeedEntity {
    @Id
    @TableGenerator(name = "rur_need_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "NEED", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_need_ids")
    @Column(name = "ID") Long id;
    @Column(name = "VILLAGE_ID") long villageId;
    /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "NEED_TYPE") NeedType type;
    @Column(name = "INDUSTRY") String industry;
    @Column(name = "DESCRIPTION") String description;
    @Column(name = "KEYWORDS") String keywords;
    @Column(name = "OPEN_NEED") boolean open;
    @Version @Column(name = "VERSION") long version;
}
