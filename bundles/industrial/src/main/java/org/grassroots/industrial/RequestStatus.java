package org.grassroots.industrial;

/** Where an enterprise service request stands: submitted → assigned → in progress → resolved → rated. */
public enum RequestStatus {
    SUBMITTED("已提交"), ASSIGNED("已分派"), IN_PROGRESS("办理中"), RESOLVED("已办结"), RATED("已评价");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
