package org.grassroots.rolemodel.internal;

import java.util.ArrayList;
import java.util.List;

import org.grassroots.core.api.UnitType;

/**
 * The levels of the level-by-level recommendation (逐级推荐): the units above a role model's unit whose type is a
 * level of the service matrix (网格 → 村居/社区 → 街道/园区 → 区), nearest first. Other unit types (enterprises,
 * buildings, institutions) are not levels: their models go to the level above them. Pure, so it is unit tested.
 */
public final class Levels {
    /** One level of the chain: the deciding unit and its type. */
    public record Level(long unitId, UnitType type) {
        public Tier tier() {
            return tierOf(type);
        }
    }

    private Levels() {
    }

    /** Whether units of the type decide in the chain. */
    public static boolean isLevel(UnitType type) {
        return switch (type) {
            case GRID, COMMUNITY, VILLAGE, STREET, PARK, DISTRICT -> true;
            default -> false;
        };
    }

    /** The tier an approval at a level gives ("十百千工程"): district, street/park, or grassroots below them. */
    public static Tier tierOf(UnitType type) {
        return switch (type) {
            case DISTRICT -> Tier.DISTRICT;
            case STREET, PARK -> Tier.STREET;
            default -> Tier.GRASSROOTS;
        };
    }

    /** The key of a level in the figures (pending per level): DISTRICT, STREET or GRASSROOTS. */
    public static String key(UnitType type) {
        return tierOf(type).name();
    }

    /** The higher of two tiers (null is lowest). */
    public static Tier higher(Tier a, Tier b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    /** The chain above a unit, nearest first, from its ancestors listed root first (the unit itself excluded). */
    public static List<Level> chain(List<Level> ancestorsRootFirst) {
        List<Level> chain = new ArrayList<>();
        for (int i = ancestorsRootFirst.size() - 1; i >= 0; i--) {
            Level l = ancestorsRootFirst.get(i);
            if (isLevel(l.type())) {
                chain.add(l);
            }
        }
        return chain;
    }

    /** The index of a unit in the chain, -1 when it is none of its levels. */
    public static int indexOf(List<Level> chain, long unitId) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).unitId() == unitId) {
                return i;
            }
        }
        return -1;
    }
}
