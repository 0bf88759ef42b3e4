package org.grassroots.industrial.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity(name = "CategoryEntity")
@Table(name = "IND_CATEGORY")
public class CategoryEntity {
    @Id @Column(name = "CODE") String code;
    @Column(name = "NAME_ZH") String nameZh;
    @Column(name = "NAME_EN") String nameEn;
    @Column(name = "DEADLINE_DAYS") int deadlineDays;
    @Version @Column(name = "VERSION") long version;
}
