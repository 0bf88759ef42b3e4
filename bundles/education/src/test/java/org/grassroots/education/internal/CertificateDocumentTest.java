package org.grassroots.education.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.grassroots.core.api.document.Document;
import org.junit.jupiter.api.Test;

/** The certificate certifies approved hours only, names the standing against the requirement, in either language. */
class CertificateDocumentTest {
    private static final LocalDate ISSUED = LocalDate.of(2024, 12, 20);

    @Test
    void certifiesApprovedHoursOnlyInChinese() {
        Document d = CertificateDocument.of(hours(false), Locale.SIMPLIFIED_CHINESE, ISSUED);
        assertEquals("学习培训证明", d.titlePage().title());
        assertEquals("张三 · 2024年度", d.titlePage().subtitle());
        assertEquals(List.of("间家坊村党支部", "2024年12月20日"), d.titlePage().lines());
        String body = ((Document.Paragraph) d.blocks().get(0)).text();
        assertTrue(body.contains("经认定学时共 5.5 学时，其中集中培训 4 学时、自学 1.5 学时、网络课程 0 学时"), body);
        assertTrue(body.contains("年度学时要求为 32 学时，尚差 26.5 学时。"), body);
        Document.Table table = (Document.Table) d.blocks().get(2);
        assertEquals(List.of(List.of("2024-03-05", "“新+”党课", "集中培训", "4"), List.of("2024-04-01", "读书", "自学", "1.5")),
                table.rows());
    }

    @Test
    void readsInEnglishWhenMet() {
        MemberHours met = hours(true);
        Document d = CertificateDocument.of(met, Locale.ENGLISH, ISSUED);
        assertEquals("Certificate of study", d.titlePage().title());
        String body = ((Document.Paragraph) d.blocks().get(0)).text();
        assertTrue(body.contains("with 5.5 approved study hours") && body.endsWith("the requirement is met."), body);
        assertEquals(List.of("Date", "Studied", "Source", "Hours"), ((Document.Table) d.blocks().get(2)).header());
        assertEquals("Training session", ((Document.Table) d.blocks().get(2)).rows().get(0).get(2));
    }

    private static MemberHours hours(boolean met) {
        List<Credit> credits = List.of(
                credit(1, CreditSource.SESSION, "“新+”党课", LocalDate.of(2024, 3, 5), "4", CreditStatus.APPROVED),
                credit(2, CreditSource.SELF_STUDY, "读书", LocalDate.of(2024, 4, 1), "1.5", CreditStatus.APPROVED),
                credit(3, CreditSource.SELF_STUDY, "待认定", LocalDate.of(2024, 5, 1), "2", CreditStatus.PENDING),
                credit(4, CreditSource.SELF_STUDY, "未通过", LocalDate.of(2024, 6, 1), "2", CreditStatus.REJECTED));
        BigDecimal requirement = met ? new BigDecimal("5") : new BigDecimal("32");
        BigDecimal total = new BigDecimal("5.5");
        return new MemberHours(7, "张三", 3, "间家坊村党支部", 2024, total, new BigDecimal("4.0"), new BigDecimal("1.5"), new BigDecimal("0.0"),
                new BigDecimal("2.0"), requirement, RequirementRules.shortfall(total, requirement), met, credits);
    }

    private static Credit credit(long id, CreditSource source, String title, LocalDate on, String hours, CreditStatus status) {
        return new Credit(id, 7, "张三", 3, "间家坊村党支部", source, null, title, on, new BigDecimal(hours), status, null,
                Instant.EPOCH, "sec", null, null, 0);
    }
}
