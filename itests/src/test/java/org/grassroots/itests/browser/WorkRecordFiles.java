package org.grassroots.itests.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The exported work record read back as people's tools read it: Word with Apache POI, PDF with PDFBox. */
final class WorkRecordFiles {
    private WorkRecordFiles() {
    }

    /** Every paragraph and table cell of a Word file, as text. */
    static String wordText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Whether every font of the PDF's first body page is embedded and one of them is a Chinese (CID) font. */
    static boolean embedsCjkFont(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(Math.min(1, document.getNumberOfPages() - 1));
            boolean cjk = false;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (!font.isEmbedded()) {
                    return false;
                }
                cjk |= "Type0".equals(font.getSubType()) && font.getStringWidth("中") > 0;
            }
            return cjk;
        }
    }

    /** Page {@code index} (0 the title page) as a PNG (for docs/screenshots), at 110 dpi. */
    static void renderPage(byte[] pdf, int index, Path png) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(index, 110, ImageType.RGB);
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
        }
    }
}
