package org.grassroots.core.internal.persistence;

import java.time.LocalDate;

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

import org.grassroots.core.api.Domain;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationDraft;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;

@Entity
@Table(name = "CORE_ORGANIZATION")
public class OrganizationEntity {
    @Id
    @TableGenerator(name = "org_ids", table = "CORE_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "ORGANIZATION", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "org_ids")
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", nullable = false, length = 40)
    private String code;
    @Column(name = "NAME", nullable = false, length = 100)
    private String name;
    @Column(name = "PARENT_ID")
    private Long parentId;
    @Column(name = "PATH", nullable = false, length = 1000)
    private String path;
    @Column(name = "DEPTH", nullable = false)
    private int depth;
    @Enumerated(EnumType.STRING)
    @Column(name = "UNIT_TYPE", nullable = false)
    private UnitType unitType;
    @Enumerated(EnumType.STRING)
    @Column(name = "PARTY_ORG_TYPE", nullable = false)
    private PartyOrgType partyOrgType;
    @Enumerated(EnumType.STRING)
    @Column(name = "DOMAIN")
    private Domain domain;
    @Column(name = "SECRETARY_ID")
    private Long secretaryId;
    @Column(name = "FOUNDED_ON")
    private LocalDate foundedOn;
    @Column(name = "DIVISION_CODE", length = 12)
    private String divisionCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private OrgStatus status;
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public Organization toRecord() {
        return new Organization(id, code, name, parentId, path, depth, unitType, partyOrgType, domain, secretaryId,
                foundedOn, divisionCode, status, version);
    }

    /** Copies every field a caller may change; parent and path are set by the tree operations. */
    public void apply(OrganizationDraft d) {
        code = d.code().trim();
        name = d.name().trim();
        unitType = d.unitType();
        partyOrgType = d.partyOrgType();
        domain = d.domain();
        secretaryId = d.secretaryId();
        foundedOn = d.foundedOn();
        divisionCode = d.divisionCode() == null || d.divisionCode().isBlank() ? null : d.divisionCode().trim();
        status = d.status();
    }

    /** Places this unit below {@code parent} (null for a root); needs the id, so call after persist. */
    public void placeUnder(OrganizationEntity parent) {
        parentId = parent == null ? null : parent.id;
        path = (parent == null ? "/" : parent.path) + id + "/";
        depth = parent == null ? 0 : parent.depth + 1;
    }

    public void assignSecretary(Long memberId) { secretaryId = memberId; }
    public Long getSecretaryId() { return secretaryId; }
    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public Long getParentId() { return parentId; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public int getDepth() { return depth; }
    public PartyOrgType getPartyOrgType() { return partyOrgType; }
    public UnitType getUnitType() { return unitType; }
    public long getVersion() { return version; }
}
