package org.grassroots.education.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A course's material on the web (EDU_COURSE_LINK), in the order members read them. */
@Entity(name = "EduCourseLink")
@Table(name = "EDU_COURSE_LINK")
public class CourseLinkEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "COURSE_ID") long courseId;
    @Column(name = "POSITION") int position;
    @Column(name = "TITLE") String title;
    @Column(name = "URL") String url;
}
