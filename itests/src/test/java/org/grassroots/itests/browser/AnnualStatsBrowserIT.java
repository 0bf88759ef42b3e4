package org.grassroots.itests.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.itests.support.Api;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 党内统计年报 in headless Chromium, as the district administrator: the demo district's tables of 2024 in Chinese (no
 * raw codes, no English), the street and park reports listed below with the missing ones flagged, and the district
 * preparing its own report through the page's button; the Excel download opened with Apache POI, one sheet per
 * table, each sheet's total that of its table. Drives the browser tests' shared district
 * ({@link ConsoleDistrict}).
 */
public class AnnualStatsBrowserIT extends SharedDistrictBrowserTest {

    /** The workbook as people open it: POI reads one sheet per table, each ending in its total. */
    @Test
    public void theWorkbookOpensInExcelsReaderWithOneSheetPerTable() throws Exception {
        Api admin = api.basic(Credentials.USERNAME, Credentials.password(api));
        admin.awaitSettled(Duration.ofMinutes(8));
        long district = -1;
        for (var root : admin.get("/organizations/roots").expect(200).json()) {
            if ("JNGX".equals(root.path("code").asText())) {
                district = root.path("id").asLong();
            }
        }
        var tables = admin.get("/annual-stats/tables?unit=" + district + "&year=2024").expect(200).json();
        long members = admin.get("/members?subtreeOf=" + district + "&size=1").expect(200).json().path("total").asLong();
        assertEquals(members, tables.path("members").asLong());
        // the workbook is written in the reader's language: Chinese here, as the console asks
        byte[] file = admin.inLanguage("zh-CN").get("/annual-stats/tables/xlsx?unit=" + district + "&year=2024").expect(200)
                .bytes();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertEquals(tables.path("tables").size(), book.getNumberOfSheets());
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                var table = tables.path("tables").get(i);
                assertEquals(table.path("title").path("zhCN").asText(), book.getSheetName(i));
                Sheet sheet = book.getSheetAt(i);
                Row total = sheet.getRow(sheet.getLastRowNum());
                assertEquals("合计", total.getCell(0).getStringCellValue());
                assertEquals(table.path("total").asLong(), (long) total.getCell(1).getNumericCellValue());
                assertEquals(table.path("rows").size() + 4, sheet.getLastRowNum() + 1);
            }
            Sheet sex = book.getSheet("党员性别构成");
            assertEquals(members, (long) sex.getRow(sex.getLastRowNum()).getCell(1).getNumericCellValue());
        }
    }

    @Test
    public void theDistrictReadsItsTablesAndPreparesItsReport() {
        Api admin = api.basic(Credentials.USERNAME, Credentials.password(api));
        admin.awaitSettled(Duration.ofMinutes(8));
        browser.open("/#/dashboard");
        if (browser.await("the sign-in form or the console", d -> browser.present("form.login-form") ? "login"
                : browser.present("nav#nav .nav-link") ? "console" : null).equals("login")) {
            WebElement form = browser.find("form.login-form");
            form.findElement(By.name("username")).sendKeys(Credentials.USERNAME);
            form.findElement(By.name("password")).sendKeys(Credentials.password(api));
            form.findElement(By.cssSelector("button[type=submit]")).click();
        }
        browser.find("nav#nav .nav-link[data-nav=annual-stats]").click();
        browser.find("#as-title");
        browser.script("var s = document.getElementById('as-year'); s.value = '2024'; s.dispatchEvent(new Event('change'))");
        try {
            browser.findWithText("#as-title", "济南高新区2024年度党内统计年报");
        } catch (AssertionError e) {
            browser.screenshot(screenshots, "31-annual-stats-failed");
            throw new AssertionError(e.getMessage() + "\nbrowser console: " + browser.consoleProblems(m -> false), e);
        }
        browser.awaitTrue("the tables", d -> browser.all("section.as-table").size() >= 10);
        String sex = browser.find("section.as-table[data-table='members.sex']").getText();
        assertTrue(sex, sex.contains("男") && sex.contains("女") && sex.contains("合计"));
        String below = browser.find("#as-below").getText();
        assertTrue(below, below.contains("应报") && below.contains("未报"));

        String page = browser.find("#annual-stats").getText();
        for (String code : List.of("WORKING_COMMITTEE", "PROBATIONARY", "MALE", "NONE", "SUBMITTED", "URBAN_COMMUNITY",
                "core.admitted", "membership.DEATH")) {
            assertFalse(code + " shown raw", page.contains(code));
        }
        assertTrue("English on the Chinese page: " + page, ConsoleLanguageBrowserIT.englishWords(page).isEmpty());

        browser.find("#as-prepare").click();
        browser.awaitTrue("the report prepared", d -> browser.present("#as-status[data-status=PREPARED]"));
        browser.findWithText("#as-status", "已编制");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot(screenshots, "31-annual-stats");

        List<String> problems = browser.consoleProblems(message -> false);
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
    }
}
