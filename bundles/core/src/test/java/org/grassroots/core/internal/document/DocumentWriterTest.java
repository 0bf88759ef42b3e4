package org.grassroots.core.internal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.grassroots.core.api.document.Document;
import org.grassroots.core.api.document.DocumentFormat;
import org.grassroots.core.api.document.DocumentUnavailableException;
import org.junit.jupiter.api.Test;

/**
 * The platform's documents read back with the libraries people's tools rely on: the Word file with Apache POI
 * (title, headings by style, text, table cells), the PDF with PDFBox (the Chinese text extracts, the CJK font is
 * embedded, tables longer than a page continue on the next).
 */
class DocumentWriterTest {
    private static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    static Document sample(int rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("示范村", "53个村", "50个村", "+3"));
        for (int i = 1; i < rows; i++) {
            lines.add(List.of("第" + i + "项指标 <&>", String.valueOf(i), "—", "—"));
        }
        return new Document(new Document.TitlePage("济南高新区2024年度基层党建工作纪实", "（草稿）", List.of("济南高新区", "2024年12月31日")),
                List.of(new Document.Heading(1, "一、强村共富"),
                        new Document.Paragraph("2024年，全区147个村完成分类评定，其中示范村53个。\nA second line in English."),
                        new Document.Table(List.of("指标", "本年", "上年", "增减"), lines),
                        new Document.Heading(2, "典型与亮点"),
                        new Document.Paragraph("舜华路街道党群服务中心")));
    }

    @Test
    void wordReadsTheTitleHeadingsTextAndTable() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocumentWriterImpl(List.of()).write(sample(3), DocumentFormat.DOCX, out);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> headings = docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("一、强村共富"), headings);
            assertTrue(docx.getParagraphs().stream().anyMatch(p -> "Title".equals(p.getStyle())
                    && p.getText().equals("济南高新区2024年度基层党建工作纪实")));
            assertTrue(docx.getParagraphs().stream().anyMatch(p -> p.getText().contains("其中示范村53个")));
            XWPFTable table = docx.getTables().get(0);
            assertEquals("示范村", table.getRow(1).getCell(0).getText());
            assertEquals("53个村", table.getRow(1).getCell(1).getText());
            assertEquals("第1项指标 <&>", table.getRow(2).getCell(0).getText());
        }
    }

    @Test
    void pdfEmbedsTheChineseFontAndItsTextReadsBack() throws IOException {
        assumeTrue(new File(FONT).isFile(), "fonts-wqy-microhei is not installed");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocumentWriterImpl(List.of("/nowhere/missing.ttf", FONT)).write(sample(120), DocumentFormat.PDF, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertTrue(pdf.getNumberOfPages() >= 4, "title page and a table running over pages: " + pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("济南高新区2024年度基层党建工作纪实"), text);
            assertTrue(text.contains("示范村") && text.contains("53个村"), text);
            assertTrue(text.contains("第119项指标"), "the last row is on a later page");
            PDPage body = pdf.getPage(1);
            List<PDFont> fonts = new ArrayList<>();
            for (var name : body.getResources().getFontNames()) {
                fonts.add(body.getResources().getFont(name));
            }
            assertTrue(fonts.stream().allMatch(PDFont::isEmbedded), "every font is embedded");
            assertTrue(fonts.stream().anyMatch(f -> f.getName().contains("WenQuanYi")), fonts.toString());
        }
    }

    /** A letter: its title heads the first page and the body follows on that page, which is numbered. */
    static Document letter() {
        return new Document(Document.TitlePage.heading("中国共产党党员组织关系介绍信", "第 2024001 号", List.of()),
                List.of(new Document.Paragraph("中共济南高新区舜华路街道工作委员会："),
                        new Document.Paragraph("张三同志系中共正式党员，组织关系由中共某某支部委员会转去你处，请接洽。")));
    }

    @Test
    void aLetterStartsOnItsFirstPage() throws IOException {
        assumeTrue(new File(FONT).isFile(), "fonts-wqy-microhei is not installed");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocumentWriterImpl(List.of(FONT)).write(letter(), DocumentFormat.PDF, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.indexOf("组织关系介绍信") < text.indexOf("请接洽") && text.contains("— 1 —"), text);
        }
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocumentWriterImpl(List.of()).write(letter(), DocumentFormat.DOCX, docx);
        String body = DocxWriter.body(letter());
        assertTrue(!body.contains("w:type=\"page\"") && body.indexOf("介绍信") < body.indexOf("请接洽"), body);
        assertTrue(DocxWriter.body(sample(1)).contains("w:type=\"page\""), "a report's title page stands alone");
    }

    @Test
    void noChineseFontIsAClearRefusalNamingWhatWasTried() {
        DocumentUnavailableException refused = assertThrows(DocumentUnavailableException.class,
                () -> new DocumentWriterImpl(List.of("/nowhere/simsun.ttc")).write(sample(1), DocumentFormat.PDF,
                        new ByteArrayOutputStream()));
        assertEquals(503, refused.status());
        assertTrue(refused.getMessage().contains("/nowhere/simsun.ttc: not found"), refused.getMessage());
        assertTrue(refused.getMessage().contains("fonts-wqy-microhei"), refused.getMessage());
    }

    @Test
    void xmlTextDropsCharactersWordCannotRead() {
        assertEquals("a&lt;b&amp;c", DocxWriter.escape("a<b&\u0001c"));
    }
}
