package org.grassroots.itests.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * 党员教育's pages in headless Chromium against a district with the demo data: the sites list in Chinese (no raw
 * codes), the district rejecting the demo's proposed site through the dialog, the four routes with their stops, the
 * sessions with the attendance dialog recording the planned session as held, the compliance page and the module's
 * dashboard (28 sites, 4 routes). The browser console must stay free of errors.
 * Drives the browser tests' shared district ({@link ConsoleDistrict}).
 */
public class EducationBrowserIT extends SharedDistrictBrowserTest {

    @Test
    public void theDistrictReviewsSitesRunsSessionsAndSeesItsFigures() {
        district();
        signInAsAdministrator();

        browser.open("/#/m/education/dashboard");
        browser.awaitTrue("the demo figures", d -> browser.present("#edu-kpis") && browser.find("#edu-kpis").getText().contains("28"));
        String kpis = browser.find("#edu-kpis").getText();
        assertTrue(kpis, kpis.contains("实践教学点") && kpis.contains("28") && kpis.contains("精品路线") && kpis.contains("4"));
        browser.screenshot(screenshots, "20-education-dashboard");

        browser.open("/#/m/education/sites");
        WebElement table = browser.find("#edu-site-table");
        browser.awaitTrue("sites listed", d -> browser.all("#edu-site-table tbody tr").size() >= 20);
        String text = table.getText();
        assertTrue(text, text.contains("红色文化") && text.contains("已通过"));
        for (String code : List.of("APPROVED", "PROPOSED", "RED_CULTURE", "PARTY_SERVICE")) {
            assertFalse(code + " shown raw", text.contains(code));
        }
        browser.screenshot(screenshots, "21-education-sites");
        // the demo's proposed site: the district rejects it with a reason
        new Select(browser.find("#edu-site-status")).selectByValue("PROPOSED");
        browser.find("form[role=search] button[type=submit]").click();
        browser.awaitTrue("the proposed site only", d -> browser.all("#edu-site-table tbody tr[data-status=PROPOSED]").size() == 1
                && browser.all("#edu-site-table tbody tr").size() == 1);
        browser.find("#edu-site-table button[data-action=reject]").click();
        browser.find("dialog#edu-reject-dialog[open] textarea[name=reason]").sendKeys("请补充现场教学内容");
        browser.find("dialog#edu-reject-dialog button[type=submit]").click();
        browser.awaitGone("dialog#edu-reject-dialog");
        browser.awaitTrue("the site rejected", d -> browser.all("#edu-site-table tbody tr").isEmpty()
                || browser.present("#edu-site-table .kit-empty"));

        browser.open("/#/m/education/routes");
        browser.awaitTrue("four routes", d -> browser.all("section.panel[data-route]").size() == 4);
        assertTrue(browser.find("section.panel[data-route]").getText().contains("已发布"));
        browser.screenshot(screenshots, "22-education-routes");

        browser.open("/#/m/education/sessions");
        browser.find("#edu-session-table");
        browser.awaitTrue("a planned session", d -> browser.present("#edu-session-table tr[data-status=PLANNED] button[data-action=hold]"));
        browser.find("#edu-session-table tr[data-status=PLANNED] button[data-action=hold]").click();
        browser.find("dialog#edu-attendance-dialog[open] select");
        browser.screenshot(screenshots, "23-education-attendance");
        browser.find("dialog#edu-attendance-dialog button[type=submit]").click();
        browser.awaitGone("dialog#edu-attendance-dialog");
        browser.awaitTrue("no session planned any more", d -> !browser.present("#edu-session-table tr[data-status=PLANNED]"));

        browser.open("/#/m/education/hours");
        browser.find("#edu-requirement");
        browser.awaitTrue("the requirement shown", d -> browser.find("#edu-requirement").getText().contains("32"));
        browser.find("#edu-compliance-table tbody tr");
        browser.screenshot(screenshots, "24-education-hours");
        assertFalse(browser.present(".notice-error"));

        browser.open("/#/m/education/points");
        browser.awaitTrue("the point rules", d -> browser.present("#edu-point-rule-table tbody tr[data-source=SESSION]"));
        String rules = browser.find("#edu-point-rule-table").getText();
        assertTrue(rules, rules.contains("集中培训") && rules.contains("自学") && !rules.contains("SELF_STUDY"));
        browser.screenshot(screenshots, "25-education-points");
        assertFalse(browser.present(".notice-error"));

        List<String> problems = browser.consoleProblems(message -> false);
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
        assertEquals(0, problems.size());
    }
}
