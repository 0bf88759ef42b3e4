package org.grassroots.core.api;

/**
 * The least a module needs to validate a reference to a member (exists, in scope, where): no personal data, so
 * looking it up is not a read of personal data and writes no {@code READ_PERSONAL} audit line.
 *
 * @param path materialized path of the member's unit ({@code /1/7/42/})
 */
public record MemberReference(long id, String name, long organizationId, String path) {
}
