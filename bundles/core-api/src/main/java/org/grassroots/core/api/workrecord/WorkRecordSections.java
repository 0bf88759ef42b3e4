package org.grassroots.core.api.workrecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.text.Message;

/**
 * Builds a section from the figures a module already computes for the dashboard, so that the report and the
 * dashboard count the same way: pick figures by id, or turn one figure's breakdown into figures of their own
 * (e.g. villages per category: 53 / 91 / 3).
 */
public final class WorkRecordSections {
    private WorkRecordSections() {
    }

    /** The figure {@code id} of {@code statistics}, or {@code null}. */
    public static Statistic find(List<Statistic> statistics, String id) {
        return statistics.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** The value of figure {@code id}, 0 when the module reported none. */
    public static double value(List<Statistic> statistics, String id) {
        Statistic s = find(statistics, id);
        return s == null ? 0 : s.value();
    }

    /** The figures {@code ids} of {@code statistics}, in that order (ids the module did not report are skipped). */
    public static List<WorkRecordFigure> figures(List<Statistic> statistics, Map<String, String> drillDowns,
                                                 String... ids) {
        List<WorkRecordFigure> figures = new ArrayList<>();
        for (String id : ids) {
            Statistic s = find(statistics, id);
            if (s != null) {
                figures.add(new WorkRecordFigure(s.id(), s.name(), s.value(), s.unit(), drillDowns.get(id)));
            }
        }
        return figures;
    }

    /**
     * The parts of figure {@code id}'s breakdown as figures {@code <id>.<key>}, labelled with the breakdown's
     * labels, in the order of {@code keys} (a key without a part counts 0, so the report always shows it).
     */
    public static List<WorkRecordFigure> parts(Statistic statistic, String unit, String drillDown, String... keys) {
        List<WorkRecordFigure> figures = new ArrayList<>();
        if (statistic == null) {
            return figures;
        }
        for (String key : keys) {
            LocalizedText label = statistic.labels().getOrDefault(key, LocalizedText.of(key, key));
            figures.add(new WorkRecordFigure(statistic.id() + "." + key, label,
                    statistic.breakdown().getOrDefault(key, 0.0), unit, drillDown));
        }
        return figures;
    }

    /** A message rendered in both languages, for a section's title, highlights and summary. */
    public static LocalizedText text(Message message) {
        return LocalizedText.of(message.chinese(), message.english());
    }

    /** {@code value} as people write it: no decimals for whole numbers, one decimal otherwise. */
    public static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
