package org.grassroots.core.api.workrecord;

import java.util.List;

import org.grassroots.core.api.module.LocalizedText;

/**
 * The work record of a subtree and year, as core assembles it: the contributed sections in the order of the
 * special actions.
 *
 * @param sections one per module enabled in the subtree that contributes, ordered by action, then module id
 * @param failed   modules whose section could not be computed (logged), so that a reader knows it is missing
 */
public record WorkRecord(long subtreeOf, String unitName, int year, List<Section> sections, List<String> failed) {
    public WorkRecord {
        sections = List.copyOf(sections);
        failed = List.copyOf(failed);
    }

    /** A module's section with each figure compared to the year before. */
    public record Section(String module, LocalizedText moduleName, int action, LocalizedText title,
                          List<ComparedFigure> figures, List<LocalizedText> highlights, LocalizedText summary) {
        public Section {
            figures = List.copyOf(figures);
            highlights = List.copyOf(highlights);
        }
    }

    /** {@code previousYear}: the same figure a year earlier, {@code null} when the module reported none then. */
    public record ComparedFigure(String id, LocalizedText label, double value, String unit, Double previousYear,
                                 String drillDown) {
    }
}
