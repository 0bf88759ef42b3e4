package org.grassroots.dues.internal;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

@Entity(name = "BandEntity")
@Table(name = "DUES_BAND")
public class BandEntity {
    @Id
    @TableGenerator(name = EntityIds.IDS, table = EntityIds.SEQUENCE, pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "DUES", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS)
    @Column(name = "ID") Long id;
    @Enumerated(EnumType.STRING) @Column(name = "CATEGORY") DuesCategory category;
    @Column(name = "POSITION") int position;
    @Column(name = "UP_TO") BigDecimal upTo;
    @Column(name = "RATE") BigDecimal rate;
    @Column(name = "FIXED_MIN") BigDecimal fixedMin;
    @Column(name = "FIXED_MAX") BigDecimal fixedMax;
}
