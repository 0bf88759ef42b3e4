package org.grassroots.itests.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.grassroots.itests.support.Api;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * 年度工作纪实 in headless Chromium, as the district administrator: the demo district's record of 2024 with the
 * sections of the modules enabled there, rural's figures as the report has them (示范村 53), each section's draft
 * text editable, and nothing shown in English or as a raw code on the Chinese page. Drives the browser tests'
 * shared district ({@link ConsoleDistrict}).
 */
public class WorkRecordBrowserIT extends SharedDistrictBrowserTest {

    /** The bytes of the page's {@code index}th download, read from the blob the page made its link of. */
    private static byte[] download(int index) {
        Object base64 = ((JavascriptExecutor) browser.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var reader = new FileReader(); reader.onload = function () { done(reader.result.split(',')[1]); };"
                + "reader.readAsDataURL(window.__blobs[arguments[0]]);", index);
        return Base64.getDecoder().decode(String.valueOf(base64));
    }

    /** Export through the API: the figures of the record are in the Word and the PDF file, the PDF embeds a CJK font. */
    @Test
    public void theRecordExportsAsWordAndPdfWithItsFigures() throws Exception {
        Api admin = api.basic(Credentials.USERNAME, Credentials.password(api)).inLanguage("zh-CN");
        admin.awaitSettled(Duration.ofMinutes(8));
        long district = admin.get("/organizations/roots").expect(200).json().get(0).get("id").asLong();
        JsonNode record = admin.get("/work-record?subtreeOf=" + district + "&year=2024").expect(200).json();
        Api.Response word = admin.get("/work-record/export?subtreeOf=" + district + "&year=2024&format=docx").expect(200);
        assertTrue(word.contentType(), word.contentType().startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        Api.Response pdf = admin.get("/work-record/export?subtreeOf=" + district + "&year=2024&format=pdf").expect(200);
        assertEquals("application/pdf", pdf.contentType());
        String wordText = WorkRecordFiles.wordText(word.bytes());
        String pdfText = WorkRecordFiles.pdfText(pdf.bytes());
        int figures = 0;
        for (JsonNode section : record.get("sections")) {
            String title = section.get("title").get("zhCN").asText();
            assertTrue(title, wordText.contains(title) && pdfText.contains(title));
            for (JsonNode figure : section.get("figures")) {
                String label = figure.get("label").get("zhCN").asText();
                assertTrue(label + " in the Word file", wordText.contains(label));
                assertTrue(label + " in the PDF", pdfText.replace("\n", "").contains(label.replace(" ", "")));
                figures++;
            }
        }
        assertTrue("figures: " + figures, figures >= 5);
        assertTrue(wordText, wordText.contains("示范村") && wordText.contains("53个村"));
        assertTrue(pdfText, pdfText.contains("53个村"));
        assertTrue("the PDF embeds a CJK font", WorkRecordFiles.embedsCjkFont(pdf.bytes()));
        WorkRecordFiles.renderPage(pdf.bytes(), 0, screenshots.resolve("31-work-record-pdf.png"));
        WorkRecordFiles.renderPage(pdf.bytes(), 1, screenshots.resolve("32-work-record-pdf-body.png"));
        admin.get("/work-record/export?subtreeOf=" + district + "&year=2024&format=odt").expectInvalid("format");
    }

    /**
     * A street's texts and snapshot through the API (a street, so the district's page the browser test reads stays
     * unfrozen): a text needs If-Match, a stale one stores nothing, the history keeps every version; freezing stores
     * the figures once and compares them with the live ones.
     */
    @Test
    public void aStreetSavesItsTextsWithHistoryAndFreezesItsYear() throws Exception {
        Api admin = api.basic(Credentials.USERNAME, Credentials.password(api)).inLanguage("zh-CN");
        admin.awaitSettled(Duration.ofMinutes(8));
        long district = admin.get("/organizations/roots").expect(200).json().get(0).get("id").asLong();
        long street = -1;
        JsonNode record = null;
        for (JsonNode child : admin.get("/organizations/" + district + "/children").expect(200).json()) {
            JsonNode candidate = admin.get("/work-record?subtreeOf=" + child.get("id").asLong() + "&year=2024").expect(200).json();
            if (candidate.get("sections").size() > 0) {
                street = child.get("id").asLong();
                record = candidate;
                break;
            }
        }
        assertTrue("a street with a work record", street > 0);
        String query = "?subtreeOf=" + street + "&year=2024";
        String module = record.get("sections").get(0).get("module").asText();
        admin.putWithoutVersion("/work-record/texts/" + module + query, java.util.Map.of("text", "x")).expect(428);
        admin.put("/work-record/texts/" + module + query, java.util.Map.of("text", " "), 0).expectInvalid("text");
        Api.Response first = admin.put("/work-record/texts/" + module + query, java.util.Map.of("text", "第一稿"), 0).expect(200);
        assertEquals(1, first.etagVersion());
        admin.put("/work-record/texts/" + module + query, java.util.Map.of("text", "过时的稿"), 0).expect(409);
        admin.put("/work-record/texts/" + module + query, java.util.Map.of("text", "第二稿"), 1).expect(200);
        admin.put("/work-record/texts/no-such-module" + query, java.util.Map.of("text", "x"), 0).expect(404);
        JsonNode history = admin.get("/work-record/texts/" + module + query).expect(200).json();
        assertEquals(2, history.size());
        assertEquals("第二稿", history.get(0).get("text").asText());
        assertEquals(Credentials.USERNAME, history.get(1).get("writtenBy").asText());
        JsonNode edition = admin.get("/work-record/edition" + query).expect(200).json();
        assertEquals("第二稿", edition.get("drafts").get(0).get("text").asText());
        assertEquals(0, edition.get("drafts").get(0).get("changed").size());
        assertTrue(edition.get("snapshot").isNull());

        JsonNode snapshot = admin.post("/work-record/snapshot" + query, null).expect(200).json();
        int figures = 0;
        for (JsonNode section : record.get("sections")) {
            figures += section.get("figures").size();
        }
        assertEquals(figures, snapshot.get("figures").size());
        assertEquals(0, snapshot.get("differing").asInt());
        admin.post("/work-record/snapshot" + query, null).expect(409);
        assertEquals(figures, admin.get("/work-record/edition" + query).expect(200).json().get("snapshot").get("figures").size());
        String word = WorkRecordFiles.wordText(admin.get("/work-record/export" + query + "&format=docx").expect(200).bytes());
        assertTrue(word, word.contains("第二稿") && word.contains("定稿"));
    }

    @Test
    public void theDistrictReadsEditsAndPrintsItsWorkRecordInChinese() throws Exception {
        Api admin = api.basic(Credentials.USERNAME, Credentials.password(api));
        admin.awaitSettled(Duration.ofMinutes(8)); // every module's demo part is written: the record counts all of it
        browser.open("/#/dashboard");
        if (browser.await("the sign-in form or the console", d -> browser.present("form.login-form") ? "login"
                : browser.present("nav#nav .nav-link") ? "console" : null).equals("login")) {
            WebElement form = browser.find("form.login-form");
            form.findElement(By.name("username")).sendKeys(Credentials.USERNAME);
            form.findElement(By.name("password")).sendKeys(Credentials.password(api));
            form.findElement(By.cssSelector("button[type=submit]")).click();
        }
        browser.find("nav#nav .nav-link[data-nav=work-record]").click();
        // the year starts at the newest year with figures (states such as the contact points count in the present
        // year too); the demo's record is that of 2024, the year of the original report
        browser.find("#wr-title");
        browser.script("var s = document.getElementById('wr-year'); s.value = '2024'; s.dispatchEvent(new Event('change'))");
        try {
            browser.findWithText("#wr-title", "济南高新区2024年度基层党建工作纪实");
        } catch (AssertionError e) {
            browser.screenshot(screenshots, "30-work-record-failed");
            throw new AssertionError(e.getMessage() + "\nbrowser console: " + browser.consoleProblems(m -> false), e);
        }
        browser.awaitTrue("the sections", d -> browser.present("section.wr-section[data-module=rural]"));

        WebElement rural = browser.find("section.wr-section[data-module=rural]");
        String ruralText = rural.getText();
        assertTrue(ruralText, ruralText.contains("示范村") && ruralText.contains("53"));
        // the sections follow the order of the seven actions: the headings are numbered 一、二、…
        List<WebElement> headings = browser.all("section.wr-section h2");
        assertTrue(headings.size() >= 2);
        assertTrue(headings.get(0).getText(), headings.get(0).getText().startsWith("一、"));
        assertTrue(headings.get(1).getText(), headings.get(1).getText().startsWith("二、"));
        assertFalse("no module's section is missing", browser.present("#work-record .field-error"));
        String page = browser.find("#work-record").getText();
        assertTrue("English on the Chinese page: " + page, ConsoleLanguageBrowserIT.englishWords(page).isEmpty());

        // drill-down: 示范村 opens rural's classification on the report's year
        WebElement drill = rural.findElement(By.xpath(".//tr[th[contains(., '示范村')]]//a[contains(@class, 'wr-drill')]"));
        assertTrue(drill.getAttribute("href"), drill.getAttribute("href").endsWith("#/m/rural/classification?year=2024"));
        drill.click();
        browser.awaitTrue("rural's classification on 2024", d -> browser.present("#rural-class-year")
                && "2024".equals(browser.find("#rural-class-year").getAttribute("value")));
        browser.open("/#/work-record");
        browser.find("#wr-title");
        browser.script("var s = document.getElementById('wr-year'); s.value = '2024'; s.dispatchEvent(new Event('change'))");
        browser.findWithText("#wr-title", "济南高新区2024年度基层党建工作纪实");
        browser.awaitTrue("the rural section", d -> browser.present("section.wr-section[data-module=rural] .wr-save"));

        // the text is edited and saved on the server as a new version
        rural = browser.find("section.wr-section[data-module=rural]");
        WebElement draft = rural.findElement(By.cssSelector("textarea.wr-summary"));
        String written = "全区147个村完成分类评定，其中示范村53个。（" + System.currentTimeMillis() % 100000 + "）";
        draft.clear();
        draft.sendKeys(written);
        rural.findElement(By.cssSelector("button.wr-save")).click();
        browser.awaitTrue("the saved version", d -> browser.present("section.wr-section[data-module=rural] .wr-version")
                && browser.find("section.wr-section[data-module=rural] .wr-version").getText().matches("第\\d+版，.*保存。"));
        assertEquals(written, browser.find("section.wr-section[data-module=rural] textarea.wr-summary").getAttribute("value"));
        browser.find("section.wr-section[data-module=rural] details.wr-history summary").click();
        browser.awaitTrue("the history", d -> browser.present("section.wr-section[data-module=rural] .wr-history-list li[data-version]"));
        browser.script("document.querySelector('section.wr-section[data-module=rural]').scrollIntoView({ block: 'start' });"
                + "window.scrollBy(0, -60)");
        browser.screenshot(screenshots, "30-work-record");
        assertTrue(browser.present("#wr-print"));

        // export: the page hands over Word and PDF files holding the figures and the saved text
        // the files are kept as the page hands them over (the blob, then the link it clicks), not saved to disk
        browser.script("window.__downloads = []; window.__blobs = []; var make = URL.createObjectURL;"
                + "URL.createObjectURL = function (blob) { window.__blobs.push(blob); return make.call(URL, blob); };"
                + "var click = HTMLAnchorElement.prototype.click;"
                + "HTMLAnchorElement.prototype.click = function () { if (this.download) { window.__downloads.push("
                + "{ name: this.download, href: this.href }); return; } return click.call(this); };");
        browser.find("#wr-docx").click();
        browser.awaitTrue("the Word file", d -> ((Number) browser.script("return window.__downloads.length")).intValue() == 1);
        browser.find("#wr-pdf").click();
        browser.awaitTrue("the PDF file", d -> ((Number) browser.script("return window.__downloads.length")).intValue() == 2);
        assertEquals("济南高新区2024年度工作纪实.docx", browser.script("return window.__downloads[0].name"));
        assertEquals("济南高新区2024年度工作纪实.pdf", browser.script("return window.__downloads[1].name"));
        String docx = WorkRecordFiles.wordText(download(0));
        assertTrue(docx, docx.contains(written) && docx.contains("示范村") && docx.contains("53个村"));
        String pdf = WorkRecordFiles.pdfText(download(1));
        assertTrue(pdf, pdf.contains("济南高新区2024年度基层党建工作纪实") && pdf.contains("53个村"));

        List<String> problems = browser.consoleProblems(message -> false);
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
    }
}
