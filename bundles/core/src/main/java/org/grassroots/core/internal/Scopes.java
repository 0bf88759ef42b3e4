package org.grassroots.core.internal;

import java.util.function.Predicate;

import javax.persistence.EntityManager;

import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.Role;
import org.grassroots.core.internal.persistence.MemberEntity;
import org.grassroots.core.internal.persistence.OrganizationEntity;

/**
 * The current caller's organization scope, resolved against the database: the materialized path of the scope
 * unit, so a subtree check is a string prefix and a subtree query one {@code LIKE prefix%}.
 */
public final class Scopes {
    /** Matches no path: the scope unit of the caller was deleted, so they see nothing. */
    private static final String NOTHING = "//none/";

    private Scopes() {
    }

    /** The caller's scope path prefix, or {@code null} when they see everything. */
    public static String prefix(EntityManager em) {
        Caller caller = Actors.caller();
        if (caller.unrestricted()) {
            return null;
        }
        OrganizationEntity unit = em.find(OrganizationEntity.class, caller.organizationId());
        return unit == null ? NOTHING : unit.getPath();
    }

    public static boolean visible(EntityManager em, OrganizationEntity unit) {
        String prefix = prefix(em);
        return prefix == null || unit.getPath().startsWith(prefix);
    }

    public static boolean visible(EntityManager em, long organizationId) {
        OrganizationEntity unit = em.find(OrganizationEntity.class, organizationId);
        return unit != null && visible(em, unit);
    }

    public static void requireVisible(EntityManager em, long organizationId, String entityType, Object entityId) {
        if (!visible(em, organizationId)) {
            throw CoreMessages.notFound(entityType, entityId);
        }
    }

    /**
     * Which members the caller may see at all: those in their subtree, or only their own record (a member without
     * another role). Resolved once, then tested for many members.
     */
    public static Predicate<MemberEntity> visibleMembers(EntityManager em) {
        Caller caller = Actors.caller();
        if (ownRecordOnly(caller)) {
            Long self = caller.memberId();
            return member -> member.getId().equals(self);
        }
        String prefix = prefix(em);
        return member -> prefix == null || member.getOrgPath().startsWith(prefix);
    }

    /**
     * Whether the caller may read only their own member record: they are a MEMBER and hold no role that reads
     * other members.
     */
    public static boolean ownRecordOnly(Caller caller) {
        return !caller.system() && caller.hasRole(Role.MEMBER) && !caller.hasRole(Role.DISTRICT_ADMIN)
                && !caller.hasRole(Role.UNIT_ADMIN) && !caller.hasRole(Role.SECRETARY) && !caller.hasRole(Role.AUDITOR);
    }
}
