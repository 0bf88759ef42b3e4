package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

/** A reminder posted once for a kind, a record and a due date. */
@Entity(name = "ReminderEntity")
@Table(name = "MEMB_REMINDER")
public class ReminderEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = FileEntity.IDS) @Column(name = "ID") Long id;
    @Enumerated(EnumType.STRING) @Column(name = "KIND") ReminderKind kind;
    @Column(name = "RECORD_ID") long recordId;
    @Column(name = "DUE_ON") LocalDate dueOn;
    @Column(name = "SENT_AT") LocalDateTime sentAt;
}
