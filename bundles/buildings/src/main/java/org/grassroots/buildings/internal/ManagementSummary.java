package org.grassroots.buildings.internal;

import java.util.List;

/** The 两新 organizations of a subtree, how many a committee manages, and each managing committee's share. */
public record ManagementSummary(long organizations, long managed, long unmanaged, List<Load> committees) {
    /** One managing committee and the number of 两新 organizations under it. */
    public record Load(long committeeId, String committeeName, ManagerKind kind, long organizations) {
    }
}
