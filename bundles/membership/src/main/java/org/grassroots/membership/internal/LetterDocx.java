package org.grassroots.membership.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The introduction letter as a Word document (DOCX: the three parts Word needs, written by hand, so the module brings
 * no library): title, number, addressee, the text with the dues paid up to and the validity, the sender and date,
 * and the receipt slip to cut off.
 */
public final class LetterDocx {
    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
            + "Target=\"word/document.xml\"/></Relationships>";

    private LetterDocx() {
    }

    public static byte[] of(TransferLetter t) {
        String to = t.kind() == TransferKind.WITHIN ? t.targetName() : t.externalOrg();
        String from = t.kind() == TransferKind.IN ? t.externalOrg() : t.organizationName();
        String number = t.letterNo() == null ? "（未开具）" : t.letterNo();
        List<String[]> paragraphs = List.of(
                new String[] {"center", "中国共产党党员组织关系介绍信"},
                new String[] {"right", "第 " + number + " 号"},
                new String[] {"left", t.addressee() + "："},
                new String[] {"left", "　　兹介绍 " + t.memberName() + " 同志的党员组织关系由 " + nz(from) + " 转至 " + nz(to) + "，请接洽。"},
                new String[] {"left", "　　该同志党费已交到 " + t.duesPaidTo().replace("-", " 年 ") + " 月。"},
                new String[] {"left", t.reason() == null ? "" : "　　转接原因：" + t.reason()},
                new String[] {"left", "　　（有效期至 " + date(t.validUntil()) + "）"},
                new String[] {"right", nz(from) + "（盖章）"},
                new String[] {"right", date(t.issuedOn())},
                new String[] {"center", "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - -"},
                new String[] {"center", "回　执"},
                new String[] {"left", nz(from) + "："},
                new String[] {"left", "　　" + t.memberName() + " 同志的党员组织关系已于　　年　　月　　日转达我处。"},
                new String[] {"right", "（盖章）　　年　　月　　日"},
                new String[] {"left", "介绍信编号：" + number});
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
        for (String[] p : paragraphs) {
            boolean title = p[1].startsWith("中国共产党") || p[1].equals("回　执");
            body.append("<w:p><w:pPr><w:jc w:val=\"").append(p[0]).append("\"/></w:pPr><w:r><w:rPr>")
                    .append("<w:rFonts w:ascii=\"SimSun\" w:eastAsia=\"SimSun\" w:hAnsi=\"SimSun\"/>")
                    .append(title ? "<w:b/><w:sz w:val=\"36\"/>" : "<w:sz w:val=\"28\"/>")
                    .append("</w:rPr><w:t xml:space=\"preserve\">").append(Letters.esc(p[1])).append("</w:t></w:r></w:p>");
        }
        body.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1800\" w:bottom=\"1440\" "
                + "w:left=\"1800\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", CONTENT_TYPES);
            put(zip, "_rels/.rels", RELS);
            put(zip, "word/document.xml", body.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "　　年　　月　　日" : d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日";
    }
}
