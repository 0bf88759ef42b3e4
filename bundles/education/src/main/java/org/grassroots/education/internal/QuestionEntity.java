package org.grassroots.education.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A single-choice question of a course's bank (EDU_QUESTION): the choices one per line, the right one by index. */
@Entity(name = "EduQuestion")
@Table(name = "EDU_QUESTION")
public class QuestionEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "COURSE_ID") long courseId;
    @Column(name = "POSITION") int position;
    @Column(name = "TEXT") String text;
    @Column(name = "CHOICES") String choices;
    @Column(name = "ANSWER") int answer;
}
