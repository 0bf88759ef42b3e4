package org.grassroots.core.api;

/**
 * Search criteria for members; null fields do not filter. {@code name} matches a substring,
 * {@code idNumber} the whole number, {@code idNumberSuffix} its last four characters, {@code phone} the whole
 * phone number (digits only count), {@code subtreeOf} every member of that unit and the units below. A search by
 * any part of the ID number or by phone is a personal-data lookup: audited and limited per account.
 */
public record MemberQuery(String name, String idNumber, Long subtreeOf, MemberCategory category,
                          MemberStatus status, String tag, String idNumberSuffix, String phone) {

    /** The criteria without the suffix and phone lookups (since 1.5: kept for callers built against 1.4). */
    public MemberQuery(String name, String idNumber, Long subtreeOf, MemberCategory category, MemberStatus status,
                       String tag) {
        this(name, idNumber, subtreeOf, category, status, tag, null, null);
    }

    public static MemberQuery all() {
        return new MemberQuery(null, null, null, null, null, null);
    }

    public static MemberQuery inSubtree(long organizationId) {
        return new MemberQuery(null, null, organizationId, null, null, null);
    }
}
