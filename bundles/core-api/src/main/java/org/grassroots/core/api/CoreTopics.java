package org.grassroots.core.api;

/**
 * EventAdmin topics the core posts after a write has committed. Every event carries the properties
 * {@link #ID} (long), {@link #PATH} (the unit's materialized path; for members the path of their
 * organization) and {@link #ACTOR} (who did it). Subscribe with e.g. {@code org/grassroots/core/member/*}.
 */
public final class CoreTopics {
    public static final String ORGANIZATION_CREATED = "org/grassroots/core/organization/CREATED";
    public static final String ORGANIZATION_UPDATED = "org/grassroots/core/organization/UPDATED";
    /** Also carries {@link #FROM_PATH}, the unit's path before the move. */
    public static final String ORGANIZATION_MOVED = "org/grassroots/core/organization/MOVED";
    public static final String ORGANIZATION_DELETED = "org/grassroots/core/organization/DELETED";
    public static final String MEMBER_CREATED = "org/grassroots/core/member/CREATED";
    public static final String MEMBER_UPDATED = "org/grassroots/core/member/UPDATED";
    /** Also carries {@link #FROM_ORGANIZATION} and {@link #TO_ORGANIZATION} (ids). */
    public static final String MEMBER_TRANSFERRED = "org/grassroots/core/member/TRANSFERRED";
    public static final String MEMBER_DELETED = "org/grassroots/core/member/DELETED";
    /** Posted once after a whole import file committed; carries {@link #COUNT}. */
    public static final String IMPORT_COMPLETED = "org/grassroots/core/import/COMPLETED";

    public static final String ID = "id";
    public static final String PATH = "path";
    public static final String FROM_PATH = "fromPath";
    public static final String FROM_ORGANIZATION = "fromOrganizationId";
    public static final String TO_ORGANIZATION = "toOrganizationId";
    public static final String ACTOR = "actor";
    public static final String COUNT = "count";

    private CoreTopics() {
    }
}
