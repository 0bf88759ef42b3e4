package org.grassroots.industrial.internal;

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

@Entity(name = "EnterpriseEntity")
@Table(name = "IND_ENTERPRISE")
public class EnterpriseEntity {
    @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = EntityIds.IDS) @Column(name = "ID") Long id;
    @Column(name = "ENTERPRISE_ID") long enterpriseId;
    @Column(name = "GRID_ID") long gridId;
    @Column(name = "ORG_PATH") String orgPath;
    @Enumerated(EnumType.STRING) @Column(name = "COVERAGE") Coverage coverage;
    @Column(name = "COVERING_ORG_ID") Long coveringOrgId;
    @Column(name = "CONTACT_NAME") String contactName;
    @Column(name = "CONTACT_PHONE") String contactPhone;
    @Column(name = "UPDATED_AT") LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY") String updatedBy;
    @Version @Column(name = "VERSION") long version;
}
