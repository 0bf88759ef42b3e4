package org.grassroots.itests.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.IdNumbers;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The daily work of a street office in the console (issue 15, point 1), as the district administrator: two branches
 * added below the district and one renamed; a member added to the first, the ID number refused beside its field in
 * Chinese and the rest of the input kept; the member transferred to the second branch (the history shows it) and
 * marked floating; a unit that still has a sub-unit cannot be dissolved (the server says why); the member removed,
 * then both branches dissolved; an account created, locked, unlocked, reset and removed (point 2); a wrong current
 * password refused beside its field on "my account". Everything through dialogs, never the browser's own prompts.
 */
public class ConsoleEditingBrowserIT extends SharedDistrictBrowserTest {
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100000);

    /**
     * A module's list keeps its page, sort and filters in the address (the console kit's paged table, no code of the
     * module's own): Back, Forward and reload return to the same list (issue 15, point 4). The address also names the
     * scope, and opening it switches to that scope.
     */
    @Test
    public void aModuleListKeepsItsPageSortAndFiltersInTheAddress() {
        // the modules active and their demo written (the positions): this test may run first in its class
        api.basic(Credentials.USERNAME, Credentials.password(api)).awaitSettled(java.time.Duration.ofMinutes(8));
        ConsoleDistrict.signIn(browser, api);
        browser.open("/#/m/position/positions?scope=" + districtId());
        // the demo writes the positions (65) while the suite starts: wait for more than one page of them
        browser.awaitAfterReload("more than one page of positions", d -> browser.present("#position-table tbody tr")
                && browser.present("#page .kit-next:not([disabled])") ? Boolean.TRUE : null);
        browser.findWithText("#scope-name", "济南高新区");
        browser.findWithText("#page .pager-status", "第 1 /");
        browser.find("#page .kit-next").click();
        browser.findWithText("#page .pager-status", "第 2 /");
        String secondPage = browser.find("#position-table tbody tr th").getText();
        assertTrue(browser.driver().getCurrentUrl(), browser.driver().getCurrentUrl().contains("page=1"));
        browser.find("#position-table button.kit-sort[data-sort=name]").click();
        browser.awaitTrue("sorted by name, first page", d -> d.getCurrentUrl().contains("sort=name") && !d.getCurrentUrl().contains("page=")
                && browser.find("#page .pager-status").getText().contains("第 1 /"));
        String sortedFirst = browser.find("#position-table tbody tr th").getText();

        browser.reload();
        browser.findWithText("#page .pager-status", "第 1 /");
        browser.find("#position-table th[aria-sort=ascending] button.kit-sort[data-sort=name]");
        assertEquals(sortedFirst, browser.find("#position-table tbody tr th").getText());

        browser.driver().navigate().back();
        browser.findWithText("#page .pager-status", "第 2 /");
        browser.awaitTrue("the second page, unsorted", d -> secondPage.equals(browser.find("#position-table tbody tr th").getText()));
        assertTrue(browser.all("#position-table th[aria-sort=ascending]").isEmpty());
        browser.driver().navigate().forward();
        browser.awaitTrue("sorted again", d -> !browser.all("#position-table th[aria-sort=ascending]").isEmpty()
                && sortedFirst.equals(browser.find("#position-table tbody tr th").getText()));

        // a filter: the words searched for stay in the form and the list after a reload, and go with Back
        String words = sortedFirst.substring(0, Math.min(2, sortedFirst.length()));
        WebElement q = browser.find("#position-q");
        q.clear();
        q.sendKeys(words);
        browser.find("#page form.filter-form button[type=submit]").click();
        browser.awaitTrue("the address names the words", d -> d.getCurrentUrl().contains("q="));
        String filtered = browser.find("#page .kit-paged").getText();
        browser.reload();
        browser.awaitTrue("the words kept", d -> words.equals(browser.find("#position-q").getAttribute("value")));
        browser.awaitTrue("the same filtered list", d -> filtered.equals(browser.find("#page .kit-paged").getText()));
        browser.driver().navigate().back();
        browser.awaitTrue("the words gone again", d -> browser.find("#position-q").getAttribute("value").isEmpty());
    }

    /**
     * The dashboard (issue 15, point 8): one key figure for the members split two ways, core's five-year line rebuilt
     * from the dates (this year's end is today's roll), and a scope switcher on the page whose choice is a step in the
     * history: Back returns to the district, Forward and reload to the street.
     */
    @Test
    public void theDashboardSwitchesItsScopeAndKeepsItInTheAddress() {
        api.basic(Credentials.USERNAME, Credentials.password(api)).awaitSettled(java.time.Duration.ofMinutes(8));
        ConsoleDistrict.signIn(browser, api);
        long district = districtId();
        browser.open("/#/dashboard?scope=" + district);
        browser.findWithText("#scope-name", "济南高新区");
        WebElement members = browser.find(".dash-module[data-module=core] .kpi[data-stat~='core.members.by-category']");
        assertTrue(members.getAttribute("data-stat"), members.getAttribute("data-stat").contains("core.members.by-status"));
        assertEquals(1, browser.all(".dash-module[data-module=core] .kpi[data-stat~='core.members.by-status']").size());
        // the line's name is drawn on the canvas: the chart's text alternative names it
        browser.awaitTrue("core's line of the roll at each year's end", d -> browser.present(".dash-module[data-module=core] .chart-wide .chart")
                && browser.find(".dash-module[data-module=core] .chart-wide .chart").getAttribute("aria-label").contains("年末党员人数"));
        browser.awaitTrue("charts drawn", d -> browser.all(".dash-module .chart canvas").size() >= 4);
        // a chart is drawn when it comes within a screen of the view (chart-board.js): the last one waits until the
        // reader scrolls down to it, and printing draws every chart
        int charts = browser.all(".dash-module .chart").size();
        assertTrue(charts + " charts", browser.all(".dash-module .chart canvas").size() < charts);
        browser.script("arguments[0].scrollIntoView()", browser.all(".dash-module .chart").get(charts - 1));
        browser.awaitTrue("the last chart drawn once scrolled to",
                d -> !browser.all(".dash-module .chart").get(charts - 1).findElements(By.tagName("canvas")).isEmpty());
        browser.script("window.dispatchEvent(new Event('beforeprint'))");
        assertEquals(charts, browser.all(".dash-module .chart canvas").size());
        browser.script("window.scrollTo(0, 0)");
        // the same view as ConsoleBrowserIT's district dashboard, taken here once the demo has settled (every module shown)
        browser.screenshot(screenshots, "06-dashboard");
        assertTrue(browser.driver().getCurrentUrl(), browser.driver().getCurrentUrl().matches(".*#/dashboard\\?.*year=\\d{4}.*"));
        Api admin = api.basic(Credentials.USERNAME, Credentials.password(api));
        int year = LocalDate.now().getYear();
        JsonNode roll = admin.get("/statistics/members-at-year-end?subtreeOf=" + district + "&from=" + (year - 4) + "&to=" + year)
                .expect(200).json().get("years");
        assertEquals(5, roll.size());
        double today = -1;
        for (JsonNode module : admin.get("/statistics?subtreeOf=" + district + "&year=" + year).expect(200).json().get("modules")) {
            for (JsonNode figure : module.get("statistics")) {
                today = figure.get("id").asText().equals("core.members.by-status") ? figure.get("value").asDouble() : today;
            }
        }
        assertEquals(today, roll.get(4).get("members").asDouble(), 0.0);
        admin.get("/statistics/members-at-year-end?subtreeOf=" + district + "&from=" + year + "&to=" + (year - 1)).problem(422);

        String districtUrl = browser.driver().getCurrentUrl();
        WebElement streetOption = browser.find("#dash-scope").findElements(By.tagName("option")).stream()
                .filter(o -> o.getText().contains("街道")).findFirst().orElseThrow();
        String street = streetOption.getText().strip();
        String streetId = streetOption.getAttribute("value");
        new Select(browser.find("#dash-scope")).selectByValue(streetId);
        browser.findWithText("#scope-name", street);
        browser.findWithText(".notice-info", street);
        browser.findWithText("#page .dash-toolbar", street);
        browser.find(".dash-module[data-module=core] .kpi");
        assertTrue(browser.driver().getCurrentUrl(), browser.driver().getCurrentUrl().contains("scope=" + streetId));
        browser.driver().navigate().back();
        browser.findWithText("#scope-name", "济南高新区");
        browser.awaitTrue("the district's dashboard again", d -> districtUrl.equals(d.getCurrentUrl())
                && browser.find("#dash-scope").getAttribute("value").equals(Long.toString(district)));
        browser.driver().navigate().forward();
        browser.findWithText("#scope-name", street);
        browser.reload();
        browser.findWithText("#scope-name", street);
        browser.awaitTrue("the street's dashboard after a reload", d -> browser.find("#dash-scope").getAttribute("value").equals(streetId));
        // the district is the scope again for the tests after this one
        browser.open("/#/dashboard?scope=" + district);
        browser.findWithText("#scope-name", "济南高新区");
    }

    private static long districtId() {
        return api.basic(Credentials.USERNAME, Credentials.password(api)).get("/organizations/roots").expect(200).json()
                .get(0).get("id").asLong();
    }

    @Test
    public void aStreetOfficeAddsEditsTransfersAndRemovesMembersAndUnits() {
        // moving a unit rewrites the paths of every module's rows: after the demo has been written, not while the
        // modules' demo writers still hold their tables
        api.basic(Credentials.USERNAME, Credentials.password(api)).awaitSettled(java.time.Duration.ofMinutes(8));
        ConsoleDistrict.signIn(browser, api);
        browser.open("/#/organizations");
        // the district (the scope) is shown: its facts name the secretary line and count its members
        browser.awaitTrue("the district's details", d -> browser.present("#org-facts") && browser.present("#org-add-open"));
        assertTrue(browser.find("#org-facts").getText().contains("党员人数"));

        addUnit("BT" + RUN + "A", "浏览器测试支部");
        browser.awaitTrue("the new unit shown", d -> browser.find("#org-detail-title").getText().equals("浏览器测试支部"));
        browser.find("#org-edit-open").click();
        WebElement name = browser.find("dialog#org-edit[open] input[name=name]");
        name.clear();
        name.sendKeys("浏览器测试第一支部");
        browser.find("dialog#org-edit button[type=submit]").click();
        browser.awaitGone("dialog#org-edit");
        browser.awaitTrue("the unit renamed", d -> browser.find("#org-detail-title").getText().equals("浏览器测试第一支部"));
        browser.find("#set-scope").click();

        // a second branch below the district, found again through the search
        showDistrict();
        addUnit("BT" + RUN + "B", "浏览器测试第二支部");
        browser.awaitTrue("the second unit shown", d -> browser.find("#org-detail-title").getText().equals("浏览器测试第二支部"));

        // a member of the first branch: a wrong check character is refused beside the field, in Chinese
        browser.open("/#/members");
        browser.find("#member-add-open").click();
        WebElement dialog = browser.find("dialog#member-add[open]");
        String idNumber = IdNumbers.next(true);
        dialog.findElement(org.openqa.selenium.By.name("name")).sendKeys("测试党员" + RUN);
        dialog.findElement(org.openqa.selenium.By.name("idNumber")).sendKeys(IdNumbers.BAD_CHECKSUM);
        setValue("dialog#member-add input[name=birthDate]", IdNumbers.birthDate(IdNumbers.BAD_CHECKSUM).toString());
        setValue("dialog#member-add input[name=joinedOn]", "2010-07-01");
        new Select(browser.find("dialog#member-add select[name=sex]")).selectByValue("MALE");
        pickUnit("dialog#member-add", "浏览器测试第一支部");
        browser.find("dialog#member-add button[type=submit]").click();
        WebElement refusal = browser.find("dialog#member-add .field-error");
        browser.awaitTrue("the ID number refused beside its field", d -> refusalBeside("dialog#member-add", "idNumber"));
        assertTrue(refusal.getText(), refusal.getText().contains("校验位"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", refusal);
        browser.screenshot(screenshots, "43-member-add-refused");
        assertTrue("the name is kept", browser.find("dialog#member-add input[name=name]").getAttribute("value").equals("测试党员" + RUN));
        WebElement id = browser.find("dialog#member-add input[name=idNumber]");
        id.clear();
        id.sendKeys(idNumber);
        setValue("dialog#member-add input[name=birthDate]", IdNumbers.birthDate(idNumber).toString());
        browser.find("dialog#member-add button[type=submit]").click();
        browser.awaitGone("dialog#member-add");
        browser.awaitTrue("the new member's record", d -> browser.present("#member-detail")
                && browser.find("#member-detail").getText().contains("测试党员" + RUN));
        assertTrue(browser.find("#member-detail").getText().contains("浏览器测试第一支部"));

        // transferred to the second branch: the record and its history say so
        browser.find("#member-transfer-open").click();
        pickUnit("dialog#member-transfer", "浏览器测试第二支部");
        browser.find("dialog#member-transfer input[name=reason]").sendKeys("工作调动");
        browser.find("dialog#member-transfer button[type=submit]").click();
        browser.awaitGone("dialog#member-transfer");
        browser.awaitTrue("the transfer in the history", d -> browser.find("#member-detail").getText().contains("浏览器测试第二支部")
                && browser.find("body").getText().contains("工作调动"));
        assertTrue(browser.find("body").getText().contains("工作调动"));

        // marked floating, with where the member went
        browser.find("#member-status-open").click();
        new Select(browser.find("dialog#member-status-dialog select[name=status]")).selectByValue("FLOATING");
        browser.find("dialog#member-status-dialog input[name=floatingDestination]").sendKeys("上海市浦东新区");
        browser.find("dialog#member-status-dialog button[type=submit]").click();
        browser.awaitGone("dialog#member-status-dialog");
        browser.awaitTrue("the member floating", d -> browser.find("#member-detail").getText().contains("流动")
                && browser.find("#member-detail").getText().contains("上海市浦东新区"));
        browser.screenshot(screenshots, "44-member-record-actions");

        // the member removed from the record page (a confirmation dialog, not the browser's prompt)
        browser.find("#member-remove-open").click();
        browser.find("dialog#member-remove[open] button.kit-dialog-confirm").click();
        browser.awaitTrue("back on the list", d -> browser.present("#member-results"));

        // the second branch moves below the first: the first cannot be dissolved while it has a sub-unit
        browser.open("/#/organizations");
        showUnit("浏览器测试第二支部");
        browser.find("#org-move-open").click();
        pickUnit("dialog#org-move", "浏览器测试第一支部");
        browser.find("dialog#org-move button[type=submit]").click();
        browser.awaitGone("dialog#org-move");
        showUnit("浏览器测试第一支部");
        browser.find("#org-dissolve-open").click();
        browser.find("dialog#org-confirm[open] button.kit-dialog-confirm").click();
        browser.awaitTrue("the refusal", d -> browser.present(".notice-error")
                && browser.find(".notice-error").getText().contains("请先转接后再撤销"));
        browser.find(".notice-error .notice-close").click();

        // both branches dissolve
        browser.open("/#/organizations");
        for (String unit : List.of("浏览器测试第二支部", "浏览器测试第一支部")) {
            showUnit(unit);
            browser.find("#org-dissolve-open").click();
            browser.find("dialog#org-confirm[open] button.kit-dialog-confirm").click();
            browser.awaitTrue(unit + " dissolved", d -> browser.find("#org-facts").getText().contains("撤销"));
        }
        assertFalse(browser.present(".notice-error"));

        // an account for the first branch's secretary: created, locked, unlocked, its password reset, removed
        String username = "bt" + RUN;
        browser.open("/#/accounts");
        browser.find("#account-create-open").click();
        browser.find("dialog#account-dialog[open] input[name=username]").sendKeys(username);
        browser.find("dialog#account-dialog input[name=displayName]").sendKeys("浏览器测试书记");
        browser.find("dialog#account-dialog #account-roles input[value=SECRETARY]").click();
        pickUnit("dialog#account-dialog", "浏览器测试第一支部");
        browser.find("dialog#account-dialog button[type=submit]").click();
        browser.awaitGone("dialog#account-dialog");
        String row = "#account-table tr[data-username=" + username + "]";
        browser.awaitTrue("the account listed", d -> browser.present(row) && browser.find(row).getText().contains("支部书记"));
        browser.screenshot(screenshots, "45-accounts");
        browser.click(row + " button[data-action=lock]");
        browser.find("dialog[open] button.kit-dialog-confirm").click();
        browser.awaitTrue("the account locked", d -> browser.find(row).getText().contains("已锁定"));
        browser.click(row + " button[data-action=unlock]");
        browser.awaitTrue("the account unlocked", d -> !browser.find(row).getText().contains("已锁定"));
        browser.click(row + " button[data-action=reset]");
        browser.find("dialog[open] button.kit-dialog-confirm").click();
        browser.findWithText("dialog#account-one-time[open]", "一次性密码");
        browser.find("dialog#account-one-time button.kit-dialog-confirm").click();
        browser.click(row + " button[data-action=remove]");
        browser.find("dialog[open] button.kit-dialog-confirm").click();
        browser.awaitGone(row);

        // my account: a wrong current password is refused beside its field; the reader stays signed in
        browser.open("/#/my-account");
        WebElement current = browser.find("#password-form input[name=currentPassword]");
        assertTrue("the current password starts empty", current.getAttribute("value").isEmpty());
        current.sendKeys("not-my-password-1");
        browser.find("#password-form input[name=newPassword]").sendKeys("Another-Passw0rd-99");
        browser.find("#password-form input[name=repeatPassword]").sendKeys("Another-Passw0rd-99");
        browser.find("#password-form button[type=submit]").click();
        browser.awaitTrue("the refusal beside the current password", d -> refusalBeside("#password-form", "currentPassword"));
        assertTrue(browser.find("#password-form .field-error").getText().contains("当前密码不正确"));
        assertFalse("still signed in", browser.present("form.login-form"));
        List<String> problems = browser.consoleProblems(message -> message.contains(" 409") || message.contains(" 422"));
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
    }

    private static void showDistrict() {
        browser.open("/#/organizations");
        browser.find("#org-tree [role=treeitem] > .tree-label").click();
        browser.awaitTrue("the district's details", d -> browser.present("#org-add-open"));
    }

    private static void addUnit(String code, String name) {
        browser.find("#org-add-open").click();
        browser.find("dialog#org-add[open] input[name=code]").sendKeys(code);
        browser.find("dialog#org-add input[name=name]").sendKeys(name);
        new Select(browser.find("dialog#org-add select[name=unitType]")).selectByValue("ENTERPRISE");
        new Select(browser.find("dialog#org-add select[name=partyOrgType]")).selectByValue("BRANCH");
        setValue("dialog#org-add input[name=foundedOn]", LocalDate.of(2020, 7, 1).toString());
        browser.find("dialog#org-add button[type=submit]").click();
        browser.awaitGone("dialog#org-add");
    }

    /** Finds a unit by name with the tree's search and shows it. */
    private static void showUnit(String name) {
        WebElement query = browser.find("#org-search");
        query.clear();
        query.sendKeys(name);
        browser.find("form.inline-form[role=search] button[type=submit]").click();
        browser.findWithText("#org-results button.result", name).click();
        browser.awaitTrue(name + " shown", d -> browser.find("#org-detail-title").getText().equals(name)
                && browser.present("#org-actions"));
    }

    /** Chooses a unit in a dialog's unit picker by its name. */
    private static void pickUnit(String dialog, String name) {
        WebElement query = browser.find(dialog + " .unit-picker input[type=search]");
        query.clear();
        query.sendKeys(name);
        browser.find(dialog + " .unit-picker .unit-find").click();
        browser.findWithText(dialog + " .unit-picker .unit-option", name).click();
        browser.find(dialog + " .unit-picker .unit-picked li");
    }

    private static void setValue(String css, String value) {
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", browser.find(css), value);
    }

    private static boolean refusalBeside(String dialog, String field) {
        return "true".equals(browser.find(dialog + " [name=" + field + "]").getAttribute("aria-invalid"));
    }
}
