package org.grassroots.dues.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity(name = "CategoryEntity")
@Table(name = "DUES_CATEGORY")
public class CategoryEntity {
    @Id @Enumerated(EnumType.STRING) @Column(name = "CODE") DuesCategory code;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
