package org.grassroots.community.internal;

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
 * The happy-home communities' part of the year-end work record (action 6), from its dashboard figures: the teams,
 * 双报到 and stations, then the trainings and 先锋论坛 with the people trained, micro-wishes and council issues.
 */
@Component(property = ModuleRegistry.MODULE_PROPERTY + "=" + CommunityModule.ID)
public class CommunityWorkRecord implements WorkRecordContributor {
    private final CommunityStatistics statistics;

    @Activate
    public CommunityWorkRecord(@Reference CommunityStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public int action() {
        return 6;
    }

    @Override
    public WorkRecordSection section(long subtreeOf, int year) {
        List<Statistic> figures = statistics.compute(subtreeOf, year);
        String coverage = "m/" + CommunityModule.ID + "/coverage?year=" + year;
        String teams = "m/" + CommunityModule.ID + "/teams?year=" + year;
        List<LocalizedText> highlights = statistics.riderFriendlyNames(subtreeOf, year).stream()
                .map(name -> LocalizedText.of("“骑手友好社区”：" + name, "Rider-friendly community: " + name)).toList();
        return new WorkRecordSection(WorkRecordSections.text(CommunityMessages.TEXT.message("workRecord.title")),
                WorkRecordSections.figures(figures, Map.of(CommunityModule.COMMUNITIES, coverage, CommunityModule.COVERED, coverage,
                                CommunityModule.SECRETARIES_ADJUSTED, teams),
                        CommunityModule.SECRETARIES_ADJUSTED, CommunityModule.COMMUNITIES, CommunityModule.COVERED,
                        CommunityModule.PARTNERS, CommunityModule.REGISTERED, CommunityModule.HOURS, CommunityModule.STATIONS,
                        CommunityModule.VISITS, CommunityModule.RIDER_FRIENDLY, CommunityModule.EVENTS, CommunityModule.TRAINED,
                        CommunityModule.WISHES_FULFILLED, CommunityModule.ISSUES_CLOSED),
                highlights,
                WorkRecordSections.text(CommunityMessages.TEXT.message("workRecord.summary", year,
                        number(figures, CommunityModule.SECRETARIES_ADJUSTED), number(figures, CommunityModule.PARTNERS),
                        number(figures, CommunityModule.COVERED), number(figures, CommunityModule.COMMUNITIES),
                        number(figures, CommunityModule.REGISTERED), number(figures, CommunityModule.HOURS),
                        number(figures, CommunityModule.STATIONS), number(figures, CommunityModule.RIDER_FRIENDLY),
                        WorkRecordSections.number(trainingsAndForums(figures)), number(figures, CommunityModule.TRAINED),
                        number(figures, CommunityModule.WISHES_FULFILLED), number(figures, CommunityModule.ISSUES_CLOSED))));
    }

    /** The trainings and 先锋论坛 among the events held: the report counts them apart from the volunteer events. */
    private static double trainingsAndForums(List<Statistic> figures) {
        return figures.stream().filter(f -> f.id().equals(CommunityModule.EVENTS)).findFirst()
                .map(f -> f.breakdown().getOrDefault(EventKind.TRAINING.name(), 0.0) + f.breakdown().getOrDefault(EventKind.FORUM.name(), 0.0))
                .orElse(0.0);
    }

    private static String number(List<Statistic> figures, String id) {
        return WorkRecordSections.number(WorkRecordSections.value(figures, id));
    }
}
