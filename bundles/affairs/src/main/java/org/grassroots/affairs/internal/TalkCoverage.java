package org.grassroots.affairs.internal;

import java.util.List;

/**
 * How many members of a subtree had their yearly talk: {@code members} of the subtree, {@code talkedTo} of them with
 * at least one talk in the year, and the first of those without ({@code notYet}, at most 200; {@code notYetTotal}).
 */
public record TalkCoverage(long unitId, String unitName, int year, int members, int talkedTo, double percent, int talks,
                           List<NotTalkedTo> notYet, int notYetTotal) {
}
