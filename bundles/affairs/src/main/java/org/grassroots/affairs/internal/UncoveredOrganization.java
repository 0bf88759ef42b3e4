package org.grassroots.affairs.internal;

public record UncoveredOrganization(long organizationId, String code, String name) {
}
