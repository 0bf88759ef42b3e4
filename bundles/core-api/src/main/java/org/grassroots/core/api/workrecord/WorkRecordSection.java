package org.grassroots.core.api.workrecord;

import java.util.List;

import org.grassroots.core.api.module.LocalizedText;

/**
 * One module's part of the work record.
 *
 * @param title      the section heading, e.g. 强村共富 / Common prosperity of villages
 * @param figures    the headline figures, in the order they are shown
 * @param highlights notable items by name (a featured position, a demonstration building), in both languages
 * @param summary    a few sentences written from the figures (a template filled in), which people edit into the
 *                   report's prose; in both languages
 */
public record WorkRecordSection(LocalizedText title, List<WorkRecordFigure> figures, List<LocalizedText> highlights,
                                LocalizedText summary) {
    public WorkRecordSection {
        figures = List.copyOf(figures);
        highlights = List.copyOf(highlights);
    }
}
