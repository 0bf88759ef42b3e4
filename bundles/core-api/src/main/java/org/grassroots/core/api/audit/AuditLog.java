package org.grassroots.core.api.audit;

import java.util.List;

import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's append-only audit trail. There is no way to change or remove an entry through the API.
 */
@ProviderType
public interface AuditLog {

    /**
     * Appends one line to the audit trail: who (the caller bound to the thread, see
     * {@link org.grassroots.core.api.security.Authorization#current()}), from where (their remote address),
     * when, what ({@code action} on {@code entityType} {@code entityId}) and which fields changed.
     * <p>
     * <b>When to call:</b> from a module's service, after every successful write it makes (create, update,
     * delete, approve, import ...) and after every read of personal data that the law requires to be traced.
     * Core's own services already audit their writes; a module never audits core's records again.
     * <p>
     * <b>Transactions:</b> call it inside the transaction of the change it describes. It joins the caller's JTA
     * transaction (type {@code REQUIRED}), so the audit line commits with the change and disappears when the
     * change rolls back: a refused request leaves no audit line. Called outside a transaction it commits on
     * its own; do that only for events without a database change (e.g. an export that was served).
     * <p>
     * <b>Failures:</b> throws {@link org.grassroots.core.api.ValidationException} (422) when {@code action} or
     * {@code entityType} is blank or longer than 40 characters, and lets persistence errors through, which
     * marks the surrounding transaction for rollback: a change that cannot be audited is not made.
     *
     * @param action     what was done, upper case: e.g. {@code CREATE}, {@code UPDATE}, {@code DELETE},
     *                   {@code APPROVE}; at most 40 characters
     * @param entityType the record type, prefixed with the module id: e.g. {@code education.site}; at most 40
     *                   characters
     * @param entityId   the record's id, or {@code null} for an action on no single record (e.g. an import)
     * @param details    a short free text for the reader of the trail, or {@code null}
     * @param changes    the changed fields with before/after values ({@code null} or empty when not a change);
     *                   never put unmasked personal data (ID numbers, phone numbers) here, mask them
     * @throws org.grassroots.core.api.ValidationException when {@code action} or {@code entityType} is invalid
     */
    void record(String action, String entityType, Long entityId, String details, List<FieldChange> changes);

    /** Entries newest first. Requires the audit permission. */
    Page<AuditEntry> search(AuditQuery query, PageRequest page);
}
