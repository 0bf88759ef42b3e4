package org.grassroots.core.internal.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.grassroots.core.api.document.Document;

/**
 * Writes a {@link Document} as a Word file (WordprocessingML). The package is the smallest Word, WPS and
 * LibreOffice open and edit: content types, relationships, styles and the document body. Written directly rather
 * than through Apache POI, which the platform does not carry (docs/decisions.md, "Documents"); the tests read the
 * files back with POI. Chinese text is set in 宋体/黑体 as the district's reports are, falling back to what the
 * reader's machine has.
 */
final class DocxWriter {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxWriter() {
    }

    static void write(Document document, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
                </Types>""");
        entry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                </Relationships>""");
        entry(zip, "word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                </Relationships>""");
        entry(zip, "word/styles.xml", styles());
        entry(zip, "word/document.xml", body(document));
        zip.finish();
    }

    static String body(Document document) {
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<w:document xmlns:w=\"").append(W).append("\"><w:body>");
        Document.TitlePage title = document.titlePage();
        if (title.ownPage()) {
            for (int i = 0; i < 6; i++) {
                xml.append("<w:p/>"); // the title stands a third of the way down the page
            }
        }
        paragraph(xml, "Title", "center", title.title());
        if (title.subtitle() != null) {
            paragraph(xml, "Subtitle", "center", title.subtitle());
        }
        if (title.ownPage()) {
            for (int i = 0; i < 8; i++) {
                xml.append("<w:p/>");
            }
        }
        title.lines().forEach(line -> paragraph(xml, "TitleLine", "center", line));
        if (title.ownPage()) {
            xml.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        }
        for (Document.Block block : document.blocks()) {
            if (block instanceof Document.Heading heading) {
                paragraph(xml, "Heading" + heading.level(), null, heading.text());
            } else if (block instanceof Document.Paragraph paragraph) {
                for (String line : paragraph.text().split("\\R", -1)) {
                    paragraph(xml, "BodyText", null, line);
                }
            } else if (block instanceof Document.Table table) {
                table(xml, table);
            }
        }
        // A4, 2.54 cm margins (twentieths of a point)
        xml.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
                .append("<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>")
                .append("</w:sectPr></w:body></w:document>");
        return xml.toString();
    }

    private static void paragraph(StringBuilder xml, String style, String alignment, String text) {
        xml.append("<w:p><w:pPr><w:pStyle w:val=\"").append(style).append("\"/>");
        if (alignment != null) {
            xml.append("<w:jc w:val=\"").append(alignment).append("\"/>");
        }
        xml.append("</w:pPr>");
        run(xml, text, false);
        xml.append("</w:p>");
    }

    private static void run(StringBuilder xml, String text, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        xml.append("<w:r>");
        if (bold) {
            xml.append("<w:rPr><w:b/></w:rPr>");
        }
        xml.append("<w:t xml:space=\"preserve\">").append(escape(text)).append("</w:t></w:r>");
    }

    private static void table(StringBuilder xml, Document.Table table) {
        int columns = table.header().size();
        int width = 9026; // the text width of A4 with these margins, in twentieths of a point
        int first = columns == 1 ? width : width * 2 / 5;
        int other = columns == 1 ? 0 : (width - first) / (columns - 1);
        xml.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"").append(width)
                .append("\" w:type=\"dxa\"/><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            xml.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        xml.append("</w:tblBorders></w:tblPr><w:tblGrid>");
        for (int c = 0; c < columns; c++) {
            xml.append("<w:gridCol w:w=\"").append(c == 0 ? first : other).append("\"/>");
        }
        xml.append("</w:tblGrid>");
        row(xml, table.header(), first, other, true);
        table.rows().forEach(r -> row(xml, r, first, other, false));
        xml.append("</w:tbl><w:p/>");
    }

    private static void row(StringBuilder xml, java.util.List<String> cells, int first, int other, boolean header) {
        xml.append("<w:tr>");
        if (header) {
            xml.append("<w:trPr><w:tblHeader/></w:trPr>");
        }
        for (int c = 0; c < cells.size(); c++) {
            xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(c == 0 ? first : other).append("\" w:type=\"dxa\"/></w:tcPr>")
                    .append("<w:p><w:pPr><w:pStyle w:val=\"TableText\"/>");
            if (c > 0) {
                xml.append("<w:jc w:val=\"right\"/>"); // figures line up on the right, as in printed tables
            }
            xml.append("</w:pPr>");
            run(xml, cells.get(c), header);
            xml.append("</w:p></w:tc>");
        }
        xml.append("</w:tr>");
    }

    private static String styles() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"" + W + "\">"
                + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
                + " w:eastAsia=\"宋体\" w:cs=\"Times New Roman\"/><w:sz w:val=\"24\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
                + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"360\" w:lineRule=\"auto\"/>"
                + "</w:pPr></w:pPrDefault></w:docDefaults>"
                + style("Normal", "Normal", null, 0, false, null)
                + style("Title", "Title", "黑体", 44, true, null)
                + style("Subtitle", "Subtitle", "楷体", 32, false, null)
                + style("TitleLine", "Title line", "仿宋", 30, false, null)
                + style("Heading1", "heading 1", "黑体", 32, true, "0")
                + style("Heading2", "heading 2", "楷体", 28, true, "1")
                + style("Heading3", "heading 3", "宋体", 24, true, "2")
                + style("BodyText", "Body Text", "仿宋", 28, false, null).replace("<w:pPr>",
                        "<w:pPr><w:ind w:firstLineChars=\"200\" w:firstLine=\"560\"/>")
                + style("TableText", "Table Text", "宋体", 21, false, null).replace("<w:pPr>",
                        "<w:pPr><w:spacing w:before=\"40\" w:after=\"40\" w:line=\"240\" w:lineRule=\"auto\"/>")
                + "</w:styles>";
    }

    private static String style(String id, String name, String eastAsia, int halfPoints, boolean bold, String outline) {
        StringBuilder s = new StringBuilder("<w:style w:type=\"paragraph\"");
        if ("Normal".equals(id)) {
            s.append(" w:default=\"1\"");
        }
        s.append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
        if (!"Normal".equals(id)) {
            s.append("<w:basedOn w:val=\"Normal\"/><w:qFormat/>");
        }
        s.append("<w:pPr>");
        if (outline != null) {
            s.append("<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"").append(outline).append("\"/>");
        }
        s.append("</w:pPr><w:rPr>");
        if (eastAsia != null) {
            s.append("<w:rFonts w:eastAsia=\"").append(eastAsia).append("\"/>");
        }
        if (bold) {
            s.append("<w:b/>");
        }
        if (halfPoints > 0) {
            s.append("<w:sz w:val=\"").append(halfPoints).append("\"/><w:szCs w:val=\"").append(halfPoints).append("\"/>");
        }
        return s.append("</w:rPr></w:style>").toString();
    }

    /** XML text: the five entities, and no characters XML 1.0 forbids (a pasted control character would break Word). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
