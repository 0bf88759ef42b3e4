package org.grassroots.affairs.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.module.DemoCopy;

/**
 * The code a demo unit's random streams are seeded with: the unit's code as the first copy of the demo district
 * ({@value #FIRST_DISTRICT}) spells it. Copies of the district differ only in the root prefix of their codes
 * ({@code JNGX-S01} / {@code JC02-S01}); seeding with the first copy's code gives every copy the first copy's draws, so
 * that their figures are equal (the benchmark compares them), while the first copy's seeds stay what they always were.
 */
public final class DemoSeeds {
    /** The root code of the first copy, core's demo district 济南高新区. */
    public static final String FIRST_DISTRICT = "JNGX";

    private DemoSeeds() {
    }

    /** {@code unit}'s code with the copy's root prefix replaced by {@value #FIRST_DISTRICT}. */
    public static String code(DemoCopy copy, Organization unit) {
        return code(copy.district().code(), unit.code());
    }

    /** {@code code} with the prefix {@code root} replaced by {@value #FIRST_DISTRICT}; other codes as they are. */
    static String code(String root, String code) {
        if (root.equals(FIRST_DISTRICT) || !code.startsWith(root)) {
            return code;
        }
        return FIRST_DISTRICT + code.substring(root.length());
    }

    /**
     * {@code units} of {@code copy} in the order their counterparts (same code below the root) have in {@code firstCopy}
     * (units of the first copy, in the order wanted); units without a counterpart last, in their order.
     */
    public static List<Organization> inOrderOf(List<Organization> firstCopy, DemoCopy copy, List<Organization> units) {
        Map<String, Integer> rank = new HashMap<>();
        for (Organization o : firstCopy) {
            rank.putIfAbsent(o.code(), rank.size());
        }
        List<Organization> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparingInt(o -> rank.getOrDefault(code(copy, o), Integer.MAX_VALUE)));
        return sorted;
    }

    /** The SQL {@code LIKE} pattern of the copy's subtree: the ORG_PATH of every row of its units starts with it. */
    public static String subtree(DemoCopy copy) {
        return copy.district().path() + "%";
    }
}
