package ${package}.internal;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Version;

import ${package}.Activity;

/** Row of ${moduleId.toUpperCase()}_ACTIVITY (db/${moduleId}/V1__activities.sql); never leaves this bundle. */
@Entity
@Table(name = "${moduleId.toUpperCase()}_ACTIVITY")
public class ActivityEntity {
    @Id
    @TableGenerator(name = "${moduleId}Activity", table = "${moduleId.toUpperCase()}_SEQUENCE", pkColumnName = "SEQ_NAME",
            valueColumnName = "SEQ_COUNT", pkColumnValue = "ACTIVITY", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "${moduleId}Activity")
    @Column(name = "ID")
    private long id;

    @Column(name = "ORGANIZATION_ID", nullable = false)
    private long organizationId;

    /** The unit's materialized path (core rewrites it when the unit moves). */
    @Column(name = "ORG_PATH", nullable = false)
    private String orgPath;

    @Column(name = "TITLE", nullable = false, length = ActivityValidator.TITLE_MAX)
    private String title;

    @Column(name = "HELD_ON", nullable = false)
    private LocalDate heldOn;

    @Column(name = "PARTICIPANTS", nullable = false)
    private int participants;

    @Column(name = "RECORDED_BY", nullable = false)
    private String recordedBy;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected ActivityEntity() {
        // for JPA
    }

    ActivityEntity(long organizationId, String orgPath, String title, LocalDate heldOn, int participants,
                   String recordedBy) {
        this.organizationId = organizationId;
        this.orgPath = orgPath;
        this.title = title;
        this.heldOn = heldOn;
        this.participants = participants;
        this.recordedBy = recordedBy;
    }

    String orgPath() {
        return orgPath;
    }

    Activity toRecord() {
        return new Activity(id, organizationId, title, heldOn, participants, recordedBy, version);
    }
}
