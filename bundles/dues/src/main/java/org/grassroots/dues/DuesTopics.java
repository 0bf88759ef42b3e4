package org.grassroots.dues;

/**
 * EventAdmin topics the dues module posts, for other modules (e.g. {@code membership}'s six-month rule) to listen
 * to without a compile-time dependency: the properties are plain values.
 */
public final class DuesTopics {
    /**
     * A member reached six (or more) consecutive settled months unpaid when a month was settled. Properties:
     * {@code memberId} (Long), {@code organizationId} (Long, the organization that collects), {@code months}
     * (Integer, the consecutive months), {@code period} (String, the settled month, {@code 2024-06}).
     */
    public static final String SIX_MONTHS_UNPAID = "org/grassroots/dues/arrears/SIX_MONTHS";

    private DuesTopics() {
    }
}
