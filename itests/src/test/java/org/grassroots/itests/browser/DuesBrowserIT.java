package org.grassroots.itests.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Json;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 党费's pages in headless Chromium as a branch secretary of the demo district works through December 2024: the
 * months of the branch in Chinese (no raw codes), the open month with its members, a WeChat Pay export imported
 * (two rows unmatched and kept), one kept row matched by hand to a member's due and the other set aside with a
 * reason, a payment recorded through the dialog, the month settled; then the yearly statement of the branch (every
 * member's twelve months) and of a member ("paid up to"), ready to print or to download as Word or PDF; a member signs in and
 * reads their own year (我的党费). The browser console must stay free of
 * errors. Drives the browser tests' shared district ({@link ConsoleDistrict}).
 */
public class DuesBrowserIT extends SharedDistrictBrowserTest {
    private static final String TEMPORARY = "Temp-Password-0001";
    private static final String CHOSEN = "Dues-Secretary-2026";
    private static final List<String> CODES = List.of("UNPAID", "PAID", "EXEMPT", "OPEN", "SETTLED", "WECHAT", "BACK_PAID",
            "EMPLOYED", "FARMER", "DISMISSED", "MATCHED");

    /** December 2024 of a small branch of the demo (still open there), once the dues demo is written. */
    private static JsonNode openDecember(Api admin) {
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        while (System.nanoTime() < deadline) {
            Api.Response roots = admin.get("/organizations/roots");
            if (roots.status() == 200) {
                for (JsonNode root : roots.json()) {
                    if ("JNGX".equals(root.path("code").asText())) {
                        Api.Response months = admin.get("/api/dues/months?unit=" + root.path("id").asLong()
                                + "&period=2024-12&status=OPEN&size=100");
                        JsonNode smallest = null; // a small branch with two unpaid dues: its statement fits a screen
                        for (JsonNode m : months.status() == 200 ? months.json().path("items") : Json.arr()) {
                            if (m.path("unpaid").asInt() >= 2 && (smallest == null || m.path("dues").asInt() < smallest.path("dues").asInt())) {
                                smallest = m;
                            }
                        }
                        if (smallest != null) {
                            return smallest;
                        }
                    }
                }
            }
            Api.sleep(1000);
        }
        throw new AssertionError("the dues demo data did not appear");
    }

    @Test
    public void aSecretaryImportsResolvesPaysSettlesAndPrintsTheYear() throws Exception {
        Api admin = api.basic(Credentials.USERNAME, Credentials.password(api));
        JsonNode month = openDecember(admin);
        long monthId = month.path("id").asLong();
        // the branch's secretary, with a password of their own
        String username = "dues-sec-" + Long.toString(System.currentTimeMillis(), 36);
        admin.post("/api/auth/accounts", Json.obj("username", username, "displayName", "党费测试书记", "roles", Json.arr("SECRETARY"),
                "organizationId", month.path("organizationId").asLong(), "password", TEMPORARY)).expect(201);
        api.signIn(username, TEMPORARY).post("/api/auth/password", Json.obj("currentPassword", TEMPORARY, "newPassword", CHOSEN))
                .expect(204);
        JsonNode unpaid = admin.get("/api/dues/months/" + monthId + "/dues?status=UNPAID&size=2").expect(200).json().path("items");
        assertTrue(unpaid.toString(), unpaid.size() == 2);
        JsonNode toMatch = unpaid.get(0);
        JsonNode toPay = unpaid.get(1);
        Path export = Files.createTempFile("dues-wechat-", ".csv");
        Files.writeString(export, "姓名,金额,日期\n" + toMatch.path("memberName").asText() + "的家属,"
                + toMatch.path("amountDue").decimalValue().toPlainString() + ",2024-12-05\n转账退款人,88.00,2024-12-06\n", UTF_8);

        browser.open("/#/dashboard");
        browser.reload();
        if (browser.await("the sign-in form or the console", d -> browser.present("form.login-form") ? "login"
                : browser.present("nav#nav .nav-link") ? "console" : null).equals("login")) {
            WebElement form = browser.find("form.login-form");
            form.findElement(By.name("username")).sendKeys(username);
            form.findElement(By.name("password")).sendKeys(CHOSEN);
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.find("nav#nav .nav-link[data-nav=dashboard]");
        }

        // ---- the branch's months: twelve of 2024, December open
        browser.open("/#/m/dues/months");
        browser.awaitTrue("the branch's months", d -> browser.all("#dues-month-table tbody tr[data-month]").size() >= 12);
        String months = browser.find("#dues-month-table").getText();
        assertTrue(months, months.contains("2024-12") && months.contains("已结算") && months.contains("收缴中"));
        noCodes(months);
        browser.script("document.getElementById('dues-month-table').scrollIntoView()");
        browser.screenshot(screenshots, "40-dues-months");
        browser.find("#dues-month-table tr[data-month='" + monthId + "'] a").click();

        // ---- the month: import the WeChat Pay export; two rows are kept
        browser.findWithText("#dues-month-title", "2024-12");
        browser.find("#dues-due-table tbody tr[data-due]");
        browser.find("#dues-import-file").sendKeys(export.toAbsolutePath().toString());
        browser.find("#dues-import").click();
        browser.findWithText("#dues-import-result", "未匹配 2 行");
        browser.awaitTrue("two kept rows", d -> browser.all("#dues-unmatched-table tr[data-status=OPEN]").size() == 2);
        // matched by hand: the payer was a relative; the secretary finds the member and picks the due
        keptRow("的家属").findElement(By.cssSelector("button[data-action=match]")).click();
        WebElement name = browser.find("dialog#dues-match-dialog[open] #dues-match-name");
        name.clear();
        name.sendKeys(toMatch.path("memberName").asText());
        browser.find("#dues-match-find").click();
        browser.awaitTrue("the member's due offered", d -> browser.present("#dues-match-due option[value='" + toMatch.path("id").asLong() + "']"));
        new Select(browser.find("#dues-match-due")).selectByValue(Long.toString(toMatch.path("id").asLong()));
        browser.find("dialog#dues-match-dialog button[type=submit]").click();
        browser.awaitGone("dialog#dues-match-dialog");
        browser.awaitTrue("one row waiting", d -> browser.all("#dues-unmatched-table tr[data-status=OPEN]").size() == 1);
        // set aside: a refund, not dues
        keptRow("转账退款人").findElement(By.cssSelector("button[data-action=dismiss]")).click();
        browser.find("dialog#dues-dismiss-dialog[open] textarea[name=reason]").sendKeys("非党费款项，已原路退回");
        browser.find("dialog#dues-dismiss-dialog button[type=submit]").click();
        browser.awaitGone("dialog#dues-dismiss-dialog");
        browser.awaitTrue("nothing waiting", d -> !browser.present("#dues-unmatched-table tr[data-status=OPEN]"));
        new Select(browser.find("#dues-unmatched-status")).selectByValue("");
        browser.awaitTrue("both rows resolved", d -> browser.all("#dues-unmatched-table tr[data-unmatched]").size() == 2);
        String kept = browser.find("#dues-unmatched").getText();
        assertTrue(kept, kept.contains("已匹配") && kept.contains("已忽略") && kept.contains("非党费款项"));
        noCodes(kept);

        // ---- a payment recorded by hand
        new Select(browser.find("#dues-due-status")).selectByValue("UNPAID");
        String payRow = "#dues-due-table tr[data-due='" + toPay.path("id").asLong() + "']";
        browser.find(payRow + " button.dues-pay").click();
        browser.find("dialog#kit-form-dialog[open] select[name=channel]");
        browser.find("dialog#kit-form-dialog button[type=submit]").click();
        browser.awaitGone("dialog#kit-form-dialog");
        browser.awaitTrue("the due paid", d -> !browser.present(payRow));
        assertFalse(browser.present(".notice-error"));
        browser.script("document.getElementById('dues-unmatched').scrollIntoView()");
        browser.screenshot(screenshots, "41-dues-month");

        // ---- settled: the month is locked
        browser.find("#dues-settle").click();
        browser.find("dialog#kit-confirm[open] button[data-action=confirm]").click();
        browser.awaitGone("dialog#kit-confirm");
        browser.awaitTrue("the month settled", d -> browser.present("#dues-month-actions") && !browser.present("#dues-settle")
                && browser.find("dl.facts").getText().contains("已结算"));
        String history = browser.find("#dues-month-history").getText();
        assertTrue(history, history.contains("结算"));

        // ---- the branch's yearly statement, then a member's
        browser.open("/#/m/dues/statements?year=2024");
        browser.findWithText("#dues-statement-title", "2024年度党费收缴明细");
        browser.awaitTrue("every member's months", d -> browser.all("#dues-statement-members tbody tr[data-member]").size() > 0);
        String statement = browser.find("#dues-statement").getText();
        assertTrue(statement, statement.contains("已交") && statement.contains("收缴率") && statement.contains("12月"));
        noCodes(statement);
        assertTrue("the print rules are loaded", browser.present("link#dues-statement-css"));
        assertTrue(browser.present("#dues-statement-print") && browser.present("#dues-statement-export"));
        browser.screenshot(screenshots, "42-dues-statement");
        browser.find("#dues-statement-members tbody tr[data-member='" + toPay.path("memberId").asLong() + "'] a").click();
        browser.findWithText("#dues-statement-title", "2024年度党费交纳明细");
        String own = browser.find("#dues-statement").getText();
        assertTrue(own, own.contains("党费缴至") && own.contains("2024-12") && own.contains("已交"));
        noCodes(own);
        assertTrue(browser.present("#dues-statement-docx") && browser.present("#dues-statement-pdf"));

        // ---- the member signs in and reads their own year (我的党费), to print or download
        String memberName = "dues-mem-" + Long.toString(System.currentTimeMillis(), 36);
        admin.post("/api/auth/accounts", Json.obj("username", memberName, "displayName", toPay.path("memberName").asText(),
                "roles", Json.arr("MEMBER"), "organizationId", month.path("organizationId").asLong(),
                "memberId", toPay.path("memberId").asLong(), "password", TEMPORARY)).expect(201);
        api.signIn(memberName, TEMPORARY).post("/api/auth/password", Json.obj("currentPassword", TEMPORARY, "newPassword", CHOSEN))
                .expect(204);
        browser.find("#logout").click();
        WebElement login = browser.find("form.login-form");
        login.findElement(By.name("username")).sendKeys(memberName);
        login.findElement(By.name("password")).sendKeys(CHOSEN);
        login.findElement(By.cssSelector("button[type=submit]")).click();
        browser.find("nav#nav .nav-link");
        browser.open("/#/m/dues/mine?year=2024");
        browser.findWithText("#dues-statement-title", toPay.path("memberName").asText() + " 2024年度党费交纳明细");
        String mine = browser.find("#dues-statement").getText();
        assertTrue(mine, mine.contains("党费缴至") && mine.contains("2024-12") && mine.contains("已交"));
        noCodes(mine);
        assertTrue(browser.present("#dues-mine-print") && browser.present("#dues-mine-docx") && browser.present("#dues-mine-pdf"));
        browser.screenshot(screenshots, "48-dues-mine");

        List<String> problems = browser.consoleProblems(message -> false);
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
    }

    /** The kept row whose payer's name contains {@code text}. */
    private static WebElement keptRow(String text) {
        return browser.await("the kept row of " + text, d -> browser.all("#dues-unmatched-table tr[data-unmatched]").stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }

    private static void noCodes(String text) {
        for (String code : CODES) {
            assertFalse(code + " shown raw in: " + text, text.matches("(?s).*\\b" + code + "\\b.*"));
        }
    }
}
