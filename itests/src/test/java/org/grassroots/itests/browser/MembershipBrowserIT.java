package org.grassroots.itests.browser;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.grassroots.itests.support.Api;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 党员发展与组织关系's pages in headless Chromium against the district with the demo data: the development files in
 * Chinese (no raw stage codes), the 入党志愿书 number ranges the district issued to the demo street and park with a
 * number voided through the dialog (the void count goes up), and the six-month rule page with what it checked. The
 * browser console must stay free of errors. Drives the browser tests' shared district ({@link ConsoleDistrict}).
 */
public class MembershipBrowserIT extends SharedDistrictBrowserTest {

    @Test
    public void theDistrictSeesFilesFormNumbersAndTheSixMonthRule() {
        district();
        signInAsAdministrator();

        browser.open("/#/m/membership/files");
        browser.awaitTrue("development files listed", d -> browser.all("#membership-file-table tbody tr").size() >= 5);
        String files = browser.find("#membership-file-table").getText();
        for (String code : List.of("APPLICANT", "ACTIVIST", "CANDIDATE", "PROBATIONARY")) {
            assertFalse(code + " shown raw", files.contains(code));
        }
        browser.screenshot(screenshots, "26-membership-files");

        browser.open("/#/m/membership/forms");
        browser.awaitTrue("the demo's ranges", d -> browser.all("#membership-forms-table tbody tr").size() >= 2);
        WebElement row = browser.all("#membership-forms-table tbody tr").get(0);
        String text = browser.find("#membership-forms-table").getText();
        assertTrue(text, text.contains("孙村街道") || text.contains("智造谷产业园"));
        List<WebElement> cells = row.findElements(By.cssSelector("td, th"));
        String numbers = cells.get(2).getText();
        String last = numbers.substring(numbers.indexOf('–') + 1).trim();
        String voidedBefore = cells.get(6).getText();
        row.findElement(By.cssSelector("button.membership-form-void")).click();
        browser.find("dialog#membership-form-void-dialog[open] input[name=number]").sendKeys(last);
        browser.find("dialog#membership-form-void-dialog textarea[name=reason]").sendKeys("印制错误，作废");
        browser.screenshot(screenshots, "27-membership-form-void");
        browser.find("dialog#membership-form-void-dialog button[type=submit]").click();
        browser.awaitGone("dialog#membership-form-void-dialog");
        browser.awaitTrue("one more number void", d -> !browser.all("#membership-forms-table tbody tr").get(0)
                .findElements(By.cssSelector("td, th")).get(6).getText().equals(voidedBefore));
        browser.screenshot(screenshots, "28-membership-forms");

        browser.open("/#/m/membership/six-months");
        browser.awaitTrue("the rule checked", d -> browser.present("#membership-six-months-summary")
                && browser.find("#membership-six-months-summary").getText().contains("检查"));
        String summary = browser.find("#membership-six-months-summary").getText();
        assertTrue(summary, summary.contains("参加组织生活") && summary.contains("交纳党费"));
        assertFalse(summary, summary.contains("ORGANIZATIONAL_LIFE"));
        browser.screenshot(screenshots, "29-membership-six-months");
        assertFalse(browser.present(".notice-error"));

        // the demo's letters out, each printable as the page, Word and PDF; the PDF reads back with its Chinese text
        browser.open("/#/m/membership/transfers");
        browser.awaitTrue("the demo's letters", d -> !browser.all("#membership-transfer-table button.membership-letter-pdf").isEmpty());
        String transfers = browser.find("#membership-transfer-table").getText();
        for (String code : List.of("ISSUED", "COMPLETED", "WITHIN", "OUT")) {
            assertFalse(code + " shown raw", transfers.contains(code));
        }
        browser.screenshot(screenshots, "48-membership-transfers");
        letterPrintsAsPdfWithTheChineseFont();

        List<String> problems = browser.consoleProblems(message -> false);
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
    }

    /** An issued letter of the demo through the API: Word and PDF carry its number and the receipt, the PDF embeds a CJK font. */
    private static void letterPrintsAsPdfWithTheChineseFont() {
        Api admin = api.basic(Credentials.USERNAME, Credentials.password(api));
        long district = admin.get("/organizations/roots").expect(200).json().get(0).get("id").asLong();
        JsonNode letter = admin.get("/api/membership/transfers?unit=" + district + "&kind=OUT").expect(200)
                .json().path("items").get(0);
        assertTrue("an issued letter out in the demo", letter != null && !letter.path("letterNo").asText().isEmpty());
        String number = letter.path("letterNo").asText();
        try {
            byte[] pdf = admin.get("/api/membership/transfers/" + letter.path("id").asLong() + "/letter.pdf").expect(200).bytes();
            String pdfText = WorkRecordFiles.pdfText(pdf).replaceAll("[\\s\u3000]", "");
            assertTrue(pdfText, pdfText.contains("中国共产党党员组织关系介绍信") && pdfText.contains(number)
                    && pdfText.contains(letter.path("memberName").asText()) && pdfText.contains("回执"));
            assertTrue("the PDF embeds a Chinese font", WorkRecordFiles.embedsCjkFont(pdf));
            byte[] docx = admin.get("/api/membership/transfers/" + letter.path("id").asLong() + "/letter.docx").expect(200).bytes();
            String wordText = WorkRecordFiles.wordText(docx);
            assertTrue(wordText, wordText.contains(number) && wordText.contains("回　执"));
        } catch (java.io.IOException e) {
            throw new AssertionError("the letter does not read back", e);
        }
    }
}
