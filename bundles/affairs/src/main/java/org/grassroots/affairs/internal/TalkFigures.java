package org.grassroots.affairs.internal;

/**
 * The yearly 谈心谈话 of a subtree in figures: its members now, how many of them had at least one talk recorded in
 * the year (never more than the members), and the share in percent with one decimal.
 */
public record TalkFigures(int members, int talkedTo, double percent) {
    static TalkFigures of(long members, long talkedTo) {
        int whole = (int) members;
        int part = (int) Math.min(talkedTo, members);
        return new TalkFigures(whole, part, Talks.percent(part, whole));
    }
}
