package org.grassroots.core.internal.workrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.workrecord.WorkRecord;
import org.junit.jupiter.api.Test;

/** A saved text is flagged by the figures that moved since, not by figures that are new. */
class FigureValuesTest {
    private static WorkRecord.ComparedFigure figure(String id, double value) {
        return new WorkRecord.ComparedFigure(id, LocalizedText.of(id, id), value, "count", null, null);
    }

    private static WorkRecord.Section section(WorkRecord.ComparedFigure... figures) {
        return new WorkRecord.Section("rural", LocalizedText.of("强村共富", "Rural"), 6, LocalizedText.of("强村共富", "Rural"),
                List.of(figures), List.of(), LocalizedText.of("", ""));
    }

    @Test
    void storedFiguresReadBack() {
        assertEquals(Map.of("villages.demonstration", 53.0, "share", 36.1),
                FigureValues.parse(FigureValues.of(section(figure("villages.demonstration", 53), figure("share", 36.1)))));
    }

    @Test
    void changedAndVanishedFiguresAreFlaggedNewOnesAreNot() {
        Map<String, Double> then = Map.of("villages.demonstration", 53.0, "villages.weak", 3.0, "gone", 1.0);
        List<WorkRecordEdition.FigureChange> changes = FigureValues.changes(then,
                section(figure("villages.demonstration", 54), figure("villages.weak", 3), figure("new", 7)));
        assertEquals(2, changes.size());
        assertEquals("villages.demonstration", changes.get(0).id());
        assertEquals(53.0, changes.get(0).then());
        assertEquals(54.0, changes.get(0).now());
        assertEquals("gone", changes.get(1).id());
        assertNull(changes.get(1).now());
    }

    @Test
    void unreadableLinesFlagNothing() {
        assertEquals(Map.of("a", 1.0), FigureValues.parse("a=1.0\nnonsense\nb=x\n"));
    }
}
