package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.document.Document;
import org.grassroots.core.api.text.Languages;

/**
 * A member's training certificate (学习培训证明) of one year as a platform {@link Document}: who, which unit, the
 * approved hours by source against the unit's requirement, and every approved credit (date, what, source, hours).
 * Pending and rejected self-study are not certified. Written in the reader's language.
 */
final class CertificateDocument {
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private CertificateDocument() {
    }

    static Document of(MemberHours h, Locale locale, LocalDate issuedOn) {
        boolean en = Languages.isEnglish(locale);
        String standing = h.met() ? text(locale, "certificate.met")
                : text(locale, "certificate.short", plain(h.shortfall()));
        String body = text(locale, "certificate.body", h.memberName(), h.unitName(), h.year(), plain(h.hours()),
                plain(h.sessionHours()), plain(h.selfStudyHours()), plain(h.courseHours()), plain(h.requirement()), standing);
        List<List<String>> rows = new ArrayList<>();
        for (Credit c : h.credits()) {
            if (c.status() == CreditStatus.APPROVED) {
                rows.add(List.of(c.studiedOn().toString(), c.title() == null ? "" : c.title(),
                        en ? c.source().labels().en() : c.source().labels().zhCN(), plain(c.hours())));
            }
        }
        Document.TitlePage title = Document.TitlePage.heading(text(locale, "certificate.title"),
                text(locale, "certificate.subtitle", h.memberName(), h.year()),
                List.of(h.unitName(), en ? issuedOn.toString() : ZH_DATE.format(issuedOn)));
        return new Document(title, List.of(new Document.Paragraph(body),
                new Document.Heading(2, text(locale, "certificate.details")),
                new Document.Table(List.of(text(locale, "certificate.date"), text(locale, "certificate.what"),
                        text(locale, "certificate.source"), text(locale, "certificate.hours")), rows),
                new Document.Paragraph(text(locale, "certificate.note"))));
    }

    /** Hours as people write them: 32, 1.5 (never 32.0). */
    static String plain(BigDecimal hours) {
        return StudyHours.of(hours).stripTrailingZeros().toPlainString();
    }

    private static String text(Locale locale, String key, Object... args) {
        return EducationMessages.TEXT.in(locale, key, args);
    }
}
