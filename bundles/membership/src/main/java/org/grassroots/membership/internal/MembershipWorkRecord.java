package org.grassroots.membership.internal;

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
 * The member lifecycle part of the year-end work record (beyond the seven actions): members developed against the
 * plan, the pipeline, probations, transfers, mobile members and members who left, from the dashboard figures.
 */
@Component(property = ModuleRegistry.MODULE_PROPERTY + "=" + MembershipModule.ID)
public class MembershipWorkRecord implements WorkRecordContributor {
    /** After the seven actions, before dues (110). */
    static final int ACTION = 100;

    private final MembershipStatistics statistics;

    @Activate
    public MembershipWorkRecord(@Reference MembershipStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public int action() {
        return ACTION;
    }

    @Override
    public WorkRecordSection section(long subtreeOf, int year) {
        List<Statistic> figures = statistics.compute(subtreeOf, year);
        String files = "m/" + MembershipModule.ID + "/files";
        String transfers = "m/" + MembershipModule.ID + "/transfers";
        String mobile = "m/" + MembershipModule.ID + "/mobile";
        String status = "m/" + MembershipModule.ID + "/status";
        return new WorkRecordSection(WorkRecordSections.text(MembershipText.TEXT.message("workRecord.title")),
                WorkRecordSections.figures(figures, Map.of(MembershipModule.DEVELOPED, files, MembershipModule.PIPELINE, files,
                                MembershipModule.PROBATIONS, files, MembershipModule.TRANSFERS, transfers, MembershipModule.MOBILE, mobile,
                                MembershipModule.LEFT, status),
                        MembershipModule.DEVELOPED, MembershipModule.PLANNED, MembershipModule.PIPELINE, MembershipModule.PROBATIONS,
                        MembershipModule.TRANSFERS, MembershipModule.MOBILE, MembershipModule.LEFT),
                List.of(),
                WorkRecordSections.text(MembershipText.TEXT.message("workRecord.summary", year,
                        WorkRecordSections.number(WorkRecordSections.value(figures, MembershipModule.DEVELOPED)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, MembershipModule.PLANNED)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, MembershipModule.PIPELINE)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, MembershipModule.TRANSFERS)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, MembershipModule.MOBILE)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, MembershipModule.LEFT)))));
    }
}
