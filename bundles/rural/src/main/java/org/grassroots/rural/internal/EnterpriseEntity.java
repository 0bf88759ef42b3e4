package org.grassroots.rural.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

@Entity(name = "EnterpriseEntity")
@Table(name = "RUR_ENTERPRISE")
public class EnterpriseEntity {
    @Id
    @TableGenerator(name = "rur_enterprise_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "ENTERPRISE", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_enterprise_ids")
    @Column(name = "ID") Long id;
    @Column(name = "NAME") String name;
    @Column(name = "INDUSTRY") String industry;
    @Column(name = "MAIN_BUSINESS") String mainBusiness;
    /** {@code ;SALES;LABOUR;} */
    @Column(name = "CAPACITIES") String capacities;
    /** {@code ;a;b;} */
    @Column(name = "KEYWORDS") String keywords;
    @Column(name = "LATITUDE") double latitude;
    @Column(name = "LONGITUDE") double longitude;
    @Column(name = "ORGANIZATION_ID") Long organizationId;
    /** The owner's materialized path, kept current by core (Grassroots-Scoped-Tables); null without an owner. */
    @Column(name = "ORG_PATH") String orgPath;
    @Version @Column(name = "VERSION") long version;
}
