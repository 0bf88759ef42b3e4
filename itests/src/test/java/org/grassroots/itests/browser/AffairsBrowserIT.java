package org.grassroots.itests.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Json;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 基础党务's 党小组 and minutes in headless Chromium against the shared demo district: a demo branch's group (set up
 * over HTTP) listed with its leader and members in Chinese, the plan form offering it for a 党小组会, and every held
 * meeting offering its minutes as Word. The browser console must stay free of errors.
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
