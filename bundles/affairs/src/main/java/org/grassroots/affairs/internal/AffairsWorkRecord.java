package org.grassroots.affairs.internal;

import java.util.List;
import java.util.Map;

import org.grassroots.affairs.internal.assessment.AssessmentStatistics;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.workrecord.WorkRecordContributor;
import org.grassroots.core.api.workrecord.WorkRecordSection;
import org.grassroots.core.api.workrecord.WorkRecordSections;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Action 4 of the year-end work record, 基础党务提标争锋: the organizations that held their 组织生活会, the members
 * evaluated, the meetings held, meeting compliance and the instructors' coverage, from the dashboard figures.
 */
@Component(property = ModuleRegistry.MODULE_PROPERTY + "=" + AffairsModule.ID)
public class AffairsWorkRecord implements WorkRecordContributor {
    static final int ACTION = 4;

    private final AffairsStatistics statistics;

    @Activate
    public AffairsWorkRecord(@Reference AffairsStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public int action() {
        return ACTION;
    }

    @Override
    public WorkRecordSection section(long subtreeOf, int year) {
        List<Statistic> figures = statistics.compute(subtreeOf, year);
        String page = "m/" + AffairsModule.ID + "/";
        return new WorkRecordSection(WorkRecordSections.text(AffairsText.TEXT.message("workRecord.title")),
                WorkRecordSections.figures(figures, Map.of(AffairsModule.LIFE_MEETINGS, page + "meetings",
                                AffairsModule.MEETINGS, page + "meetings", AffairsModule.COMPLIANCE, page + "compliance",
                                AffairsModule.EVALUATED, page + "evaluations", AssessmentStatistics.GRADES, page + "grading",
                                AssessmentStatistics.REPORTS, page + "assessment", AssessmentStatistics.SESSIONS, page + "sessions"),
                        AffairsModule.LIFE_MEETINGS, AffairsModule.EVALUATED, AffairsModule.MEETINGS, AffairsModule.COMPLIANCE,
                        AffairsModule.WORKFORCE, AffairsModule.REELECTIONS, AssessmentStatistics.GRADES, AssessmentStatistics.REPORTS,
                        AssessmentStatistics.SESSIONS),
                List.of(),
                WorkRecordSections.text(AffairsText.TEXT.message("workRecord.summary", year,
                        WorkRecordSections.number(WorkRecordSections.value(figures, AffairsModule.LIFE_MEETINGS)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, AffairsModule.EVALUATED)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, AffairsModule.WORKFORCE)))));
    }
}
