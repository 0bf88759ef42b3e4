package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.grassroots.itests.support.Fixtures.version;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Fixtures;
import org.grassroots.itests.support.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 换届 for {@link AffairsIT} (its own class: the IT is long already): the demo district's terms on the demo year's last
 * day (some due, a few overdue, the year's re-elections and their figure, branches without a committee); then, on a
 * fresh subtree, a branch's first election as its secretary (bad input 422, 差额, the committee and core's secretary),
 * the term gone overdue, a delayed election refused (409) until the street approves the branch's request (the branch's
 * own administrator 403, another street 404, a second decision 409), an election without four fifths present recorded
 * as invalid, the valid one starting the next term, the year's figure, and a committee's current term recorded as it
 * stands.
 */
final class AffairsTermsChecks {
    private static final String AFF = "/api/affairs";
    private static final String TEMPORARY = "Temp-Password-0001";
    private static final String CHOSEN = "Chosen-Passw0rd-2026";

    /** Creates a signed-in account (AffairsIT's helper). */
    interface Accounts {
        Api account(String username, String role, Long organizationId, Long memberId);
    }

    private AffairsTermsChecks() {
    }

    /** Creates an account with a temporary password, signs in once to replace it, returns a Basic client. */
    static Api account(Api api, String username, String role, Long organizationId, Long memberId) {
        api.post("/api/auth/accounts", Json.obj("username", username, "displayName", username, "roles", Json.arr(role),
                "organizationId", organizationId, "memberId", memberId, "password", TEMPORARY)).expect(201);
        api.signIn(username, TEMPORARY).post("/api/auth/password", Json.obj("currentPassword", TEMPORARY,
                "newPassword", CHOSEN)).expect(204);
        return api.basic(username, CHOSEN);
    }

    /** The demo's terms (written after the module's year, {@code affairsYear}: awaited here). */
    static void demo(Api api, long district, JsonNode affairsYear) {
        assertTrue(affairsYear.toString(), affairsYear.path("membersEvaluated").asInt() > 0);
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        JsonNode s = api.get(AFF + "/terms/summary?unit=" + district + "&on=2024-12-31").expect(200).json();
        while (s.path("terms").asInt() == 0 && System.nanoTime() < deadline) {
            Api.sleep(2000);
            s = api.get(AFF + "/terms/summary?unit=" + district + "&on=2024-12-31").expect(200).json();
        }
        assertTrue(s.toString(), s.path("terms").asInt() > 1000 && s.path("terms").asInt() <= s.path("organizations").asInt());
        assertTrue(s.toString(), s.path("due").asInt() > 50 && s.path("overdue").asInt() > 10
                && s.path("overdue").asInt() < s.path("due").asInt());
        JsonNode overdue = api.get(AFF + "/terms?unit=" + district + "&status=OVERDUE&on=2024-12-31&size=5").expect(200).json();
        assertEquals(s.path("overdue").asInt(), overdue.path("total").asInt());
        assertEquals("OVERDUE", overdue.path("items").get(0).path("status").asText());
        JsonNode report = api.get("/statistics?subtreeOf=" + district + "&year=2024").expect(200).json();
        JsonNode figure = AffairsAssessmentChecks.statistic(report, "affairs.reelections");
        assertEquals(s.path("overdue").asInt(), figure.path("breakdown").path("overdue").asInt());
        assertEquals("逾期未换届", figure.path("labels").path("overdue").path("zhCN").asText());
        JsonNode elections = api.get(AFF + "/elections?unit=" + district + "&year=2024").expect(200).json();
        assertEquals(figure.path("breakdown").path("elected").asInt(), elections.size());
        assertTrue(elections.toString(), elections.size() > 100 && elections.get(0).path("valid").asBoolean()
                && elections.get(0).path("candidates").size() > elections.get(0).path("seats").asInt());
        JsonNode gaps = api.get(AFF + "/terms/committees?unit=" + district).expect(200).json();
        assertEquals(s.path("withoutCommittee").asInt(), gaps.size());
        assertTrue(gaps.toString(), gaps.size() > 0 && gaps.get(0).path("fullMembers").asInt() >= 7);
    }

