package org.grassroots.industrial.internal;

import java.time.Instant;

public record Enterprise(long id, long enterpriseId, String name, String code, long gridId, String gridName,
                         Coverage coverage, Long coveringOrganizationId, String coveringOrganizationName,
                         String contactName, String contactPhone, Instant updatedAt, String updatedBy, long version) {
}
