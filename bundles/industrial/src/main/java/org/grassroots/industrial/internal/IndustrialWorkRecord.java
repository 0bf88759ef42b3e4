package org.grassroots.industrial.internal;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.api.workrecord.WorkRecordContributor;
import org.grassroots.core.api.workrecord.WorkRecordSection;
import org.grassroots.core.api.workrecord.WorkRecordSections;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The industrial communities' part of the year-end work record (action 7, emerging sectors), from its dashboard figures. */
@Component(property = ModuleRegistry.MODULE_PROPERTY + "=" + IndustrialModule.ID)
public class IndustrialWorkRecord implements WorkRecordContributor {
    private static final MessageBundle MESSAGES = MessageBundle.of(IndustrialWorkRecord.class);
    private final IndustrialStatistics statistics;

    @Activate
    public IndustrialWorkRecord(@Reference IndustrialStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public int action() {
        return 7;
    }

    @Override
    public WorkRecordSection section(long subtreeOf, int year) {
        List<Statistic> figures = statistics.compute(subtreeOf, year);
        String requests = "m/" + IndustrialModule.ID + "/requests";
        String grids = "m/" + IndustrialModule.ID + "/grids";
        return new WorkRecordSection(WorkRecordSections.text(MESSAGES.message("workRecord.title")),
                WorkRecordSections.figures(figures, Map.of(IndustrialModule.COVERED, grids, IndustrialModule.COVERAGE,
                                grids, IndustrialModule.REQUESTS, requests, IndustrialModule.ON_TIME, requests),
                        IndustrialModule.COVERED, IndustrialModule.COVERAGE, IndustrialModule.REQUESTS,
                        IndustrialModule.ON_TIME, IndustrialModule.SATISFACTION),
                List.of(),
                WorkRecordSections.text(MESSAGES.message("workRecord.summary", year,
                        WorkRecordSections.number(WorkRecordSections.value(figures, IndustrialModule.COVERED)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, IndustrialModule.COVERAGE)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, IndustrialModule.REQUESTS)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, IndustrialModule.ON_TIME)))));
    }
}
