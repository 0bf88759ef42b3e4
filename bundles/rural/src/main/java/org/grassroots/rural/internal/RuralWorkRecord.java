package org.grassroots.rural.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.ModuleRegistry;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.api.workrecord.WorkRecordContributor;
import org.grassroots.core.api.workrecord.WorkRecordFigure;
import org.grassroots.core.api.workrecord.WorkRecordSection;
import org.grassroots.core.api.workrecord.WorkRecordSections;
import org.grassroots.rural.internal.classify.Category;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The villages' part of the year-end work record (action 5, 强村共富): villages per category (the report's
 * 53 / 91 / 3), visit and pairing coverage and collective income growth, from the dashboard's figures.
 */
@Component(property = ModuleRegistry.MODULE_PROPERTY + "=" + RuralModule.ID)
public class RuralWorkRecord implements WorkRecordContributor {
    private static final MessageBundle MESSAGES = MessageBundle.of(RuralWorkRecord.class);
    private final RuralStatistics statistics;

    @Activate
    public RuralWorkRecord(@Reference RuralStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public int action() {
        return 5;
    }

    @Override
    public WorkRecordSection section(long subtreeOf, int year) {
        List<Statistic> figures = statistics.compute(subtreeOf, year);
        Statistic categories = WorkRecordSections.find(figures, RuralModule.CATEGORIES);
        String classification = "m/" + RuralModule.ID + "/classification";
        List<WorkRecordFigure> shown = new ArrayList<>();
        for (Category category : Category.values()) {
            double villages = categories == null ? 0 : categories.breakdown().getOrDefault(category.name(), 0.0);
            shown.add(new WorkRecordFigure(RuralModule.CATEGORIES + "." + category.name(), category.labels(), villages,
                    "villages", classification));
        }
        shown.addAll(WorkRecordSections.figures(figures, Map.of(RuralModule.VISIT_COVERAGE, "m/" + RuralModule.ID + "/visits",
                        RuralModule.PAIRING_COVERAGE, "m/" + RuralModule.ID + "/pairing",
                        RuralModule.INCOME_GROWTH, "m/" + RuralModule.ID + "/economy"),
                RuralModule.VISIT_COVERAGE, RuralModule.PAIRING_COVERAGE, RuralModule.INCOME_GROWTH));
        return new WorkRecordSection(WorkRecordSections.text(MESSAGES.message("workRecord.title")), shown, List.of(),
                WorkRecordSections.text(MESSAGES.message("workRecord.summary", year,
                        WorkRecordSections.number(shown.get(0).value()), WorkRecordSections.number(shown.get(1).value()),
                        WorkRecordSections.number(shown.get(2).value()),
                        WorkRecordSections.number(WorkRecordSections.value(figures, RuralModule.VISIT_COVERAGE)))));
    }
}
