package org.grassroots.industrial.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

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

import org.grassroots.industrial.RequestStatus;
import org.grassroots.industrial.ServiceRequest;

@Entity
@Table(name = "IND_SERVICE_REQUEST")
public class ServiceRequestEntity {
    @Id
    @TableGenerator(name = "request_ids", table = "IND_SEQUENCE", pkColumnName = "SEQ_NAME", valueColumnName = "SEQ_COUNT",
            pkColumnValue = "SERVICE_REQUEST", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "request_ids")
    @Column(name = "ID")
    private Long id;
    @Column(name = "ORGANIZATION_ID", nullable = false)
    private long organizationId;
    @Column(name = "TITLE", nullable = false, length = 200)
    private String title;
    @Column(name = "DESCRIPTION", length = 4000)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 16)
    private RequestStatus status;
    /** UTC. */
    @Column(name = "SUBMITTED_AT", nullable = false)
    private LocalDateTime submittedAt;
    @Column(name = "SUBMITTED_BY", nullable = false, length = 100)
    private String submittedBy;
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected ServiceRequestEntity() {
    }

    public ServiceRequestEntity(long organizationId, String title, String description, LocalDateTime submittedAt,
                                String submittedBy) {
        this.organizationId = organizationId;
        this.title = title;
        this.description = description;
        this.status = RequestStatus.SUBMITTED;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    public ServiceRequest toRecord() {
        return new ServiceRequest(id, organizationId, title, description, status, submittedAt.toInstant(ZoneOffset.UTC),
                submittedBy, version);
    }
}
