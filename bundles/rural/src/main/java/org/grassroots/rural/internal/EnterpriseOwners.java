package org.grassroots.rural.internal;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which enterprises a caller sees and edits, by the unit that registered them (the owner: usually a street or the
 * district). A caller sees the enterprises registered in their subtree and those registered by the units above
 * them (the district's enterprises help every street's villages), never another street's; they edit only those
 * registered in their subtree. Enterprises recorded before owners existed have none and count as the district's.
 */
final class EnterpriseOwners {
    private EnterpriseOwners() {
    }

    /** The unit ids on a materialized path ({@code /1/7/} → 1, 7): the scope unit and its ancestors. */
    static Set<Long> onPath(String path) {
        Set<Long> ids = new LinkedHashSet<>();
        if (path != null) {
            for (String part : path.split("/")) {
                if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
                    ids.add(Long.parseLong(part));
                }
            }
        }
        return ids;
    }

    /**
     * @param ownerPath the owner's materialized path as stored with the enterprise (kept current by core)
     * @param scopePath the caller's scope path prefix, {@code null} for the whole platform
     */
    static boolean visible(Long owner, String ownerPath, String scopePath) {
        return owner == null || scopePath == null || onPath(scopePath).contains(owner) || inSubtree(ownerPath, scopePath);
    }

    static boolean editable(Long owner, String ownerPath, String scopePath) {
        return scopePath == null || owner != null && inSubtree(ownerPath, scopePath);
    }

    private static boolean inSubtree(String ownerPath, String scopePath) {
        return ownerPath != null && ownerPath.startsWith(scopePath);
    }
}
