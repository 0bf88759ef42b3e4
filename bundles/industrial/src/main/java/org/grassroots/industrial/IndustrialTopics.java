package org.grassroots.industrial;

/**
 * EventAdmin topics the industrial module posts, after the change has committed. Every event carries
 * {@link #REQUEST_ID}, {@link #PATH} (the enterprise's materialized path), {@link #PARK_ID} (may be absent),
 * {@link #CATEGORY} and {@link #ACTOR}. Subscribe with {@code org/grassroots/industrial/request/*}.
 */
public final class IndustrialTopics {
    /** A request went past its deadline while still open; posted once per request, addressed to its park's administrators. Also carries {@link #DUE_AT}. */
    public static final String REQUEST_OVERDUE = "org/grassroots/industrial/request/OVERDUE";
    /** Prefix of the workflow topics: {@code .../SUBMITTED}, {@code ASSIGNED}, {@code IN_PROGRESS}, {@code RESOLVED}, {@code RATED}, {@code REOPENED}. */
    public static final String REQUEST_PREFIX = "org/grassroots/industrial/request/";

    public static final String REQUEST_ID = "requestId";
    public static final String PATH = "path";
    public static final String PARK_ID = "parkId";
    public static final String CATEGORY = "category";
    public static final String ACTOR = "actor";
    /** ISO-8601 instant. */
    public static final String DUE_AT = "dueAt";

    private IndustrialTopics() {
    }

    /** The topic posted when a request enters {@code status}. */
    public static String status(RequestStatus status) {
        return REQUEST_PREFIX + status.name();
    }
}
