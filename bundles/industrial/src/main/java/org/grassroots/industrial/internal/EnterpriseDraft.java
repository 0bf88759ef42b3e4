package org.grassroots.industrial.internal;

public record EnterpriseDraft(Long gridId, Coverage coverage, Long coveringOrganizationId, String contactName,
                              String contactPhone) {
}
