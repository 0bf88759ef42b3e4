package org.grassroots.education.internal;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.workrecord.WorkRecordContributor;
import org.grassroots.core.api.workrecord.WorkRecordSection;
import org.grassroots.core.api.workrecord.WorkRecordSections;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Action 1 of the year-end work record, "新"星之火 member education: teaching sites, boutique routes, sessions held,
 * study hours and the share of members who met the yearly requirement, from the dashboard figures, so that the
 * report and the dashboard count the same way.
 */
@Component(property = ModuleRegistry.MODULE_PROPERTY + "=" + EducationModule.ID)
public class EducationWorkRecord implements WorkRecordContributor {
    static final int ACTION = 1;

    private final EducationStatistics statistics;

    @Activate
    public EducationWorkRecord(@Reference EducationStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public int action() {
        return ACTION;
    }

    @Override
    public WorkRecordSection section(long subtreeOf, int year) {
        List<Statistic> figures = statistics.compute(subtreeOf, year);
        String page = "m/" + EducationModule.ID + "/";
        return new WorkRecordSection(WorkRecordSections.text(EducationMessages.TEXT.message("workRecord.title")),
                WorkRecordSections.figures(figures, Map.of(EducationModule.SITES, page + "sites",
                                EducationModule.ROUTES, page + "routes", EducationModule.SESSIONS, page + "sessions",
                                EducationModule.HOURS, page + "hours", EducationModule.COMPLIANCE, page + "hours"),
                        EducationModule.SITES, EducationModule.ROUTES, EducationModule.SESSIONS, EducationModule.ATTENDANCE,
                        EducationModule.HOURS, EducationModule.COMPLIANCE),
                List.of(),
                WorkRecordSections.text(EducationMessages.TEXT.message("workRecord.summary", year,
                        WorkRecordSections.number(WorkRecordSections.value(figures, EducationModule.SITES)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, EducationModule.ROUTES)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, EducationModule.SESSIONS)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, EducationModule.HOURS)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, EducationModule.COMPLIANCE)))));
    }
}
