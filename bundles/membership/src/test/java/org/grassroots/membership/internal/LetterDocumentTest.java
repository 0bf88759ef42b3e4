package org.grassroots.membership.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.grassroots.core.api.document.Document;
import org.grassroots.core.api.document.DocumentFormat;
import org.grassroots.core.api.document.DocumentUnavailableException;
import org.grassroots.core.internal.document.DocumentWriterImpl;
import org.junit.jupiter.api.Test;

/**
 * The introduction letter is one template: its number, addressee, member, both organizations, dues paid up to, validity
 * and receipt slip are in the document core writes as Word and PDF, and in the HTML page (escaped).
 */
class LetterDocumentTest {
    private static final TransferLetter OUT = new TransferLetter(7, "2024-0007", TransferKind.OUT, TransferStatus.ISSUED, 42L,
            "张<三>", 3, "孙村街道第一党支部", null, null, "历城区委组织部", "中共历城区委组织部", "工作调动",
            "2024-05", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 7, 3), null, null, Instant.EPOCH, "admin", "admin", null, 2);

    @Test
    void theLetterSaysWhoGoesWhereWithTheDuesTheValidityAndTheReceipt() {
        Document letter = LetterDocument.of(OUT);
        assertEquals("中国共产党党员组织关系介绍信", letter.titlePage().title());
        assertEquals("第 2024-0007 号", letter.titlePage().subtitle());
        assertTrue(letter.titlePage().lines().contains("2024 年 6 月 3 日"));
        String text = text(letter);
        assertTrue(text.contains("中共历城区委组织部："), text);
        assertTrue(text.contains("兹介绍 张<三> 同志的党员组织关系由 孙村街道第一党支部 转至 历城区委组织部"), text);
        assertTrue(text.contains("党费已交到 2024 年 5 月"), text);
        assertTrue(text.contains("有效期 30 天，至 2024 年 7 月 3 日"), text);
        assertTrue(text.contains("转接原因：工作调动"), text);
        assertTrue(text.contains("回　执") && text.contains("介绍信编号：2024-0007"), text);
    }

    @Test
    void aLetterNotYetIssuedHasNoNumberAndBlankDates() {
        TransferLetter requested = new TransferLetter(8, null, TransferKind.IN, TransferStatus.REQUESTED, null, "李四", 3,
                "孙村街道第一党支部", null, null, "天桥区某党支部", "孙村街道第一党支部", null, "2024-11", null, null, null, null,
                Instant.EPOCH, "admin", null, null, 0);
        Document letter = LetterDocument.of(requested);
        assertEquals("第 （未开具） 号", letter.titlePage().subtitle());
        String text = text(letter);
        assertTrue(text.contains("由 天桥区某党支部 转至 孙村街道第一党支部"), text);
        assertFalse(text.contains("转接原因"), text);
        assertTrue(text.contains("至 　　年　　月　　日"), text);
    }

    @Test
    void theHtmlPageIsTheSameLetterEscaped() {
        String html = Letters.html(OUT);
        assertTrue(html.contains("<h1>中国共产党党员组织关系介绍信</h1>") && html.contains("第 2024-0007 号"), html);
        assertTrue(html.contains("张&lt;三&gt;") && !html.contains("张<三>"), html);
        assertTrue(html.contains("<div class=\"cut\"><h1>回　执</h1>") && !html.contains("沿此线剪下"), html);
    }

    /** Core's writer (on the test class path only) prints it; the PDF reads back with the Chinese text. */
    @Test
    void coresWriterPrintsTheLetterAsWordAndPdf() throws IOException {
        DocumentWriterImpl writer = new DocumentWriterImpl();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        writer.write(LetterDocument.of(OUT), DocumentFormat.DOCX, docx);
        assertTrue(docx.size() > 500 && docx.toByteArray()[0] == 'P' && docx.toByteArray()[1] == 'K');
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            writer.write(LetterDocument.of(OUT), DocumentFormat.PDF, pdf);
        } catch (DocumentUnavailableException noFont) {
            assumeTrue(false, "no CJK font on this machine");
        }
        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(read).replaceAll("[\\s\u3000]", "");
            assertTrue(text.contains("中国共产党党员组织关系介绍信") && text.contains("2024-0007"), text);
            assertTrue(text.contains("党费已交到2024年5月") && text.contains("沿此线剪下") && text.contains("回执"), text);
        }
    }

    private static String text(Document letter) {
        return letter.blocks().stream().map(b -> b instanceof Document.Paragraph p ? p.text()
                : b instanceof Document.Heading h ? h.text() : "").collect(Collectors.joining("\n"));
    }
}
