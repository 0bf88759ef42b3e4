package org.grassroots.core.internal.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.grassroots.core.api.document.Document;

/**
 * Lays a {@link Document} out on A4 pages with PDFBox: the title page, then headings, paragraphs (first line
 * indented two characters, as Chinese text is) and tables with ruled cells whose header row repeats on a new page;
 * page numbers at the foot of the body pages. Lines break between any two Chinese characters and at spaces in
 * Latin text. One instance writes one document.
 */
final class PdfWriter {
    private static final float MARGIN = 72;
    private static final float BODY = 11;
    private static final float CELL = 10;
    private static final float LEADING = 1.6f;
    private static final float PADDING = 4;

    private final PDDocument pdf;
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final float width;
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    private PdfWriter(PDDocument pdf, PDType0Font font) {
        this.pdf = pdf;
        this.font = font;
        this.width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    static void write(Document document, List<String> fonts, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument(); CjkFonts.Loaded loaded = CjkFonts.load(pdf, fonts)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(document.titlePage().title());
            info.setCreator("grassroots");
            PdfWriter writer = new PdfWriter(pdf, loaded.font());
            if (document.titlePage().ownPage()) {
                writer.titlePage(document.titlePage());
                writer.newPage();
            } else {
                writer.heading(document.titlePage());
            }
            for (Document.Block block : document.blocks()) {
                if (block instanceof Document.Heading heading) {
                    writer.heading(heading);
                } else if (block instanceof Document.Paragraph paragraph) {
                    writer.paragraph(paragraph.text());
                } else if (block instanceof Document.Table table) {
                    writer.table(table);
                }
            }
            writer.content.close();
            writer.pageNumbers(document.titlePage().ownPage() ? 1 : 0);
            pdf.save(out);
        }
    }

    private void titlePage(Document.TitlePage title) throws IOException {
        newPage();
        y = PDRectangle.A4.getHeight() * 0.66f;
        for (String line : wrap(title.title(), 24, width)) {
            centered(line, 24);
            y -= 24 * 1.5f;
        }
        if (title.subtitle() != null) {
            y -= 12;
            for (String line : wrap(title.subtitle(), 15, width)) {
                centered(line, 15);
                y -= 15 * 1.5f;
            }
        }
        y = MARGIN + 120;
        for (String line : title.lines()) {
            centered(line, 14);
            y -= 14 * 1.8f;
        }
        content.close();
    }

    /** The title at the top of the first page (a letter): smaller than a title page's, the body right under it. */
    private void heading(Document.TitlePage title) throws IOException {
        newPage();
        for (String line : wrap(title.title(), 20, width)) {
            y -= 20 * LEADING;
            centered(line, 20);
        }
        if (title.subtitle() != null) {
            for (String line : wrap(title.subtitle(), 14, width)) {
                y -= 14 * LEADING;
                centered(line, 14);
            }
        }
        for (String line : title.lines()) {
            y -= 12 * LEADING;
            centered(line, 12);
        }
        y -= BODY;
    }

    private void heading(Document.Heading heading) throws IOException {
        float size = heading.level() == 1 ? 16 : heading.level() == 2 ? 13 : 12;
        List<String> lines = wrap(heading.text(), size, width);
        // a heading never stands alone at the foot of a page: keep room for two lines of what follows
        room(size * 1.2f + lines.size() * size * LEADING + 2 * BODY * LEADING);
        y -= size * 0.8f;
        for (String line : lines) {
            y -= size * LEADING;
            text(line, MARGIN, y, size);
        }
        y -= size * 0.3f;
    }

    private void paragraph(String text) throws IOException {
        for (String part : text.split("\\R")) {
            String indented = part.isBlank() ? part : "\u3000\u3000" + part.strip();
            for (String line : wrap(indented, BODY, width)) {
                room(BODY * LEADING);
                y -= BODY * LEADING;
                text(line, MARGIN, y, BODY);
            }
            y -= BODY * 0.5f;
        }
    }

