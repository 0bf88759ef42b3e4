package org.grassroots.education.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** A boutique route (EDU_ROUTE): theme, duration, schedule, draft or published. */
@Entity(name = "EduRoute")
@Table(name = "EDU_ROUTE")
public class RouteEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "UNIT_ID") long unitId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "NAME") String name;
    @Column(name = "THEME") String theme;
    @Column(name = "DURATION_MINUTES") int durationMinutes;
    @Column(name = "SCHEDULE") String schedule;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") RouteStatus status;
    @Column(name = "PUBLISHED_AT") LocalDateTime publishedAt;
    @Column(name = "PUBLISHED_BY") String publishedBy;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
