package org.grassroots.itests.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Json;
import org.junit.Test;
import org.openqa.selenium.Keys;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 基础党务's 党小组 and minutes in headless Chromium against the shared demo district: a demo branch's group (set up
 * over HTTP) listed with its leader and members in Chinese, the plan form offering it for a 党小组会, and every held
 * meeting offering its minutes as Word; the 换届 page and a unit's term in core's organization panel; the assessment pages
 * (述职评议, 分类定等, 上讲台). The browser console must stay free of errors.
 */
public class AffairsBrowserIT extends SharedDistrictBrowserTest {
    private static final Set<String> BRANCHES = Set.of("BRANCH", "JOINT_BRANCH", "GENERAL_BRANCH");

    @Test
    public void aBranchsPartyGroupIsListedAndHeldMeetingsOfferTheirMinutes() {
        Api admin = api.basic(Credentials.USERNAME, Credentials.password(api));
        long district = district();
        JsonNode group = groupOfADemoBranch(admin, district);

        signInAsAdministrator();

        browser.open("/#/m/affairs/groups");
        browser.awaitTrue("the group listed", d -> browser.present("#aff-group-table")
                && browser.find("#aff-group-table").getText().contains("第一党小组"));
        String groups = browser.find("#aff-group-table").getText();
        assertTrue(groups, groups.contains("组长") && groups.contains(group.path("leaderName").asText())
                && groups.contains(group.path("organizationName").asText()));
        browser.find("#aff-group-form");
        browser.screenshot(screenshots, "48-affairs-groups");

        browser.open("/#/m/affairs/meetings");
        browser.find("#aff-meeting-table tbody tr");
        browser.awaitTrue("the minutes of held meetings", d -> browser.present("#aff-meeting-table button[data-action=MINUTES]"));
        assertTrue(browser.find("#aff-meeting-table button[data-action=MINUTES]").getText().contains("会议记录"));
        browser.awaitTrue("the group offered for a 党小组会", d -> browser.present("#aff-plan-group option[value='" + group.path("id").asLong() + "']"));
        assertFalse(browser.present(".notice-error"));

        List<String> problems = browser.consoleProblems(message -> false);
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
    }

    /**
     * 换届: the terms page in Chinese (the counts, the terms with their standing by label, never a code) and the unit
     * details panel of core's organization page showing a demo organization's term dates.
     */
    @Test
    public void theTermsPageAndTheUnitPanelShowTheTerms() {
        Api admin = api.basic(Credentials.USERNAME, Credentials.password(api));
        long district = district(); // settled: every module's demo part, the terms included, is written
        JsonNode term = null;
        // a term of an organization whose name is its own (demo names like 第一党支部 repeat across communities)
        for (JsonNode t : admin.get("/api/affairs/terms?unit=" + district + "&size=50").expect(200).json().path("items")) {
            String name = URLEncoder.encode(t.path("organizationName").asText(), StandardCharsets.UTF_8);
            if (admin.get("/organizations?name=" + name + "&size=2").expect(200).json().path("total").asInt() == 1) {
                term = t;
                break;
            }
        }
        assertTrue("no demo term of an organization with a name of its own", term != null);
        JsonNode chosen = term;
        signInAsAdministrator();

        browser.open("/#/m/affairs/terms");
        browser.find("#aff-term-kpis");
        browser.find("#aff-term-table tbody tr");
        String page = browser.find("#page").getText();
        assertTrue(page, page.contains("逾期未换届") && page.contains("届满日期") && page.contains("书记"));
        for (String code : List.of("OVERDUE", "CURRENT", "DUE", "SECRETARY", "GENERAL_MEETING")) {
            assertFalse(code + " shown raw:\n" + page, page.contains(code));
        }
        browser.find("#aff-el-form");
        browser.screenshot(screenshots, "50-affairs-terms");

        browser.open("/#/organizations");
        browser.find("#org-search").sendKeys(chosen.path("organizationName").asText(), Keys.ENTER);
        browser.findWithText("#org-results button.result", chosen.path("organizationName").asText()).click();
        browser.awaitTrue("the term's dates in the unit panel", d -> browser.present("#record-term-dates")
                && browser.find("#record-term-dates").getText().contains(chosen.path("startedOn").asText().substring(0, 4))
                && browser.find("#record-term-dates").getText().contains(chosen.path("endsOn").asText().substring(0, 4)));
        assertTrue(browser.find("#record-affairs-terms").getText().contains("任期与换届"));
        assertFalse(browser.present(".notice-error"));
        List<String> problems = browser.consoleProblems(message -> false);
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
    }

