package org.grassroots.itests.browser;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Browser;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 幸福家园's pages in headless Chromium against the district with the demo data: the module's main page (48
 * communities, all covered, 105 secretaries and community workers trained) in Chinese; the demo's 大工委 / 大党委 with
 * their joint meetings; a district administrator publishes a volunteer event at 凤凰国际社区 through the
 * dialog and reads its sign-in code from the list; a registered member signs in with that code on the phone-width
 * self-service page; the administrator closes the event and the sign-in shows as recorded service hours. The browser
 * console must stay free of errors. Drives the browser tests' shared district ({@link ConsoleDistrict}).
 */
public class CommunityBrowserIT extends SharedDistrictBrowserTest {
    private static Api admin;
    private static Browser phone;

    @BeforeClass
    public static void administratorClient() {
        admin = admin();
        phone = phone();
    }

    @Test
    public void anAdministratorRunsAVolunteerEventAndAMemberSignsInByCode() {
        long district = district();
        String manager = "communitybrowser";
        account(manager, "DISTRICT_ADMIN", district, null);
        JsonNode registration = admin.get("/api/community/registrations?unit=" + district + "&status=ACTIVE&size=1").expect(200)
                .json().path("items").get(0);
        String volunteer = "communityvolunteer";
        account(volunteer, "MEMBER", registration.path("organizationId").asLong(), registration.path("memberId").asLong());

        signIn(browser, manager, CHOSEN, "/#/dashboard");
        browser.open("/#/m/community/coverage");
        browser.awaitTrue("the demo figures", d -> browser.present("#community-kpis li[data-id='community.covered']")
                && browser.find("#community-kpis").getText().contains("48"));
        new Select(browser.find("select#community-year")).selectByValue("2024"); // the report's year
        browser.awaitTrue("the 2024 figures", d -> browser.find("#community-kpis li[data-id='community.secretariesAdjusted']")
                .getText().contains("21"));
        String kpis = browser.find("#community-kpis").getText();
        assertTrue(kpis, kpis.contains("双报到覆盖社区") && kpis.contains("48") && kpis.contains("骑手友好社区"));
        // the report's "100余名" secretaries and community workers trained, counted from the demo's sign-ins
        String trained = browser.find("#community-kpis li[data-id='community.trained']").getText();
        assertTrue(trained, trained.contains("培训书记和社区工作者") && trained.contains("105"));
        browser.find("#community-coverage tbody tr");
        browser.screenshot(screenshots, "30-community-coverage");

        // the demo's 大工委 / 大党委: part-time members and joint meetings with issues closed and still assigned
        browser.open("/#/m/community/councils");
        browser.awaitTrue("the demo's joint meetings", d -> browser.present("section[data-meeting] tr[data-status=CLOSED]")
                && browser.present("section[data-meeting] tr[data-status=ASSIGNED]"));
        String councils = browser.find("#community-council-table").getText();
        assertTrue(councils, councils.contains("街道大工委") && councils.contains("兼职委员") && !councils.contains("STREET_WORKING"));
        browser.screenshot(screenshots, "48-community-councils");

        // publish a volunteer event through the dialog, choosing the community with the unit picker
        browser.open("/#/m/community/events");
        browser.find("#community-event-table");
        browser.find("#community-event-new").click();
        WebElement dialog = browser.find("dialog#community-event-dialog[open]");
        dialog.findElement(By.id("community-event-community")).sendKeys("凤凰国际");
        dialog.findElement(By.cssSelector("button.unit-find")).click();
        browser.find("dialog#community-event-dialog button.unit-option").click();
        browser.find("dialog#community-event-dialog .unit-picked li");
        dialog.findElement(By.id("community-event-title")).sendKeys("浏览器测试：楼道清洁志愿服务");
        dialog.findElement(By.id("community-event-hours")).sendKeys("2");
        dialog.findElement(By.cssSelector("button[type=submit]")).click();
        browser.awaitGone("dialog#community-event-dialog");
        String row = "#community-event-table tbody tr[data-status=PUBLISHED]";
        browser.awaitTrue("the event listed", d -> browser.present(row) && browser.find(row).getText().contains("楼道清洁"));
        String code = browser.find(row + " code.community-code").getText().trim();
        assertTrue(code, code.matches("[A-Z0-9]{6}"));
        String listed = browser.find("#community-event-table").getText();
        assertTrue(listed, listed.contains("志愿服务活动") && listed.contains("报名中") && !listed.contains("VOLUNTEER"));
        browser.screenshot(screenshots, "31-community-events");

        // the member signs in with the code on the phone
        signIn(phone, volunteer, CHOSEN, "/#/m/community/mine");
        phone.open("/#/m/community/mine");
        phone.find("#community-sign-in-code").sendKeys(code.toLowerCase());
        phone.find("#community-sign-in button[type=submit]").click();
        phone.awaitTrue("signed in", d -> phone.present("#community-my-events li[data-status=PUBLISHED]")
                && phone.find("#community-my-events").getText().contains("已签到"));
        phone.screenshot(screenshots, "32-community-sign-in-phone");
        assertFalse(phone.present(".notice-error"));

        // the administrator closes the event: the sign-in is recorded as two hours of service
        browser.open("/#/m/community/events");
        browser.click(row + " button[data-action=close-event]");
        browser.find("dialog#community-close-dialog[open] button.kit-dialog-confirm").click();
        browser.awaitTrue("the event closed", d -> !browser.present(row));
        browser.find("#community-event-table tbody tr[data-status=CLOSED] button[data-action=attendees]").click();
        browser.awaitTrue("who came", d -> browser.present("#community-attendee-table tbody tr")
                && browser.find("#community-attendee-table").getText().contains("2"));
        assertFalse(browser.present(".notice-error"));

        List<String> problems = browser.consoleProblems(message -> false);
        // a member's console asks core for the dashboard's figures, which members may not read (core's 403, not this module's)
        problems.addAll(phone.consoleProblems(message -> message.contains("/api/core/statistics")));
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
    }
}
