package org.grassroots.rolemodel.internal;

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
 * The role-model part of the year-end work record (action 2, 实施榜样典型培树宣传行动): the models and their tiers,
 * the district-level contact points, the learning activities and the service records, from the dashboard figures so
 * that the report and the dashboard count the same way.
 */
@Component(property = ModuleRegistry.MODULE_PROPERTY + "=" + RoleModelModule.ID)
public class RoleModelWorkRecord implements WorkRecordContributor {
    static final int ACTION = 2;

    private final RoleModelStatistics statistics;

    @Activate
    public RoleModelWorkRecord(@Reference RoleModelStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public int action() {
        return ACTION;
    }

    @Override
    public WorkRecordSection section(long subtreeOf, int year) {
        List<Statistic> figures = statistics.compute(subtreeOf, year);
        String models = "m/" + RoleModelModule.ID + "/models";
        String points = "m/" + RoleModelModule.ID + "/contact-points";
        Statistic tiers = WorkRecordSections.find(figures, RoleModelModule.TIERS);
        return new WorkRecordSection(WorkRecordSections.text(RoleModelText.TEXT.message("workRecord.title")),
                WorkRecordSections.figures(figures, Map.of(RoleModelModule.MODELS, models, RoleModelModule.TIERS, models,
                                RoleModelModule.PENDING, models, RoleModelModule.CONTACT_POINTS, points,
                                RoleModelModule.CONTACT_RECORDS, points, RoleModelModule.SERVICES, "m/" + RoleModelModule.ID + "/services",
                                RoleModelModule.HONOURS, "m/" + RoleModelModule.ID + "/honours"),
                        RoleModelModule.MODELS, RoleModelModule.TIERS, RoleModelModule.CONTACT_POINTS, RoleModelModule.CONTACT_RECORDS,
                        RoleModelModule.LEARNING, RoleModelModule.SERVICES, RoleModelModule.HONOURS),
                List.of(),
                WorkRecordSections.text(RoleModelText.TEXT.message("workRecord.summary", year,
                        WorkRecordSections.number(WorkRecordSections.value(figures, RoleModelModule.CONTACT_POINTS)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, RoleModelModule.MODELS)),
                        WorkRecordSections.number(tiers == null ? 0 : tiers.breakdown().getOrDefault(Tier.DISTRICT.name(), 0.0)),
                        WorkRecordSections.number(tiers == null ? 0 : tiers.breakdown().getOrDefault(Tier.STREET.name(), 0.0)),
                        WorkRecordSections.number(tiers == null ? 0 : tiers.breakdown().getOrDefault(Tier.GRASSROOTS.name(), 0.0)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, RoleModelModule.SERVICES)))));
    }
}
