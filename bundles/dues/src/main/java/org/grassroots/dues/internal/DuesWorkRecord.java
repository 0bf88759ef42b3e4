package org.grassroots.dues.internal;

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
 * The dues part of the year-end work record (beyond the seven actions): expected, collected, the rate, arrears and
 * voluntary dues, from the dashboard figures, so the report and the dashboard count the same way.
 */
@Component(property = ModuleRegistry.MODULE_PROPERTY + "=" + DuesModule.ID)
public class DuesWorkRecord implements WorkRecordContributor {
    /** After the seven actions and the member lifecycle. */
    static final int ACTION = 110;

    private final DuesStatistics statistics;

    @Activate
    public DuesWorkRecord(@Reference DuesStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public int action() {
        return ACTION;
    }

    @Override
    public WorkRecordSection section(long subtreeOf, int year) {
        List<Statistic> figures = statistics.compute(subtreeOf, year);
        String months = "m/" + DuesModule.ID + "/months";
        String arrears = "m/" + DuesModule.ID + "/arrears";
        return new WorkRecordSection(WorkRecordSections.text(DuesText.TEXT.message("workRecord.title")),
                WorkRecordSections.figures(figures, Map.of(DuesModule.EXPECTED, months, DuesModule.COLLECTED, months,
                                DuesModule.RATE, months, DuesModule.ARREARS, arrears, DuesModule.SIX_MONTHS, arrears),
                        DuesModule.EXPECTED, DuesModule.COLLECTED, DuesModule.RATE, DuesModule.ARREARS, DuesModule.SIX_MONTHS,
                        DuesModule.EXTRAS),
                List.of(),
                WorkRecordSections.text(DuesText.TEXT.message("workRecord.summary", year,
                        WorkRecordSections.number(WorkRecordSections.value(figures, DuesModule.COLLECTED)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, DuesModule.EXPECTED)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, DuesModule.RATE)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, DuesModule.SIX_MONTHS)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, DuesModule.EXTRAS)))));
    }
}
