package org.grassroots.education.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A member's exam of a course (EDU_EXAM_ATTEMPT): the score, whether it passed, the credit it earned. */
@Entity(name = "EduExamAttempt")
@Table(name = "EDU_EXAM_ATTEMPT")
public class ExamAttemptEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "COURSE_ID") long courseId;
    @Column(name = "MEMBER_ID") long memberId;
    @Column(name = "UNIT_ID") long unitId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "SCORE") int score;
    @Column(name = "PASSED") boolean passed;
    @Column(name = "TAKEN_AT") LocalDateTime takenAt;
    @Column(name = "CREDIT_ID") Long creditId;
}
