package org.grassroots.affairs.internal;


/** Whether a held meeting counts: a 支部党员大会 only with more than half of the full members entitled present. */
final class Quorum {
    private Quorum() {
    }

    static boolean counts(MeetingType type, int entitled, int present) {
        if (!type.needsQuorum()) {
            return present > 0;
        }
        return entitled > 0 && present * 2 > entitled;
    }
}
