package org.grassroots.core.api.audit;

import java.util.List;

import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;

/**
 * The platform's append-only audit trail. There is no way to change or remove an entry through the API.
 */
public interface AuditLog {

    /**
     * Records a change made by the current caller (with their remote address). Joins the caller's JTA
     * transaction when there is one, so the record commits or rolls back with the change it describes; without
     * one it commits on its own.
     *
     * @param action     e.g. {@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code APPROVE}
     * @param entityType e.g. {@code education.site}
     * @param changes    the changed fields with before/after values; never put unmasked personal data here
     */
    void record(String action, String entityType, Long entityId, String details, List<FieldChange> changes);

    /** Entries newest first. Requires the audit permission. */
    Page<AuditEntry> search(AuditQuery query, PageRequest page);
}
