package org.grassroots.itests.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Browser;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 年度工作纪实 in headless Chromium, as the district administrator: the demo district's record of 2024 with the
 * sections of the modules enabled there, rural's figures as the report has them (示范村 53), each section's draft
 * text editable, and nothing shown in English or as a raw code on the Chinese page. Drives the browser tests'
 * shared district ({@link ConsoleDistrict}).
 */
public class WorkRecordBrowserIT {
    private static Api api;
    private static Browser browser;
    private static Path screenshots;

    @BeforeClass
    public static void start() throws Exception {
        assumeTrue("chromium and chromedriver are not installed", Browser.available());
        api = ConsoleDistrict.api();
        screenshots = ConsoleDistrict.screenshots();
        browser = new Browser(api.root(), ConsoleBrowserIT.WIDTH, ConsoleBrowserIT.HEIGHT);
    }

    @AfterClass
    public static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    public void theDistrictReadsEditsAndPrintsItsWorkRecordInChinese() {
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
        WebElement draft = rural.findElement(By.cssSelector("textarea.wr-summary"));
        assertTrue(draft.getAttribute("value"), draft.getAttribute("value").contains("示范村53个"));
        draft.clear();
        draft.sendKeys("全区147个村完成分类评定，其中示范村53个。");
        assertEquals("全区147个村完成分类评定，其中示范村53个。", draft.getAttribute("value"));
        // the sections follow the order of the seven actions: the headings are numbered 一、二、…
        List<WebElement> headings = browser.all("section.wr-section h2");
        assertTrue(headings.size() >= 2);
        assertTrue(headings.get(0).getText(), headings.get(0).getText().startsWith("一、"));
        assertTrue(headings.get(1).getText(), headings.get(1).getText().startsWith("二、"));
        assertFalse("no module's section is missing", browser.present("#work-record .field-error"));

        String page = browser.find("#work-record").getText();
        assertTrue("English on the Chinese page: " + page, ConsoleLanguageBrowserIT.englishWords(page).isEmpty());
        browser.screenshot(screenshots, "30-work-record");
        assertTrue(browser.present("#wr-print"));

        List<String> problems = browser.consoleProblems(message -> false);
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
    }
}
