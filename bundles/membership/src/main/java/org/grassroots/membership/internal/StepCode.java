package org.grassroots.membership.internal;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/**
 * The steps of the development pipeline (their order, kinds and intervals are configurable: MEMB_STEP_RULE). A step
 * with a {@link #stage()} moves the file into that stage.
 */
public enum StepCode implements Labelled {
    APPLICATION("递交入党申请书", "Application", Stage.APPLICANT),
    TALK("党组织派人谈话", "Talk with the applicant", null),
    RECOMMENDATION("推荐（推优）", "Recommendation", null),
    ACTIVIST("确定为入党积极分子", "Made an activist", Stage.ACTIVIST),
    THOUGHT_REPORT("思想汇报", "Thought report", null),
    CANDIDATE("确定为发展对象", "Made a candidate", Stage.CANDIDATE),
    POLITICAL_REVIEW("政治审查", "Political review", null),
    TRAINING("集中培训", "Concentrated training", null),
    PRE_REVIEW("上级党委预审", "Pre-review by the higher committee", null),
    FORM("填写入党志愿书", "Application form issued", null),
    PUBLIC_NOTICE("发展公示", "Public notice", null),
    ADMISSION("支部大会讨论接收", "Admitted by the branch general meeting", Stage.PROBATIONARY),
    APPROVAL("上级党委审批", "Approved by the higher committee", null),
    OATH("入党宣誓", "Oath", null),
    EXTENSION("延长预备期", "Probation extended", null),
    FULL_MEMBERSHIP("预备党员转正", "Full membership", Stage.FULL),
    CANCELLATION("取消预备党员资格", "Probation cancelled", Stage.CANCELLED);

    private final LocalizedText labels;
    private final Stage stage;

    StepCode(String zhCN, String en, Stage stage) {
        this.labels = LocalizedText.of(zhCN, en);
        this.stage = stage;
    }

    @Override
    public LocalizedText labels() {
        return labels;
    }

    /** The stage the step moves the file into, or null. */
    public Stage stage() {
        return stage;
    }

    /** Steps that carry a vote of the branch general meeting. */
    public boolean vote() {
        return this == ADMISSION || this == FULL_MEMBERSHIP;
    }
}
