package org.grassroots.education.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A target organization of a session (EDU_SESSION_TARGET): its members are the roster. */
@Entity(name = "EduTarget")
@Table(name = "EDU_SESSION_TARGET")
public class TargetEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "SESSION_ID") long sessionId;
    @Column(name = "UNIT_ID") long unitId;
    @Column(name = "ORG_PATH") String orgPath;
}
