package org.grassroots.industrial;

import java.time.Instant;
import java.util.List;

/**
 * An enterprise's service request (企业诉求) to its industrial community.
 *
 * @param organizationId   the enterprise (a core unit) the request comes from
 * @param organizationName its name, for display
 * @param parkId           the park whose community handles it (the nearest park above the enterprise), if any
 * @param gridId           the grid the enterprise lies in, if any
 * @param category         code of a {@code /categories} entry; its deadline set {@code dueAt} at submission
 * @param submitterMemberId the member who logged it (a grid worker or the enterprise's contact), if known
 * @param overdue          computed: still open after {@code dueAt}
 * @param onTime           computed for resolved requests: resolved by {@code dueAt}; {@code null} while open
 * @param escalatedAt      when the overdue request was escalated to the park administrator
 * @param allowedActions   the workflow actions its current state allows (the caller's permissions aside)
 */
public record ServiceRequest(long id, long organizationId, String organizationName, Long parkId, Long gridId, String category, Long serviceId,
                             String title, String description, String contactName, RequestStatus status,
                             Instant submittedAt, String submittedBy, Long submitterMemberId, Instant dueAt,
                             boolean overdue, Long assigneeMemberId, String assigneeDepartment, String resolution,
                             Instant resolvedAt, Boolean onTime, Integer rating, String ratingComment, int reopenCount,
                             Instant escalatedAt, List<Attachment> attachments, List<RequestAction> allowedActions,
                             long version) {
    public ServiceRequest {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        allowedActions = allowedActions == null ? List.of() : List.copyOf(allowedActions);
    }

    /** Metadata of a file that belongs to the request; the file itself lives where {@code reference} points. */
    public record Attachment(long id, String name, long size, String contentType, String reference, Instant addedAt,
                             String addedBy) {
    }

    /** One step of the request's history: who moved it from where to where, when, and why. */
    public record Transition(long id, RequestAction action, RequestStatus from, RequestStatus to, String actor,
                             Instant at, String note) {
    }
}
