package org.grassroots.rural.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity(name = "VillageProfileEntity")
@Table(name = "RUR_VILLAGE_PROFILE")
public class VillageProfileEntity {
    @Id @Column(name = "VILLAGE_ID") long villageId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "LATITUDE") double latitude;
    @Column(name = "LONGITUDE") double longitude;
    @Column(name = "MAIN_INDUSTRY") String mainIndustry;
    @Version @Column(name = "VERSION") long version;
}
