package org.grassroots.membership.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.core.api.document.Document;

/**
 * The introduction letter (组织关系介绍信) of a transfer as one template, a platform {@link Document}: core's
 * {@code DocumentWriter} writes it as Word or PDF (with the Chinese font embedded) and {@link Letters} as the page to
 * print from the browser, so the three say the same. The title page carries the title, the letter's number, the
 * sending organization and the day of issue; then the addressee, the text with the dues paid up to and the validity,
 * and the receipt slip (回执) to cut off and send back. The wording is the national form's, so it is Chinese in every
 * language of the console.
 */
public final class LetterDocument {
    static final String TITLE = "中国共产党党员组织关系介绍信";
    static final String RECEIPT = "回　执";
    /** Where the receipt slip is cut off (the HTML page draws it as a dashed border instead). */
    static final String CUT_LINE = "- - - - - - - - - - - - - - - - - - -（沿此线剪下）- - - - - - - - - - - - - - - - - - -";
    private static final String BLANK_DATE = "　　年　　月　　日";

    private LetterDocument() {
    }

    public static Document of(TransferLetter t) {
        String from = nz(t.kind() == TransferKind.IN ? t.externalOrg() : t.organizationName());
        String to = nz(switch (t.kind()) {
            case WITHIN -> t.targetName();
            case OUT -> t.externalOrg();
            case IN -> t.organizationName(); // a letter from elsewhere, received here
        });
        String number = t.letterNo() == null ? "（未开具）" : t.letterNo();
        Document.TitlePage title = Document.TitlePage.heading(TITLE, "第 " + number + " 号",
                List.of(from + "（盖章）", date(t.issuedOn())));
        List<Document.Block> blocks = new ArrayList<>();
        blocks.add(new Document.Paragraph(nz(t.addressee()) + "："));
        blocks.add(new Document.Paragraph("兹介绍 " + t.memberName() + " 同志的党员组织关系由 " + from + " 转至 " + to + "，请接洽。"));
        blocks.add(new Document.Paragraph("该同志党费已交到 " + month(t.duesPaidTo()) + "。"));
        if (t.reason() != null && !t.reason().isBlank()) {
            blocks.add(new Document.Paragraph("转接原因：" + t.reason()));
        }
        blocks.add(new Document.Paragraph("（有效期 " + days(t.issuedOn(), t.validUntil()) + " 天，至 " + date(t.validUntil()) + "）"));
        blocks.add(new Document.Paragraph(from + "（盖章）\n" + date(t.issuedOn())));
        blocks.add(new Document.Paragraph(CUT_LINE));
        blocks.add(new Document.Heading(1, RECEIPT));
        blocks.add(new Document.Paragraph(from + "："));
        blocks.add(new Document.Paragraph(t.memberName() + " 同志的党员组织关系已于" + BLANK_DATE + "转达我处。"));
        blocks.add(new Document.Paragraph("（盖章）" + BLANK_DATE));
        blocks.add(new Document.Paragraph("介绍信编号：" + (t.letterNo() == null ? "" : t.letterNo())));
        return new Document(title, blocks);
    }

    /** {@code 2024-05} as {@code 2024 年 5 月}. */
    static String month(String yearMonth) {
        if (yearMonth == null || yearMonth.length() != 7) {
            return nz(yearMonth);
        }
        return yearMonth.substring(0, 4) + " 年 " + Integer.parseInt(yearMonth.substring(5)) + " 月";
    }

    static String date(LocalDate d) {
        return d == null ? BLANK_DATE : d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日";
    }

    private static String days(LocalDate from, LocalDate to) {
        return from == null || to == null ? "　" : String.valueOf(ChronoUnit.DAYS.between(from, to));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
