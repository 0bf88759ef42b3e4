package org.grassroots.itests.browser;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Json;
import org.junit.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * 楼宇党建's pages in headless Chromium against the district with the demo data: the main page (buildings and the
 * 一纵一横 belt) in Chinese with no raw codes, the enterprises with the sheet actions, a committee decision followed
 * up from 待办 through 推进中 to 已办结 with the step buttons, a member leaving a business district, the 两企三新
 * management view with its figures and a management ended, and the module's dashboard (10 demonstration buildings,
 * the districts' and the management's figures). The browser console stays free of
 * errors. Drives the browser tests' shared district ({@link ConsoleDistrict}).
 */
public class BuildingsBrowserIT extends SharedDistrictBrowserTest {

    @Test
    public void theDistrictSeesTheBeltFollowsUpADecisionAndSeesTheJointWork() {
        district();
        // the test writes (a decision, a member leaving, a management ended): the other modules' demo writers hold the
        // audit sequence's lock while they load, so it starts once the platform has settled
        api.basic(Credentials.USERNAME, Credentials.password(api)).awaitSettled(Duration.ofMinutes(8));
        signInAsAdministrator();

        // ---- the main page: the buildings of the belt, labels in Chinese
        browser.open("/#/m/buildings/buildings");
        browser.find("#bld-building-table");
        browser.awaitTrue("buildings listed", d -> browser.all("#bld-building-table tbody tr").size() >= 10);
        String buildings = browser.find("#bld-building-table").getText();
        assertTrue(buildings, buildings.contains("舜华路") && buildings.contains("经十路"));
        for (String code : List.of("SHUNHUA", "JINGSHI", "OWN_ORGANIZATION", "JOINT_BRANCH")) {
            assertFalse(code + " shown raw", buildings.contains(code));
        }
        browser.screenshot(screenshots, "24-buildings-belt");

        // ---- the enterprises, with the spreadsheet actions
        browser.open("/#/m/buildings/coverage");
        browser.awaitTrue("enterprises listed", d -> browser.all("#bld-tenancy-table tbody tr[data-tenancy]").size() > 5);
        assertTrue(browser.find("#bld-tenancy-sheets").getText().contains("下载导入模板"));

        // ---- a decision followed up: 待办 → 推进中 → 已办结, each step by its button (the demo's are all closed: the
        // district records a new one on the latest meeting first)
        Api admin = api.basic(Credentials.USERNAME, Credentials.password(api));
        long root = 0;
        for (var unit : admin.get("/organizations/roots").expect(200).json()) {
            root = "JNGX".equals(unit.path("code").asText()) ? unit.path("id").asLong() : root;
        }
        var latest = admin.get("/api/buildings/meetings?unit=" + root + "&size=1").expect(200).json().path("items").get(0);
        admin.post("/api/buildings/meetings/" + latest.path("id").asLong() + "/decisions", Json.obj("content", "浏览器测试：完善楼宇导览标识",
                "ownerName", "物业服务中心", "dueOn", java.time.LocalDate.parse(latest.path("heldOn").asText()).plusYears(2).toString()))
                .expect(201);
        browser.open("/#/m/buildings/decisions");
        browser.find("#bld-decision-table");
        new Select(browser.find("#bld-decision-status")).selectByValue("OPEN");
        browser.awaitTrue("an open decision", d -> browser.present("#bld-decision-table tr[data-decision] button[data-action=START]"));
        WebElement open = browser.find("#bld-decision-table tr[data-decision] button[data-action=START]");
        String decision = browser.find("#bld-decision-table tr[data-decision]").getAttribute("data-decision");
        open.click();
        browser.awaitTrue("the decision started", d -> !browser.present("#bld-decision-table tr[data-decision='" + decision + "']"));
        new Select(browser.find("#bld-decision-status")).selectByValue("IN_PROGRESS");
        String row = "#bld-decision-table tr[data-decision='" + decision + "']";
        browser.awaitTrue("the decision in progress", d -> browser.present(row + " button[data-action=COMPLETE]"));
        assertTrue(browser.find(row).getText().contains("推进中"));
        browser.click(row + " button[data-action=COMPLETE]");
        browser.awaitTrue("the decision done", d -> !browser.present(row));
        var done = admin.get("/api/buildings/decisions/" + decision).expect(200).json();
        assertTrue(done.toString(), "DONE".equals(done.path("status").asText()) && done.path("doneOn").isTextual());
        assertFalse(browser.present(".notice-error"));

        // ---- the business districts and the 两企三新 management view
        browser.open("/#/m/buildings/districts");
        browser.awaitTrue("the districts listed", d -> !browser.all("#bld-district-table tbody tr[data-district] button").isEmpty());
        browser.find("#bld-district-table tbody tr[data-district] button").click();
        browser.awaitTrue("a district's members", d -> browser.present("#bld-district-member-table button[data-action=leave]"));
        int leaving = browser.all("#bld-district-member-table button[data-action=leave]").size();
        browser.find("#bld-district-member-table button[data-action=leave]").click();
        browser.find("dialog#bld-district-leave-dialog button[type=submit]").click();
        browser.awaitTrue("the member left", d -> browser.all("#bld-district-member-table button[data-action=leave]").size() == leaving - 1);
        assertTrue(browser.find("#bld-district-member-table").getText().contains("退出日期"));
        browser.open("/#/m/buildings/management");
        browser.awaitTrue("the management figures", d -> browser.present("#bld-management-kpis")
                && browser.find("#bld-management-kpis").getText().contains("无管理党委"));
        browser.awaitTrue("两新 organizations listed", d -> browser.all("#bld-management-table tbody tr[data-organization]").size() > 5);
        new Select(browser.find("#bld-management-filter")).selectByValue("false");
        browser.awaitTrue("those with no managing committee", d -> browser.all("#bld-management-table tbody tr[data-managed=true]").isEmpty());
        browser.screenshot(screenshots, "25-buildings-management");
        new Select(browser.find("#bld-management-filter")).selectByValue("true");
        browser.awaitTrue("the managed ones", d -> browser.present("#bld-management-table tbody tr[data-managed=true] button[data-action=end]"));
        String ending = browser.find("#bld-management-table tbody tr[data-managed=true]").getAttribute("data-organization");
        browser.find("#bld-management-table tbody tr[data-managed=true] button[data-action=end]").click();
        browser.find("dialog#bld-management-end-dialog button[type=submit]").click();
        browser.awaitTrue("the management ended", d -> !browser.present("#bld-management-table tr[data-organization='" + ending + "']"));
        assertFalse(browser.present(".notice-error"));

        // ---- the dashboard: the report's 10 demonstration buildings
        browser.open("/#/m/buildings/dashboard");
        browser.awaitTrue("the demo figures", d -> browser.present("#bld-kpis") && browser.find("#bld-kpis").getText().contains("10"));
        assertTrue(browser.find("#bld-kpis").getText().contains("示范楼宇"));
        assertTrue(browser.find("#bld-kpis").getText().contains("商圈") && browser.find("#bld-kpis").getText().contains("无管理党委的两新组织"));
        assertFalse(browser.present(".notice-error"));

        List<String> problems = browser.consoleProblems(message -> false);
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
    }
}
