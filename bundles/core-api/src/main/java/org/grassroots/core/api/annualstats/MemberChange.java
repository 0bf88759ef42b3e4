package org.grassroots.core.api.annualstats;

import org.grassroots.core.api.module.LocalizedText;

/**
 * How many members a subtree gained or lost in a year for one reason (e.g. {@code DEATH}, 死亡).
 *
 * @param reason a stable key, unique among the contributors (prefix it with the module id when in doubt)
 */
public record MemberChange(Direction direction, String reason, LocalizedText label, long count) {
    /** Added (增加) or reduced (减少) during the year. */
    /** Whether the change added a member to the unit's roll or took one off it. */
    public enum Direction implements org.grassroots.core.api.module.Labelled {
        ADDED("增加", "Added"), REDUCED("减少", "Reduced");

        private final LocalizedText labels;

        Direction(String zhCN, String en) {
            this.labels = LocalizedText.of(zhCN, en);
        }

        @Override
        public LocalizedText labels() {
            return labels;
        }
    }
}
