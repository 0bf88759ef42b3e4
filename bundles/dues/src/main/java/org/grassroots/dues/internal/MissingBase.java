package org.grassroots.dues.internal;

public record MissingBase(long memberId, String memberName, long organizationId) {
}
