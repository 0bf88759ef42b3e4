package org.grassroots.industrial;

import java.time.Instant;

/**
 * An enterprise's service request (企业诉求) to its park.
 *
 * @param organizationId the unit (enterprise or grid) it comes from, a core unit referenced by id
 */
public record ServiceRequest(long id, long organizationId, String title, String description, RequestStatus status,
                             Instant submittedAt, String submittedBy, long version) {
}
