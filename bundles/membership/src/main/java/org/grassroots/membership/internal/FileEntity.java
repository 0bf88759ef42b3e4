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
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import org.grassroots.core.api.Sex;

/** One person's development file (入党材料). ID number and phone are stored encrypted; units and members are core ids. */
@Entity(name = "FileEntity")
@Table(name = "MEMB_FILE")
public class FileEntity {
    static final String IDS = "memb_ids";

    @Id
    @TableGenerator(name = IDS, table = "MEMB_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "MEMB", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = IDS)
    @Column(name = "ID") Long id;
    @Column(name = "ORGANIZATION_ID") long organizationId;
    @Column(name = "ORG_PATH") String orgPath;
    @Column(name = "NAME") String name;
    @Enumerated(EnumType.STRING) @Column(name = "SEX") Sex sex;
    @Column(name = "BIRTH_DATE") LocalDate birthDate;
    @Column(name = "ID_NUMBER") String idNumber;
    @Column(name = "PHONE") String phone;
    @Column(name = "EDUCATION") String education;
    @Enumerated(EnumType.STRING) @Column(name = "STAGE") Stage stage;
    @Column(name = "APPLIED_ON") LocalDate appliedOn;
    @Column(name = "CONTACT_1") Long contact1;
    @Column(name = "CONTACT_2") Long contact2;
    @Column(name = "INTRODUCER_1") Long introducer1;
    @Column(name = "INTRODUCER_2") Long introducer2;
    @Column(name = "FORM_NUMBER") String formNumber;
    @Column(name = "MEMBER_ID") Long memberId;
    @Column(name = "JOINED_ON") LocalDate joinedOn;
    @Column(name = "PROBATION_ENDS_ON") LocalDate probationEndsOn;
    @Column(name = "FULL_ON") LocalDate fullOn;
    @Column(name = "EXTENDED") int extended;
    @Column(name = "LAST_STEP_ON") LocalDate lastStepOn;
    @Column(name = "CREATED_AT") LocalDateTime createdAt;
    @Column(name = "CREATED_BY") String createdBy;
    @Version @Column(name = "VERSION") long version;
}
