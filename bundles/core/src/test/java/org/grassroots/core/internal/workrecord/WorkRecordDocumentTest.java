package org.grassroots.core.internal.workrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.document.Document;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.workrecord.WorkRecord;
import org.junit.jupiter.api.Test;

/** The printed record: chapters numbered 一、二、, the people's text over the template's, frozen figures over live ones. */
class WorkRecordDocumentTest {
    private static final WorkRecord RECORD = new WorkRecord(1, "济南高新区", 2024, List.of(
            new WorkRecord.Section("education", LocalizedText.of("党员教育", "Education"), 1,
                    LocalizedText.of("党员教育", "Member education"),
                    List.of(new WorkRecord.ComparedFigure("sites", LocalizedText.of("教学点", "Teaching sites"), 28, "count", 25.0, null)),
                    List.of(), LocalizedText.of("建成教学点28个。", "28 teaching sites.")),
            new WorkRecord.Section("rural", LocalizedText.of("强村共富", "Rural"), 6, LocalizedText.of("强村共富", "Villages"),
                    List.of(new WorkRecord.ComparedFigure("demonstration", LocalizedText.of("示范村", "Demonstration villages"), 54,
                            "villages", null, "m/rural/villages")),
                    List.of(LocalizedText.of("西营村", "Xiying")), LocalizedText.of("示范村54个。", "54."))), List.of());

    @Test
    void theChineseRecordPrintsTextsAndFigures() {
        WorkRecordEdition edition = new WorkRecordEdition(RECORD,
                List.of(new WorkRecordEdition.Draft("rural", 2, "全区示范村53个。", Instant.now(), "admin", List.of())), null);
        Document document = WorkRecordDocument.of(edition, Locale.SIMPLIFIED_CHINESE);
        assertEquals("济南高新区2024年度基层党建工作纪实", document.titlePage().title());
        assertTrue(document.titlePage().subtitle().startsWith("（草稿"));
        List<Document.Block> blocks = document.blocks();
        assertEquals(new Document.Heading(1, "一、党员教育"), blocks.get(0));
        assertEquals(new Document.Paragraph("建成教学点28个。"), blocks.get(1));
        assertEquals(List.of("教学点", "28", "25", "+3"), ((Document.Table) blocks.get(2)).rows().get(0));
        assertEquals(new Document.Heading(1, "二、强村共富"), blocks.get(3));
        assertEquals(new Document.Paragraph("全区示范村53个。"), blocks.get(4));
        assertEquals(List.of("示范村", "54个村", "—", "—"), ((Document.Table) blocks.get(5)).rows().get(0));
        assertEquals(new Document.Paragraph("西营村"), blocks.get(7));
    }

    @Test
    void aFrozenYearPrintsItsFrozenFigures() {
        WorkRecordEdition.Snapshot snapshot = new WorkRecordEdition.Snapshot(Instant.parse("2025-01-10T02:00:00Z"), "admin",
                List.of(new WorkRecordEdition.FrozenFigure("rural", "demonstration", LocalizedText.of("示范村", "x"),
                        "villages", 53, 54.0, true)), 1);
        Document document = WorkRecordDocument.of(new WorkRecordEdition(RECORD, List.of(), snapshot), Locale.SIMPLIFIED_CHINESE);
        assertEquals("（2025年1月10日定稿）", document.titlePage().subtitle());
        assertEquals("53个村", ((Document.Table) document.blocks().get(5)).rows().get(0).get(1));
        Document english = WorkRecordDocument.of(new WorkRecordEdition(RECORD, List.of(), snapshot), Locale.ENGLISH);
        assertEquals(new Document.Heading(1, "2. Villages"), english.blocks().get(3));
        assertEquals("53 villages", ((Document.Table) english.blocks().get(5)).rows().get(0).get(1));
    }
}
