package org.grassroots.core.internal.workrecord;

import java.time.Instant;
import java.util.List;

import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.workrecord.WorkRecord;

/**
 * What the report page shows for a unit and year: the live record, each section's saved text with the figures that
 * changed since it was saved, and the frozen figures when the year is frozen, compared with the live ones.
 *
 * @param snapshot {@code null} while the year is not frozen
 */
public record WorkRecordEdition(WorkRecord record, List<Draft> drafts, Snapshot snapshot) {
    public WorkRecordEdition {
        drafts = List.copyOf(drafts);
    }

    /**
     * The current text of a section.
     *
     * @param version the ETag a change sends back in {@code If-Match}
     * @param changed the figures that moved since the text was saved (the text may state the old value)
     */
    public record Draft(String module, long version, String text, Instant writtenAt, String writtenBy,
                        List<FigureChange> changed) {
        public Draft {
            changed = List.copyOf(changed);
        }
    }

    /** A figure then and now; {@code now} is {@code null} when the section no longer shows it. */
    public record FigureChange(String id, LocalizedText label, String unit, Double then, Double now) {
    }

    /** One saved version of a section's text, newest first in a history. */
    public record DraftVersion(long version, String text, Instant writtenAt, String writtenBy) {
    }

    /** The frozen record of the year: who froze it, when, and each figure frozen next to its live value. */
    public record Snapshot(Instant frozenAt, String frozenBy, List<FrozenFigure> figures, int differing) {
        public Snapshot {
            figures = List.copyOf(figures);
        }
    }

    /** {@code live} is {@code null} when the live record no longer has the figure; {@code differs} then too. */
    public record FrozenFigure(String module, String id, LocalizedText label, String unit, double frozen, Double live,
                               boolean differs) {
    }

    /** The body of a change to a section's text. */
    public record TextChange(String text) {
    }
}