    static void fresh(Api api, Fixtures fixtures, Accounts accounts) {
        LocalDate today = LocalDate.now();
        JsonNode root = fixtures.unit(code("TMD"), null, "DISTRICT", "WORKING_COMMITTEE");
        JsonNode street = fixtures.unit(code("TMS"), id(root), "STREET", "COMMITTEE");
        JsonNode otherStreet = fixtures.unit(code("TMO"), id(root), "STREET", "COMMITTEE");
        JsonNode branch = fixtures.branch(street, "TMB");
        long[] m = new long[8];
        for (int i = 0; i < m.length; i++) {
            m[i] = id(fixtures.member("委员" + i, id(branch)));
        }
        api.putWithoutVersion("/modules/affairs/enablement/" + id(root), Json.obj("enabled", true)).expect(200);
        Api secretary = accounts.account(code("tsec").toLowerCase(), "SECRETARY", id(branch), m[0]);
        Api streetAdmin = accounts.account(code("tadm").toLowerCase(), "UNIT_ADMIN", id(street), null);
        Api branchAdmin = accounts.account(code("tbra").toLowerCase(), "UNIT_ADMIN", id(branch), null);
        Api otherAdmin = accounts.account(code("toth").toLowerCase(), "UNIT_ADMIN", id(otherStreet), null);
        // a branch of 8 full members without a committee is flagged
        assertEquals(id(branch), api.get(AFF + "/terms/committees?unit=" + id(root)).expect(200).json().get(0).path("organizationId").asLong());

        // ---- the first election, five years and a month ago (a community's term is five years)
        secretary.post(AFF + "/elections", Json.obj("organizationId", id(branch))).expectInvalid("heldOn", "method", "present", "seats");
        LocalDate first = today.minusYears(5).minusMonths(1);
        secretary.post(AFF + "/elections", election(id(branch), first, 7, 3, m, 0, 3)).expectInvalid("candidates");
        JsonNode e1 = secretary.post(AFF + "/elections", election(id(branch), first, 7, 3, m, 0, 4)).expect(201).json();
        assertTrue(e1.toString(), e1.path("valid").asBoolean());
        assertEquals("FIRST", e1.path("timing").asText());
        assertEquals(8, e1.path("entitled").asInt());
        JsonNode term = api.get(AFF + "/terms/" + e1.path("termId").asLong()).expect(200).json();
        assertEquals(first.plusYears(5).toString(), term.path("endsOn").asText());
        assertEquals("OVERDUE", term.path("status").asText());
        assertEquals(3, term.path("members").size());
        assertEquals("SECRETARY", term.path("members").get(0).path("post").asText());
        assertEquals(m[1], term.path("secretaryId").asLong());
        assertEquals(m[1], api.get("/organizations/" + id(branch)).expect(200).json().path("secretaryId").asLong());
        assertEquals(0, api.get(AFF + "/terms/committees?unit=" + id(root)).expect(200).json().size());
        otherAdmin.get(AFF + "/terms/" + id(term)).problem(404);
        otherAdmin.get(AFF + "/elections/" + id(e1)).problem(404);

        // ---- a delayed election needs the level above's approval: 409 naming the request, nothing stored
        JsonNode refused = secretary.inLanguage("zh-CN").post(AFF + "/elections", election(id(branch), today, 7, 3, m, 4, 4)).problem(409);
        assertTrue(refused.toString(), refused.path("detail").asText().contains("延期换届"));
        assertEquals(1, api.get(AFF + "/elections?unit=" + id(root) + "&year=" + first.getYear()).expect(200).json().size());
        secretary.post(AFF + "/terms/" + id(term) + "/requests", Json.obj("kind", "DELAYED", "plannedOn", first.toString(), "reason", " "))
                .expectInvalid("plannedOn", "reason");
        JsonNode request = secretary.post(AFF + "/terms/" + id(term) + "/requests", Json.obj("kind", "DELAYED",
                "plannedOn", today.plusDays(7).toString(), "reason", "村居合并，待新社区党组织设立后换届")).expect(201).json();
        assertEquals("REQUESTED", request.path("status").asText());
        secretary.post(AFF + "/terms/" + id(term) + "/requests", Json.obj("kind", "DELAYED",
                "plannedOn", today.plusDays(8).toString(), "reason", "再次请示")).problem(409);
        String decide = AFF + "/terms/requests/" + id(request) + "/approve";
        secretary.post(decide, Json.obj(), version(request)).problem(403);
        branchAdmin.post(decide, Json.obj(), version(request)).problem(403);
        otherAdmin.post(decide, Json.obj(), version(request)).problem(404);
        JsonNode approved = streetAdmin.post(decide, Json.obj("note", "同意"), version(request)).expect(200).json();
        assertEquals("APPROVED", approved.path("status").asText());
        streetAdmin.post(AFF + "/terms/requests/" + id(request) + "/refuse", Json.obj(), version(approved)).problem(409);

        // ---- six of eight present is not more than four fifths: recorded as invalid, the term runs on
        JsonNode invalid = secretary.post(AFF + "/elections", election(id(branch), today, 6, 3, m, 4, 4)).expect(201).json();
        assertFalse(invalid.toString(), invalid.path("valid").asBoolean());
        assertTrue(invalid.path("termId").isNull());
        // a post for a candidate not elected is refused
        ObjectNode bad = election(id(branch), today, 7, 3, m, 4, 4);
        ((ArrayNode) bad.get("posts")).add(Json.obj("memberId", m[7], "post", "PROPAGANDA"));
        secretary.post(AFF + "/elections", bad).expectInvalid("posts[2].memberId");
        JsonNode e2 = secretary.post(AFF + "/elections", election(id(branch), today, 7, 3, m, 4, 4)).expect(201).json();
        assertTrue(e2.path("valid").asBoolean());
        assertEquals("DELAYED", e2.path("timing").asText());
        assertEquals(id(request), e2.path("requestId").asLong());
        assertEquals(m[5], api.get("/organizations/" + id(branch)).expect(200).json().path("secretaryId").asLong());
        JsonNode history = api.get(AFF + "/terms/history?organization=" + id(branch)).expect(200).json();
        assertEquals(2, history.size());
        assertEquals("CURRENT", history.get(0).path("status").asText());
        assertEquals(today.toString(), history.get(1).path("endedOn").asText());
        JsonNode figure = AffairsAssessmentChecks.statistic(api.get("/statistics?subtreeOf=" + id(root) + "&year=" + today.getYear()).expect(200).json(),
                "affairs.reelections");
        assertEquals(1, figure.path("breakdown").path("elected").asInt());

        // ---- the street's committee, elected before the platform: its current term recorded as it stands, once
        secretary.post(AFF + "/terms", Json.obj("organizationId", id(street))).problem(404);
        streetAdmin.post(AFF + "/terms", Json.obj("organizationId", id(street), "startedOn", today.minusYears(2).toString(),
                "committee", Json.arr(Json.obj("memberId", m[0], "post", "SECRETARY"), Json.obj("memberId", m[1], "post", "SECRETARY"))))
                .expectInvalid("committee");
        JsonNode streetTerm = streetAdmin.post(AFF + "/terms", Json.obj("organizationId", id(street), "startedOn", today.minusYears(2).toString(),
                "committee", Json.arr(Json.obj("memberId", m[0], "post", "SECRETARY"), Json.obj("memberId", m[1], "post", "DEPUTY_SECRETARY"),
                        Json.obj("memberId", m[2], "post", "ORGANIZATION")))).expect(201).json();
        assertEquals(today.plusYears(3).toString(), streetTerm.path("endsOn").asText());
        assertTrue(streetTerm.path("committee").asBoolean());
        streetAdmin.post(AFF + "/terms", Json.obj("organizationId", id(street), "startedOn", today.minusYears(1).toString(),
                "committee", Json.arr(Json.obj("memberId", m[0], "post", "SECRETARY")))).problem(409);
        JsonNode summary = api.get(AFF + "/terms/summary?unit=" + id(root)).expect(200).json();
        assertEquals(2, summary.path("terms").asInt());
        assertEquals(4, summary.path("organizations").asInt());
        assertEquals(2, summary.path("withoutTerm").asInt());
    }

    /**
     * An election of the branch: {@code present} of its 8 full members, {@code seats} seats, candidates m[from] …
     * m[from + count - 1], the first three elected (more than half of those present), m[from + 1] the secretary and
     * m[from] the organization member.
     */
    private static ObjectNode election(long org, LocalDate day, int present, int seats, long[] m, int from, int count) {
        ArrayNode candidates = Json.arr();
        for (int i = 0; i < count; i++) {
            candidates.add(Json.obj("memberId", m[from + i], "votes", i < 3 ? present - i : 1));
        }
        return Json.obj("organizationId", org, "heldOn", day.toString(), "method", "GENERAL_MEETING", "present", present, "seats", seats,
                "candidates", candidates, "posts", Json.arr(Json.obj("memberId", m[from + 1], "post", "SECRETARY"),
                        Json.obj("memberId", m[from], "post", "ORGANIZATION")));
    }
}
