package org.grassroots.affairs.internal;

import static org.grassroots.core.api.security.Role.AUDITOR;
import static org.grassroots.core.api.security.Role.DISTRICT_ADMIN;
import static org.grassroots.core.api.security.Role.SECRETARY;
import static org.grassroots.core.api.security.Role.UNIT_ADMIN;

import java.util.List;
import java.util.Map;

import org.grassroots.affairs.internal.terms.CommitteePost;
import org.grassroots.affairs.internal.terms.ElectionMethod;
import org.grassroots.affairs.internal.terms.ElectionTiming;
import org.grassroots.affairs.internal.terms.RequestAction;
import org.grassroots.affairs.internal.terms.RequestKind;
import org.grassroots.affairs.internal.terms.RequestStatus;
import org.grassroots.affairs.internal.terms.TermFigures;
import org.grassroots.affairs.internal.terms.TermStatus;
import org.grassroots.affairs.internal.assessment.AssessmentStatistics;
import org.grassroots.affairs.internal.assessment.GradeScheme;
import org.grassroots.affairs.internal.assessment.GradingAction;
import org.grassroots.affairs.internal.assessment.GradingStatus;
import org.grassroots.affairs.internal.assessment.OrgGrade;
import org.grassroots.affairs.internal.assessment.ReportAction;
import org.grassroots.affairs.internal.assessment.ReportGrade;
import org.grassroots.affairs.internal.assessment.ReportStatus;
import org.grassroots.affairs.internal.assessment.RoundKind;
import org.grassroots.affairs.internal.assessment.RoundStatus;
import org.grassroots.core.api.module.ActionModule;
import org.grassroots.core.api.module.EnumLabels;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleCategory;
import org.grassroots.core.api.module.ModuleDescriptor;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.PermissionDefinition;
import org.grassroots.core.api.module.StatisticDefinition;
import org.grassroots.core.api.module.UiEntry;
import org.grassroots.core.api.security.Role;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The descriptor of 基础党务 (action 4 "基础党务提标争锋", a safeguard). */
@Component(service = ActionModule.class, property = ModuleRegistry.MODULE_PROPERTY + "=" + AffairsModule.ID)
public class AffairsModule implements ActionModule {
    public static final String ID = "affairs";
    /** Target of the {@code ModuleSchema} core registers once the module's tables are current (see bnd.bnd). */
    public static final String SCHEMA = "(grassroots.schema=org.grassroots.affairs)";
    public static final String UNIT = "(osgi.unit.name=grassroots-affairs)";

    /** See meetings, compliance, evaluations and figures in scope. */
    public static final String READ = "affairs.read";
    /** Plan and record meetings, submit minutes, enter ratings (branch secretaries and party-affairs workers). */
    public static final String WRITE = "affairs.write";
    /** Review minutes (approve, return, archive), open and close campaigns, grant exemptions: the level above. */
    public static final String REVIEW = "affairs.review";
    /** Set the meeting rules of a subtree and run the reminders by hand. */
    public static final String SETTINGS = "affairs.settings";

    static final String LIFE_MEETINGS = "affairs.lifeMeetings";
    static final String EVALUATED = "affairs.membersEvaluated";
    static final String MEETINGS = "affairs.meetings";
    static final String COMPLIANCE = "affairs.compliance";
    static final String WORKFORCE = "affairs.workforceCoverage";
    static final String TALKS = "affairs.talks";
    static final String REELECTIONS = "affairs.reelections";

    private final ModuleDescriptor descriptor;

    @Activate
    public AffairsModule(BundleContext context) {
        descriptor = describe(context.getBundle().getVersion().toString());
    }

