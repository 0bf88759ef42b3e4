package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A development candidate (发展对象) attending a session (EDU_TRAINEE): named by their development file's id, not a core
 * member id, with the name when added, their unit, and the session's hours credited once it is held.
 */
@Entity(name = "EduTrainee")
@Table(name = "EDU_TRAINEE")
public class TraineeEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "SESSION_ID") long sessionId;
    @Column(name = "FILE_ID") long fileId;
    @Column(name = "NAME") String name;
    @Column(name = "UNIT_ID") long unitId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "HOURS") BigDecimal hours;
    @Column(name = "ADDED_AT") LocalDateTime addedAt;
    @Column(name = "ADDED_BY") String addedBy;
}
