package org.grassroots.buildings.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.workrecord.WorkRecordContributor;
import org.grassroots.core.api.workrecord.WorkRecordFigure;
import org.grassroots.core.api.workrecord.WorkRecordSection;
import org.grassroots.core.api.workrecord.WorkRecordSections;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The buildings' part of the year-end work record (action 7, 新兴领域赋能提质): demonstration buildings (the
 * report's 10, named as highlights), buildings on the belt, Party coverage of their enterprises, committee decisions
 * closed on time, business districts with their joint meetings and activities, 两新 organizations with and without a
 * managing committee, all from the dashboard's figures.
 */
@Component(property = ModuleRegistry.MODULE_PROPERTY + "=" + BuildingsModule.ID)
public class BuildingsWorkRecord implements WorkRecordContributor {
    private final BuildingsStatistics statistics;
    private final Demonstrations demonstrations;
    private final ModuleScope scope;

    @Activate
    public BuildingsWorkRecord(@Reference BuildingsStatistics statistics, @Reference Demonstrations demonstrations,
                               @Reference Buildings buildings) {
        this.statistics = statistics;
        this.demonstrations = demonstrations;
        this.scope = buildings.scope();
    }

    @Override
    public int action() {
        return 7;
    }

    @Override
    public WorkRecordSection section(long subtreeOf, int year) {
        List<Statistic> figures = statistics.compute(subtreeOf, year);
        String route = "m/" + BuildingsModule.ID + "/";
        List<WorkRecordFigure> shown = new ArrayList<>(WorkRecordSections.figures(figures, Map.of(
                        BuildingsModule.DEMONSTRATION, route + "demonstrations", BuildingsModule.BELT, route + "buildings",
                        BuildingsModule.COVERAGE, route + "coverage", BuildingsModule.DECISIONS, route + "decisions",
                        BuildingsModule.DISTRICTS, route + "districts", BuildingsModule.MANAGEMENT, route + "management"),
                BuildingsModule.DEMONSTRATION, BuildingsModule.BELT, BuildingsModule.COVERAGE, BuildingsModule.DECISIONS,
                BuildingsModule.DISTRICTS, BuildingsModule.MANAGEMENT));
        Statistic coverage = WorkRecordSections.find(figures, BuildingsModule.COVERAGE);
        if (coverage != null) {
            shown.addAll(WorkRecordSections.parts(coverage, "enterprises", route + "coverage", "enterprises", "shouldForm"));
        }
        Statistic districts = WorkRecordSections.find(figures, BuildingsModule.DISTRICTS);
        shown.addAll(WorkRecordSections.parts(districts, "count", route + "districts", ActivityKind.JOINT_MEETING.name(),
                ActivityKind.JOINT_ACTIVITY.name()));
        Statistic managed = WorkRecordSections.find(figures, BuildingsModule.MANAGEMENT);
        shown.addAll(WorkRecordSections.parts(managed, "count", route + "management", "unmanaged"));
        String path = scope.path(subtreeOf);
        List<LocalizedText> highlights = path == null ? List.of() : demonstrations.names(path + "%", year).stream()
                .map(name -> LocalizedText.of(name, name)).toList();
        Statistic belt = WorkRecordSections.find(figures, BuildingsModule.BELT);
        double onBelt = belt == null ? 0 : belt.breakdown().getOrDefault(Belt.JINGSHI.name(), 0.0)
                + belt.breakdown().getOrDefault(Belt.SHUNHUA.name(), 0.0);
        return new WorkRecordSection(WorkRecordSections.text(BuildingsText.TEXT.message("workRecord.title")), shown, highlights,
                WorkRecordSections.text(BuildingsText.TEXT.message("workRecord.summary", year,
                        WorkRecordSections.number(onBelt),
                        WorkRecordSections.number(WorkRecordSections.value(figures, BuildingsModule.DEMONSTRATION)),
                        WorkRecordSections.number(coverage == null ? 0 : coverage.breakdown().getOrDefault("enterprises", 0.0)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, BuildingsModule.COVERAGE)),
                        WorkRecordSections.number(coverage == null ? 0 : coverage.breakdown().getOrDefault("shouldForm", 0.0)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, BuildingsModule.DECISIONS)),
                        WorkRecordSections.number(WorkRecordSections.value(figures, BuildingsModule.DISTRICTS)),
                        WorkRecordSections.number(part(districts, ActivityKind.JOINT_MEETING.name())),
                        WorkRecordSections.number(part(districts, ActivityKind.JOINT_ACTIVITY.name())),
                        WorkRecordSections.number(part(managed, "organizations")),
                        WorkRecordSections.number(WorkRecordSections.value(figures, BuildingsModule.MANAGEMENT)),
                        WorkRecordSections.number(part(managed, "unmanaged")))));
    }

    private static double part(Statistic statistic, String key) {
        return statistic == null ? 0 : statistic.breakdown().getOrDefault(key, 0.0);
    }
}
