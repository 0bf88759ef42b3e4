package org.grassroots.core.api;

/**
 * Search criteria for members; null fields do not filter. {@code name} matches a substring,
 * {@code idNumber} the whole number, {@code subtreeOf} every member of that unit and the units below.
 */
public record MemberQuery(String name, String idNumber, Long subtreeOf, MemberCategory category,
                          MemberStatus status, String tag) {
    public static MemberQuery all() {
        return new MemberQuery(null, null, null, null, null, null);
    }

    public static MemberQuery inSubtree(long organizationId) {
        return new MemberQuery(null, null, organizationId, null, null, null);
    }
}
