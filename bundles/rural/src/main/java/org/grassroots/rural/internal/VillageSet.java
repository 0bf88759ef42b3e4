package org.grassroots.rural.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.grassroots.core.api.Organization;

/**
 * The villages under one unit (from core, in tree order) and that unit's materialized path: queries scope the
 * module's rows with {@code orgPath LIKE :under} ({@link #under()}), the map gives the villages' names and codes.
 */
public record VillageSet(String path, Map<Long, Organization> villages) {
    /** All villages (platform-internal work such as the demo): matches every path. */
    public static VillageSet everywhere(Map<Long, Organization> villages) {
        return new VillageSet("/", villages);
    }

    /** One village. */
    public static VillageSet of(Organization village) {
        return new VillageSet(village.path(), Map.of(village.id(), village));
    }

    /** The {@code LIKE} pattern of the unit's subtree. */
    public String under() {
        return path + "%";
    }

    public Set<Long> keySet() {
        return villages.keySet();
    }

    public Collection<Organization> values() {
        return villages.values();
    }

    public Organization get(long villageId) {
        return villages.get(villageId);
    }

    public boolean containsKey(long villageId) {
        return villages.containsKey(villageId);
    }

    public boolean isEmpty() {
        return villages.isEmpty();
    }

    public int size() {
        return villages.size();
    }
}
