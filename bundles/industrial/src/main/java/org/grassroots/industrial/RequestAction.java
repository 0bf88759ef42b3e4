package org.grassroots.industrial;

/** The steps of the request workflow; {@link #SUBMIT} only starts it, the others move it on. */
public enum RequestAction {
    SUBMIT("提交"), ASSIGN("分派"), START("开始办理"), RESOLVE("办结"), RATE("评价"), REOPEN("重启");

    private final String label;

    RequestAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