    /**
     * 书记述职评议, 分类定等 and 上讲台、亮功夫 on the demo year: the coverage and results, the grade distribution and the
     * sessions' ranking in Chinese, every code shown by its label.
     */
    @Test
    public void theAssessmentPagesShowTheDemoYearInChinese() {
        Api admin = api.basic(Credentials.USERNAME, Credentials.password(api));
        long district = district(); // settled: every module's demo part, the assessment's included, is written
        assertTrue(admin.get("/api/affairs/rounds/figures?unit=" + district + "&year=2024").expect(200).json()
                .path("reportsListed").asInt() > 0);
        signInAsAdministrator();
        browser.open("/#/m/affairs/assessment?year=2024");
        browser.awaitTrue("the reports listed", d -> browser.present("#aff-report-table tbody tr[data-report]")
                && browser.present("#aff-report-kpis"));
        String page = browser.find("#app").getText();
        assertTrue(page, page.contains("述职评议覆盖率") && page.contains("已评定") && page.contains("较好") && !page.contains("DECIDED"));
        browser.screenshot(screenshots, "50-affairs-assessment");

        browser.open("/#/m/affairs/grading?year=2024");
        browser.awaitTrue("the grade distribution", d -> browser.present("#aff-grade-distribution")
                && browser.present("#aff-grading-table tbody tr[data-grading]"));
        String grades = browser.find("#aff-grade-distribution").getText();
        assertTrue(grades, grades.contains("五星") && grades.contains("先进") && !grades.contains("FIVE_STARS"));

        browser.open("/#/m/affairs/sessions?year=2024");
        browser.awaitTrue("the ranking", d -> browser.present("#aff-session-ranking tbody tr"));
        assertTrue(browser.find("#aff-session-ranking").getText().contains("平均分"));
        assertFalse(browser.present(".notice-error"));
        List<String> problems = browser.consoleProblems(message -> false);
        assertTrue("the browser console reported:\n" + String.join("\n", problems), problems.isEmpty());
    }

    /** A demo branch's 第一党小组 of two of its own members (created once; the suite's district lives for the run). */
    private static JsonNode groupOfADemoBranch(Api admin, long district) {
        for (JsonNode member : admin.get("/members?subtreeOf=" + district + "&size=100").expect(200).json().path("items")) {
            long org = member.path("organizationId").asLong();
            if (!BRANCHES.contains(admin.get("/organizations/" + org).expect(200).json().path("partyOrgType").asText())) {
                continue;
            }
            List<Long> own = new ArrayList<>();
            for (JsonNode m : admin.get("/members?subtreeOf=" + org + "&size=20").expect(200).json().path("items")) {
                if (m.path("organizationId").asLong() == org) {
                    own.add(m.path("id").asLong());
                }
            }
            if (own.size() < 2) {
                continue;
            }
            JsonNode listed = admin.get("/api/affairs/groups?unit=" + org).expect(200).json();
            if (listed.size() > 0) {
                return listed.get(0);
            }
            JsonNode created = admin.post("/api/affairs/groups", Json.obj("organizationId", org, "name", "第一党小组",
                    "leaderId", own.get(0), "memberIds", Json.arr(own.get(0), own.get(1)))).expect(201).json();
            assertEquals(2, created.path("members").size());
            return created;
        }
        throw new AssertionError("no demo branch with two members of its own");
    }
}
