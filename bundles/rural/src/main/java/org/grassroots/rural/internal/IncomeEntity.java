package org.grassroots.rural.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

@Entity(name = "IncomeEntity")
@Table(name = "RUR_INCOME")
public class IncomeEntity {
    @Id
    @TableGenerator(name = "rur_income_ids", table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "INCOME", allocationSize = 200)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "rur_income_ids")
    @Column(name = "ID") Long id;
    @Column(name = "VILLAGE_ID") long villageId;
    /** The village's materialized path, kept current by core (Grassroots-Scoped-Tables). */
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "INCOME_YEAR") int forYear;
    /** 万元 (10,000 yuan) */
    @Column(name = "AMOUNT") double amount;
    @Version @Column(name = "VERSION") long version;
}