    private void table(Document.Table table) throws IOException {
        int columns = table.header().size();
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = columns == 1 ? width : c == 0 ? width * 0.4f : width * 0.6f / (columns - 1);
        }
        y -= BODY * 0.5f;
        boolean headerDrawn = false; // once drawn, a page break repeats it
        for (int r = -1; r < table.rows().size(); r++) {
            List<String> cells = r < 0 ? table.header() : table.rows().get(r);
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < columns; c++) {
                List<String> cell = wrap(cells.get(c), CELL, widths[c] - 2 * PADDING);
                wrapped.add(cell);
                lines = Math.max(lines, cell.size());
            }
            float height = lines * CELL * LEADING + 2 * PADDING;
            if (r < 0 && !table.rows().isEmpty()) {
                height *= 2.5f; // the header never stands alone at the foot of a page: room for a row or two below it
            }
            if (y - height < MARGIN) {
                newPage();
                if (headerDrawn) {
                    row(table.header(), widths, true); // the header row again on the new page
                }
            }
            row(cells, widths, r < 0);
            headerDrawn = true;
        }
        y -= BODY;
    }

    private void row(List<String> cells, float[] widths, boolean header) throws IOException {
        int columns = cells.size();
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < columns; c++) {
            List<String> cell = wrap(cells.get(c), CELL, widths[c] - 2 * PADDING);
            wrapped.add(cell);
            lines = Math.max(lines, cell.size());
        }
        float height = lines * CELL * LEADING + 2 * PADDING;
        float x = MARGIN;
        if (header) {
            content.setNonStrokingColor(0.92f, 0.92f, 0.92f);
            content.addRect(MARGIN, y - height, width, height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        content.setLineWidth(0.5f);
        for (int c = 0; c < columns; c++) {
            content.addRect(x, y - height, widths[c], height);
            content.stroke();
            float lineY = y - PADDING;
            for (String line : wrapped.get(c)) {
                lineY -= CELL * LEADING;
                // figures stand on the right of their cells, labels on the left
                float textX = c == 0 || header ? x + PADDING : x + widths[c] - PADDING - measure(line, CELL);
                text(line, textX, lineY + CELL * 0.35f, CELL);
            }
            x += widths[c];
        }
        y -= height;
    }

    private void newPage() throws IOException {
        if (content != null && page != null) {
            content.close();
        }
        page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        content = new PDPageContentStream(pdf, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void centered(String line, float size) throws IOException {
        text(line, (PDRectangle.A4.getWidth() - measure(line, size)) / 2, y, size);
    }

    private void text(String line, float x, float baseline, float size) throws IOException {
        if (line.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(line);
        content.endText();
    }

    /** Numbers the pages from {@code first} on (a title page of its own carries no number). */
    private void pageNumbers(int first) throws IOException {
        int count = pdf.getNumberOfPages();
        for (int i = first; i < count; i++) {
            PDPage numbered = pdf.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(pdf, numbered, PDPageContentStream.AppendMode.APPEND, true)) {
                String number = "— " + (i - first + 1) + " —";
                foot.beginText();
                foot.setFont(font, 9);
                foot.newLineAtOffset((PDRectangle.A4.getWidth() - measure(number, 9)) / 2, MARGIN / 2);
                foot.showText(number);
                foot.endText();
            }
        }
    }

    /**
     * {@code text} in lines no wider than {@code max}. A line breaks before or after any Chinese character and at
     * spaces; a run of Latin letters and digits (a word, 12.5%) is kept whole unless it alone is wider than a line.
     * Characters the font lacks print as a full-width question mark.
     */
    List<String> wrap(String text, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        int lastBreak = -1; // where the line may end: after a space or a Chinese character, or before a Chinese one
        int previous = ' ';
        for (int cp : printableText(text).codePoints().toArray()) {
            String ch = new String(Character.toChars(cp));
            float w = measure(ch, size);
            if (cjk(cp) || cjk(previous)) {
                lastBreak = line.length();
            }
            if (lineWidth + w > max && line.length() > 0) {
                if (cp == ' ') {
                    lines.add(line.toString());
                    line = new StringBuilder();
                    lineWidth = 0;
                    lastBreak = -1;
                    previous = ' ';
                    continue;
                }
                int at = lastBreak > 0 ? lastBreak : line.length();
                String rest = line.substring(at).stripLeading();
                lines.add(line.substring(0, at).stripTrailing());
                line = new StringBuilder(rest);
                lineWidth = measure(rest, size);
                lastBreak = -1;
            }
            if (cp == ' ') {
                lastBreak = line.length() + 1;
            }
            line.append(ch);
            lineWidth += w;
            previous = cp;
        }
        lines.add(line.toString());
        return lines;
    }

    private static boolean cjk(int cp) {
        return cp >= 0x2E80;
    }

    private float measure(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private String printableText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append("  ");
            } else if (!Character.isISOControl(cp)) {
                out.appendCodePoint(printable.computeIfAbsent(cp, this::hasGlyph) ? cp : '？');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
