package org.grassroots.education.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A site category (EDU_SITE_CATEGORY): the built-in ones and those the district adds. */
@Entity(name = "EduCategory")
@Table(name = "EDU_SITE_CATEGORY")
public class CategoryEntity {
    @Id @Column(name = "CODE") String code;
    @Column(name = "NAME_ZH") String nameZh;
    @Column(name = "NAME_EN") String nameEn;
    @Column(name = "POSITION") int position;
    @Version @Column(name = "VERSION") long version;
}
