package org.grassroots.position.internal;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.workrecord.WorkRecordContributor;
import org.grassroots.core.api.workrecord.WorkRecordSection;
import org.grassroots.core.api.workrecord.WorkRecordSections;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Action 3's part of the year-end work record (实施党群服务阵地迭代升级行动): positions recorded into the city system,
 * featured comprehensive positions by name, assessments and upgrades, the events held at the positions and their
 * sign-ins, from the dashboard's figures, so the report and
 * the dashboard count the same way.
 */
@Component(property = ModuleRegistry.MODULE_PROPERTY + "=" + PositionModule.ID)
public class PositionWorkRecord implements WorkRecordContributor {
    static final int ACTION = 3;

    private final PositionStatistics statistics;
    private final FeaturedNames featured;

    @Activate
    public PositionWorkRecord(@Reference PositionStatistics statistics, @Reference FeaturedNames featured) {
        this.statistics = statistics;
        this.featured = featured;
    }

    @Override
    public int action() {
        return ACTION;
    }

    @Override
    public WorkRecordSection section(long subtreeOf, int year) {
        List<Statistic> figures = statistics.compute(subtreeOf, year);
        String positions = "m/" + PositionModule.ID + "/positions";
        String assessments = "m/" + PositionModule.ID + "/assessments";
        String upgrades = "m/" + PositionModule.ID + "/upgrades";
        String events = "m/" + PositionModule.ID + "/events";
        List<String> names = featured.names(subtreeOf);
        List<LocalizedText> highlights = names.stream().map(n -> LocalizedText.of(n, n)).toList();
        return new WorkRecordSection(WorkRecordSections.text(PosText.TEXT.message("workRecord.title")),
                WorkRecordSections.figures(figures, Map.of(PositionModule.POSITIONS, positions, PositionModule.FEATURED, positions,
                                PositionModule.RECORDED, positions, PositionModule.MEAN_SCORE, assessments,
                                PositionModule.RECTIFICATIONS_OPEN, assessments, PositionModule.RECTIFICATIONS_OVERDUE, assessments,
                                PositionModule.UPGRADES_ACCEPTED, upgrades, PositionModule.EVENTS, events, PositionModule.SIGN_INS, events),
                        PositionModule.POSITIONS, PositionModule.RECORDED, PositionModule.FEATURED, PositionModule.MEAN_SCORE,
                        PositionModule.RECTIFICATIONS_OPEN, PositionModule.RECTIFICATIONS_OVERDUE, PositionModule.UPGRADES_ACCEPTED,
                        PositionModule.EVENTS, PositionModule.SIGN_INS),
                highlights,
                WorkRecordSections.text(PosText.TEXT.message("workRecord.summary", year,
                        WorkRecordSections.number(WorkRecordSections.value(figures, PositionModule.RECORDED)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, PositionModule.FEATURED)),
                        names.isEmpty() ? "—" : String.join("、", names.subList(0, Math.min(3, names.size()))),
                        WorkRecordSections.number(WorkRecordSections.value(figures, PositionModule.MEAN_SCORE)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, PositionModule.UPGRADES_ACCEPTED)))));
    }
}
