package org.grassroots.core.internal.workrecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.workrecord.WorkRecord;

/**
 * The figures a section showed when its text was saved, stored as lines {@code id=value}, and the comparison with
 * the figures it shows now: a figure whose value moved, or that is gone, makes the text possibly wrong.
 */
final class FigureValues {
    private FigureValues() {
    }

    static String of(WorkRecord.Section section) {
        StringBuilder out = new StringBuilder();
        for (WorkRecord.ComparedFigure f : section.figures()) {
            out.append(f.id()).append('=').append(f.value()).append('\n');
        }
        return out.toString();
    }

    static Map<String, Double> parse(String stored) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : stored.split("\n")) {
            int eq = line.lastIndexOf('=');
            if (eq > 0) {
                try {
                    values.put(line.substring(0, eq), Double.parseDouble(line.substring(eq + 1)));
                } catch (NumberFormatException e) {
                    // a line this version did not write: it cannot be compared, so it flags nothing
                }
            }
        }
        return values;
    }

    /**
     * The figures of {@code now} that differ from {@code then}; a figure the section did not show when the text was
     * saved is new, not changed (the text cannot have stated it), so it is not flagged.
     */
    static List<WorkRecordEdition.FigureChange> changes(Map<String, Double> then, WorkRecord.Section now) {
        List<WorkRecordEdition.FigureChange> changes = new ArrayList<>();
        Map<String, Double> remaining = new LinkedHashMap<>(then);
        if (now != null) {
            for (WorkRecord.ComparedFigure f : now.figures()) {
                Double before = remaining.remove(f.id());
                if (before != null && Double.compare(before, f.value()) != 0) {
                    changes.add(new WorkRecordEdition.FigureChange(f.id(), f.label(), f.unit(), before, f.value()));
                }
            }
        }
        remaining.forEach((id, before) -> changes.add(new WorkRecordEdition.FigureChange(id, null, null, before, null)));
        return changes;
    }
}
