package org.grassroots.position;

/** EventAdmin topics the position module posts (plain-value properties, no compile-time dependency needed). */
public final class PositionTopics {
    /**
     * An upgrade project was accepted by the level above. Properties: {@code upgradeId}, {@code positionId},
     * {@code organizationId} (Long), {@code acceptedOn} (String, ISO date).
     */
    public static final String UPGRADE_ACCEPTED = "org/grassroots/position/upgrade/ACCEPTED";

    private PositionTopics() {
    }
}
