package org.grassroots.community.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which {@link RiderCriterion} items a "骑手友好社区" must meet: the module setting {@value #SETTING} of the unit
 * (inherited down the tree like every module setting; comma-separated codes), all items when nobody set it.
 */
final class RiderChecklist {
    static final String SETTING = "riderFriendly.checklist";

    private RiderChecklist() {
    }

    static Set<RiderCriterion> required(String setting) {
        if (setting == null || setting.isBlank()) {
            return EnumSet.allOf(RiderCriterion.class);
        }
        Set<RiderCriterion> required = EnumSet.noneOf(RiderCriterion.class);
        for (String code : setting.split(",")) {
            for (RiderCriterion c : RiderCriterion.values()) {
                if (c.name().equals(code.trim())) {
                    required.add(c);
                }
            }
        }
        return required.isEmpty() ? EnumSet.allOf(RiderCriterion.class) : required;
    }

    /** The required items not met, in checklist order. */
    static List<RiderCriterion> missing(Set<RiderCriterion> required, Set<RiderCriterion> met) {
        List<RiderCriterion> missing = new ArrayList<>();
        for (RiderCriterion c : required) {
            if (!met.contains(c)) {
                missing.add(c);
            }
        }
        return missing;
    }

    static String codes(Set<RiderCriterion> met) {
        return String.join(",", met.stream().map(Enum::name).toList());
    }

    static Set<RiderCriterion> parse(String codes) {
        Set<RiderCriterion> met = EnumSet.noneOf(RiderCriterion.class);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(",")).map(String::trim).map(RiderCriterion::valueOf).forEach(met::add);
        }
        return met;
    }
}
