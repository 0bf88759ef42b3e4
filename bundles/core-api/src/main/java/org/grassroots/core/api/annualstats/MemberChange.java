package org.grassroots.core.api.annualstats;

import org.grassroots.core.api.module.LocalizedText;

/**
 * How many members a subtree gained or lost in a year for one reason (e.g. {@code DEATH}, 死亡).
 *
 * @param reason a stable key, unique among the contributors (prefix it with the module id when in doubt)
 */
public record MemberChange(Direction direction, String reason, LocalizedText label, long count) {
    /** Added (增加) or reduced (减少) during the year. */
    public enum Direction { ADDED, REDUCED }
}
