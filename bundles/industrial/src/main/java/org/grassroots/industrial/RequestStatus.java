package org.grassroots.industrial;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * Where an enterprise service request stands: submitted → assigned → in progress → resolved → rated, or reopened by
 * the enterprise after it was resolved (and then assigned or taken up again).
 */
public enum RequestStatus implements Labelled {
    SUBMITTED("已提交", "Submitted"), ASSIGNED("已分派", "Assigned"), IN_PROGRESS("办理中", "In progress"),
    RESOLVED("已办结", "Resolved"), RATED("已评价", "Rated"), REOPENED("已重启", "Reopened");

    private final String label;
    private final String english;

    RequestStatus(String label, String english) {
        this.label = label;
        this.english = english;
    }

    /** Chinese label, as users see it. */
    @Override
    public String label() {
        return label;
    }

    @Override
    public LocalizedText labels() {
        return LocalizedText.of(label, english);
    }

    public String english() {
        return english;
    }

    /** Whether someone still has to act on the request (the deadline runs). */
    public boolean open() {
        return this != RESOLVED && this != RATED;
    }
}