    public static ModuleDescriptor describe(String version) {
        return new ModuleDescriptor(ID, LocalizedText.of("基础党务", "Basic Party affairs"), version,
                LocalizedText.of("三会一课、组织生活会、主题党日从计划、召开（出席与缺席）、纪要报上级审核到归档；按组织类型和周期"
                                + "计算会议合规情况并在期末前提醒书记；民主评议党员（每名党员评议一次，不合格须有后续处理）；书记抓党建述职评议、党组织分类定等、“上讲台、亮功夫”。",
                        "三会一课, organizational life meetings and theme Party days from plan to held (attendance and "
                                + "absences), minutes reviewed by the level above, archived; compliance per organization "
                                + "type and period with reminders to secretaries before a period ends; democratic "
                                + "evaluation of members (each rated once, a follow-up for every 'unqualified'); secretaries' annual "
                                + "reports, the yearly grading of organizations, capability sessions."),
                ModuleCategory.SAFEGUARD,
                List.of(permission(READ, "查看基础党务", "Read basic Party affairs", DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY, AUDITOR),
                        permission(WRITE, "登记会议、提交纪要、录入评议", "Record meetings, submit minutes, enter ratings",
                                DISTRICT_ADMIN, UNIT_ADMIN, SECRETARY),
                        permission(REVIEW, "审核纪要、批准免于考核、选派党建指导员和专员", "Review minutes, grant exemptions, assign instructors and specialists",
                                DISTRICT_ADMIN, UNIT_ADMIN),
                        permission(SETTINGS, "设置会议制度要求、发送提醒", "Set meeting rules, send reminders", DISTRICT_ADMIN, UNIT_ADMIN)),
                new UiEntry("/ui/affairs/index.js", "calendar", 40),
                concat(List.of(new StatisticDefinition(LIFE_MEETINGS, LocalizedText.of("召开组织生活会的党组织", "Organizations that held their life meeting"),
                                "count", Map.of("held", LocalizedText.of("已召开", "Held"), "missing", LocalizedText.of("未召开", "Not held"))),
                        new StatisticDefinition(EVALUATED, LocalizedText.of("参加民主评议的党员", "Members evaluated"), "count",
                                EnumLabels.of(Rating.class)),
                        new StatisticDefinition(MEETINGS, LocalizedText.of("召开的会议", "Meetings held"), "count",
                                EnumLabels.of(MeetingType.class)),
                        new StatisticDefinition(COMPLIANCE, LocalizedText.of("会议制度落实率", "Meeting compliance"), "percent",
                                EnumLabels.of(MeetingType.class)),
                        new StatisticDefinition(WORKFORCE, LocalizedText.of("党建指导员、专员覆盖率", "Organizations with an instructor or specialist"),
                                "percent", EnumLabels.of(WorkerRole.class)),
                        new StatisticDefinition(TALKS, LocalizedText.of("年内谈心谈话覆盖党员", "Members with a talk in the year"), "percent",
                                Map.of("talked", LocalizedText.of("已谈话", "Talked to"), "notTalked", LocalizedText.of("未谈话", "Not yet"))),
                        new StatisticDefinition(REELECTIONS, LocalizedText.of("年内应换届的党组织", "Re-elections due in the year"), "count",
                                TermFigures.LABELS)),
                        AssessmentStatistics.definitions()),
                List.of(EnumLabels.set(ID, MeetingType.class), EnumLabels.set(ID, MeetingStatus.class),
                        EnumLabels.set(ID, MeetingAction.class), EnumLabels.set(ID, Period.class),
                        EnumLabels.set(ID, Rating.class), EnumLabels.set(ID, CampaignStatus.class),
                        EnumLabels.set(ID, WorkerRole.class),
                        EnumLabels.set(ID, CommitteePost.class), EnumLabels.set(ID, ElectionMethod.class),
                        EnumLabels.set(ID, ElectionTiming.class), EnumLabels.set(ID, TermStatus.class),
                        EnumLabels.set(ID, RequestKind.class), EnumLabels.set(ID, RequestStatus.class),
                        EnumLabels.set(ID, RequestAction.class), EnumLabels.set(ID, RoundKind.class), EnumLabels.set(ID, RoundStatus.class),
                        EnumLabels.set(ID, ReportStatus.class), EnumLabels.set(ID, ReportAction.class), EnumLabels.set(ID, ReportGrade.class),
                        EnumLabels.set(ID, GradingStatus.class), EnumLabels.set(ID, GradingAction.class), EnumLabels.set(ID, GradeScheme.class),
                        EnumLabels.set(ID, OrgGrade.class)));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    private static PermissionDefinition permission(String id, String zhCN, String en, Role... roles) {
        return PermissionDefinition.of(id, LocalizedText.of(zhCN, en), roles);
    }

    @Override
    public ModuleDescriptor descriptor() {
        return descriptor;
    }
}
