package org.grassroots.community.internal;

import java.math.BigDecimal;
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
import javax.persistence.TableGenerator;
import javax.persistence.Version;

@Entity(name = "RegistrantEntity")
@Table(name = "COMMUNITY_REGISTRANT")
public class RegistrantEntity {
    /** The registration this row belongs to (one each): the member's own organization and its path. */
    @Id @Column(name = "REGISTRATION_ID") long registrationId;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
}
