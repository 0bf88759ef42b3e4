package org.grassroots.education.internal;

import java.math.BigDecimal;
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

/** An online course (EDU_COURSE): materials with credited hours and a question bank with a pass mark. */
@Entity(name = "EduCourse")
@Table(name = "EDU_COURSE")
public class CourseEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "UNIT_ID") long unitId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "TITLE") String title;
    @Column(name = "DESCRIPTION") String description;
    @Column(name = "HOURS") BigDecimal hours;
    /** The share of right answers (percent) that passes the exam. */
    @Column(name = "PASS_MARK") int passMark;
    @Enumerated(EnumType.STRING) @Column(name = "STATUS") CourseStatus status;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
