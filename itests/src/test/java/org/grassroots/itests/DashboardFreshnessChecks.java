package org.grassroots.itests;

import static org.grassroots.itests.AffairsAssessmentChecks.statistic;
import static org.grassroots.itests.support.Fixtures.id;
import static org.grassroots.itests.support.Fixtures.version;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Fixtures;
import org.grassroots.itests.support.Json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dashboard's figures come from the platform's cache while nothing changed, and reflect a change on the very next
 * request after the write was acknowledged: through core's API (a member created, then transferred out) and through
 * three modules' APIs (affairs, education, position). Each module's entry says what its figures cost and whether they
 * came from the cache.
 */
final class DashboardFreshnessChecks {
    private DashboardFreshnessChecks() {
    }

    static void run(Api api, Fixtures fixtures) {
        int year = LocalDate.now().getYear();
        JsonNode root = fixtures.root("DFR");
        JsonNode branch = fixtures.branch(root, "DFA");
        JsonNode other = fixtures.branch(root, "DFB");
        for (String module : List.of("affairs", "education", "position")) {
            api.putWithoutVersion("/modules/" + module + "/enablement/" + id(root), Json.obj("enabled", true)).expect(200);
        }
        long[] members = new long[3];
        for (int i = 0; i < 3; i++) {
            members[i] = id(fixtures.member("看板党员" + i, id(branch)));
        }
        String dashboard = "/statistics?subtreeOf=" + id(branch) + "&year=" + year;

        // ---- unchanged data: the second request is answered from the cache, with the first one's figures and cost
        JsonNode first = api.get(dashboard).expect(200).json();
        JsonNode second = api.get(dashboard).expect(200).json();
        assertTrue(second.toString(), second.path("modules").size() >= 4);
        for (int i = 0; i < second.path("modules").size(); i++) {
            JsonNode was = first.path("modules").get(i);
            JsonNode is = second.path("modules").get(i);
            assertTrue(is.toString(), is.path("cached").asBoolean());
            assertEquals(was.path("statistics"), is.path("statistics"));
            assertEquals(was.path("costMillis").asDouble(), is.path("costMillis").asDouble(), 0.0);
            assertTrue(was.toString(), was.path("costMillis").asDouble() > 0);
        }
        double onRoll = value(second, "core.members.by-status");
        assertEquals(3, onRoll, 0.0);

        // ---- core: a member created, then transferred to the other branch
        JsonNode member = fixtures.member("看板新党员", id(branch));
        assertEquals(4, value(fresh(api, dashboard, "core"), "core.members.by-status"), 0.0);
        api.post("/members/" + id(member) + "/transfer", Json.obj("toOrganizationId", id(other),
                "transferredOn", LocalDate.now().toString(), "reason", "工作调动", "version", version(member))).expect(200);
        assertEquals(3, value(fresh(api, dashboard, "core"), "core.members.by-status"), 0.0);
        assertTrue(cached(api.get(dashboard).expect(200).json(), "affairs"));

        // ---- affairs: a branch meeting held with every member present counts as held
        double meetings = value(api.get(dashboard).expect(200).json(), "affairs.meetings");
        JsonNode meeting = api.post("/api/affairs/meetings", Json.obj("organizationId", id(branch), "type",
                "BRANCH_GENERAL", "title", "看板支部党员大会", "plannedOn", LocalDate.now().toString())).expect(201).json();
        api.post("/api/affairs/meetings/" + id(meeting) + "/hold", Json.obj("heldOn", LocalDate.now().toString(),
                "chairMemberId", members[0], "recorderMemberId", members[1],
                "presentMemberIds", Json.arr(members[0], members[1], members[2])), version(meeting)).expect(200);
        assertEquals(meetings + 1, value(fresh(api, dashboard, "affairs"), "affairs.meetings"), 0.0);

        // ---- education: a practice site proposed and approved counts as a site
        double sites = value(api.get(dashboard).expect(200).json(), "education.sites");
        JsonNode site = api.post("/api/education/sites", Json.obj("unitId", id(branch), "name", "看板教学点",
                "category", "RED_CULTURE", "address", "看板路1号", "capacity", 40, "contactPhone", "0531-88886666"))
                .expect(201).json();
        assertEquals(sites, value(fresh(api, dashboard, "education"), "education.sites"), 0.0);
        api.post("/api/education/sites/" + id(site) + "/approve", Json.obj(), version(site)).expect(200);
        assertEquals(sites + 1, value(fresh(api, dashboard, "education"), "education.sites"), 0.0);

        // ---- position: a position registered at the branch's community
        double positions = value(api.get(dashboard).expect(200).json(), "position.positions");
        api.post("/api/position/positions", Json.obj("organizationId", id(branch), "name", "看板党群服务中心",
                "level", "VILLAGE_COMMUNITY", "status", "IN_USE")).expect(201);
        JsonNode after = fresh(api, dashboard, "position");
        assertEquals(positions + 1, value(after, "position.positions"), 0.0);
        assertTrue("a write of position leaves the other modules' figures cached", cached(after, "education"));
    }

    /** The next report, in which {@code module}'s figures were computed again, not answered from the cache. */
    private static JsonNode fresh(Api api, String dashboard, String module) {
        JsonNode report = api.get(dashboard).expect(200).json();
        assertFalse(report.toString(), cached(report, module));
        return report;
    }

    private static boolean cached(JsonNode report, String module) {
        for (JsonNode m : report.path("modules")) {
            if (module.equals(m.path("module").asText())) {
                return m.path("cached").asBoolean();
            }
        }
        throw new AssertionError("no module " + module + " in " + report);
    }

    private static double value(JsonNode report, String id) {
        return statistic(report, id).path("value").asDouble();
    }
}
