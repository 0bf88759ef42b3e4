package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Fixtures;
import org.grassroots.itests.support.Json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 基础党务's assessment over HTTP ({@link AffairsIT}): the demo year's figures (organizations graded, 述职评议 coverage,
 * capability sessions) on the district dashboard and in the module's own figures; then, on a fresh street, a 述职评议
 * round (report submitted, rated by evaluators, returned, decided by the level above; illegal steps 409 naming the
 * allowed ones), a 分类定等 round (self-assessment against the criteria, the grade decided), capability sessions scored
 * by judges and ranked (equal means share a rank). Bad input 422 naming the fields and storing nothing; the other
 * street sees nothing (404).
 */
final class AffairsAssessmentChecks {
    private static final String AFF = "/api/affairs";

    /** Creates an account of a role at a unit (and a member) and answers its client. */
    interface Accounts {
        Api create(String username, String role, Long organizationId, Long memberId);
    }

    private AffairsAssessmentChecks() {
    }

    static void demoYear(Api api, long district) {
        JsonNode f = awaitFigures(api, district);
        int graded = f.path("organizationsGraded").asInt();
        assertTrue(f.toString(), graded > 1500 && graded < f.path("partyOrganizations").asInt());
        int byGrade = 0;
        for (JsonNode n : f.path("grades")) {
            byGrade += n.asInt();
        }
        assertEquals(graded, byGrade);
        double coverage = f.path("reportCoverage").asDouble();
        assertTrue(f.toString(), coverage > 90 && coverage < 100);
        assertTrue(f.toString(), f.path("sessions").asInt() > 0 && f.path("averageScore").asDouble() >= 60);
        JsonNode report = api.get("/statistics?subtreeOf=" + district + "&year=2024").expect(200).json();
        assertEquals(graded, statistic(report, "affairs.orgGrades").path("value").asInt());
        assertEquals("五星", statistic(report, "affairs.orgGrades").path("labels").path("FIVE_STARS").path("zhCN").asText());
        assertEquals(coverage, statistic(report, "affairs.reportCoverage").path("value").asDouble(), 0.001);
        assertEquals(f.path("sessions").asInt(), statistic(report, "affairs.capabilitySessions").path("value").asInt());
        JsonNode ranking = api.get(AFF + "/sessions/ranking?unit=" + district + "&year=2024").expect(200).json();
        assertEquals(1, ranking.get(0).path("rank").asInt());
        for (int i = 1; i < ranking.size(); i++) {
            assertTrue(ranking.toString(), ranking.get(i).path("average").asDouble() <= ranking.get(i - 1).path("average").asDouble());
        }
    }

    static void workflow(Api api, Fixtures fixtures, Accounts accounts) {
        int year = LocalDate.now().getYear();
        String today = LocalDate.now().toString();
        JsonNode root = fixtures.unit(code("AXD"), null, "DISTRICT", "WORKING_COMMITTEE");
        JsonNode street = fixtures.unit(code("AXS"), id(root), "STREET", "COMMITTEE");
        JsonNode otherStreet = fixtures.unit(code("AXO"), id(root), "STREET", "COMMITTEE");
        JsonNode branch = fixtures.branch(street, "AXB");
        JsonNode second = fixtures.branch(street, "AXC");
        long[] m = new long[3];
        for (int i = 0; i < 3; i++) {
            m[i] = id(fixtures.member("述职党员" + i, id(branch)));
        }
        long other = id(fixtures.member("他街党员", id(otherStreet)));
        api.putWithoutVersion("/modules/affairs/enablement/" + id(root), Json.obj("enabled", true)).expect(200);
        Api secretary = accounts.create(code("xsec").toLowerCase(), "SECRETARY", id(branch), m[0]);
        Api admin = accounts.create(code("xadm").toLowerCase(), "UNIT_ADMIN", id(street), null);
        Api otherAdmin = accounts.create(code("xoth").toLowerCase(), "UNIT_ADMIN", id(otherStreet), null);

        // ---- rounds: the level above opens them; a grading round names its scheme and criteria
        secretary.post(AFF + "/rounds", Json.obj("kind", "REPORTS", "unitId", id(street), "year", year)).problem(403);
        admin.post(AFF + "/rounds", Json.obj("kind", "GRADING", "unitId", id(street), "year", year + 1,
                "criteria", Json.arr(Json.obj("name", "组织建设", "maxScore", 0)))).expectInvalid("year", "scheme", "criteria[0].maxScore");
        JsonNode reports = admin.post(AFF + "/rounds", Json.obj("kind", "REPORTS", "unitId", id(street), "year", year)).expect(201).json();
        assertEquals(2, reports.path("listed").asInt());
        admin.post(AFF + "/rounds", Json.obj("kind", "REPORTS", "unitId", id(street), "year", year)).problem(409);
        JsonNode grading = admin.post(AFF + "/rounds", Json.obj("kind", "GRADING", "unitId", id(street), "year", year, "scheme", "STARS",
                "criteria", Json.arr(Json.obj("name", "组织建设", "maxScore", 40), Json.obj("name", "作用发挥", "maxScore", 60)))).expect(201).json();
        assertEquals(2, grading.path("criteria").size());

        // ---- 述职评议: written and submitted by the branch, rated, returned, decided by the street
        JsonNode report = secretary.get(AFF + "/secretary-reports?unit=" + id(branch)).expect(200).json().path("items").get(0);
        assertEquals("[\"EDIT\",\"SUBMIT\"]", report.path("allowedActions").toString());
        String path = AFF + "/secretary-reports/" + id(report);
        secretary.post(path + "/submit", Json.obj("body", " "), version(report)).expectInvalid("body");
        secretary.post(path + "/submit", Json.obj("body", "一年来抓党建工作情况"), version(report) + 1).problem(409);
        report = secretary.post(path + "/submit", Json.obj("body", "一年来抓党建工作情况"), version(report)).expect(200).json();
        assertEquals("SUBMITTED", report.path("status").asText());
        JsonNode refused = secretary.post(path + "/submit", Json.obj(), version(report)).problem(409);
        assertTrue(refused.toString(), refused.path("detail").asText().contains("RATE") && refused.path("detail").asText().contains("DECIDE"));
        assertTrue(admin.get("/notifications?unread=true").expect(200).json().toString().contains("书记述职待评议"));
        admin.post(path + "/decide", Json.obj("result", "GOOD"), version(report)).problem(409);
        secretary.post(path + "/ratings", Json.obj("evaluatorId", m[1], "grade", "GOOD")).problem(403);
        admin.post(path + "/ratings", Json.obj("evaluatorId", other, "comment", " ")).expectInvalid("evaluatorId", "grade");
        admin.post(path + "/ratings", Json.obj("evaluatorId", m[1], "grade", "GOOD", "comment", "工作扎实")).expect(200);
        admin.post(path + "/ratings", Json.obj("evaluatorId", m[1], "grade", "POOR")).problem(409);
        report = admin.post(path + "/ratings", Json.obj("evaluatorId", m[2], "grade", "FAIRLY_GOOD")).expect(200).json();
        assertEquals("GOOD", report.path("suggested").asText());
        admin.post(path + "/return", Json.obj(), version(report)).expectInvalid("reason");
        report = admin.post(path + "/return", Json.obj("reason", "请补充问题清单"), version(report)).expect(200).json();
        assertTrue(secretary.get("/notifications?unread=true").expect(200).json().toString().contains("述职报告被退回"));
        report = secretary.put(path, Json.obj("body", "一年来抓党建工作情况；问题清单：……"), version(report)).expect(200).json();
        report = secretary.post(path + "/submit", Json.obj(), version(report)).expect(200).json();
        admin.post(path + "/decide", Json.obj("result", "EXCELLENT"), version(report)).problem(422);
        report = admin.post(path + "/decide", Json.obj("result", "GOOD", "reason", "同意评议意见"), version(report)).expect(200).json();
        assertEquals("DECIDED GOOD []", report.path("status").asText() + " " + report.path("result").asText() + " " + report.path("allowedActions"));
        otherAdmin.get(path).problem(404);
        otherAdmin.get(AFF + "/secretary-reports?unit=" + id(street)).problem(404);
        admin.post(AFF + "/rounds/" + id(reports) + "/close", Json.obj(), version(admin.get(AFF + "/rounds/" + id(reports)).expect(200).json()))
                .problem(409);

        // ---- 分类定等: the branch assesses itself against the criteria; the street decides the grade
        JsonNode g = secretary.get(AFF + "/gradings?unit=" + id(branch)).expect(200).json().path("items").get(0);
        long first = g.path("scores").get(0).path("criterionId").asLong();
        long last = g.path("scores").get(1).path("criterionId").asLong();
        String gPath = AFF + "/gradings/" + id(g);
        secretary.post(gPath + "/assess", Json.obj("scores", Json.arr(Json.obj("criterionId", first, "score", 41))), version(g))
                .expectInvalid("scores[0].score", "scores");
        g = secretary.post(gPath + "/assess", Json.obj("scores", Json.arr(Json.obj("criterionId", first, "score", 35),
                Json.obj("criterionId", last, "score", 50))), version(g)).expect(200).json();
        assertEquals("85 FOUR_STARS", g.path("selfTotal").asInt() + " " + g.path("proposed").asText());
        secretary.post(gPath + "/decide", Json.obj("grade", "FOUR_STARS"), version(g)).problem(403);
        admin.post(gPath + "/decide", Json.obj("grade", "ADVANCED"), version(g)).expectInvalid("grade");
        g = admin.post(gPath + "/decide", Json.obj("grade", "FOUR_STARS"), version(g)).expect(200).json();
        assertEquals("DECIDED", g.path("status").asText());
        admin.post(gPath + "/assess", Json.obj(), version(g)).problem(409);
        JsonNode figures = admin.get(AFF + "/rounds/figures?unit=" + id(street) + "&year=" + year).expect(200).json();
        assertEquals(figures.toString(), "1 1 1 3 33.3", figures.path("organizationsGraded").asInt() + " " + figures.path("grades").path("FOUR_STARS").asInt()
                + " " + figures.path("reportsDecided").asInt() + " " + figures.path("partyOrganizations").asInt() + " " + figures.path("reportCoverage").asDouble());

        // ---- 上讲台、亮功夫: sessions scored by judges, all scores of a request or none, ranked per period
        secretary.post(AFF + "/sessions", Json.obj("organizationId", id(branch), "presenterId", other, "topic", " ",
                "heldOn", LocalDate.now().plusDays(1).toString())).expectInvalid("presenterId", "topic", "heldOn");
        long[] sessions = new long[3];
        for (int i = 0; i < 3; i++) {
            sessions[i] = id(secretary.post(AFF + "/sessions", Json.obj("organizationId", id(branch), "presenterId", m[i],
                    "topic", "党务实务第" + (i + 1) + "讲", "heldOn", today)).expect(201).json());
        }
        secretary.post(AFF + "/sessions/" + sessions[0] + "/scores", Json.arr(Json.obj("judgeId", m[1], "score", 90),
                Json.obj("judgeId", m[0], "score", 80), Json.obj("judgeId", m[2], "score", 101))).expectInvalid("[1].judgeId", "[2].score");
        assertEquals(0, secretary.get(AFF + "/sessions/" + sessions[0]).expect(200).json().path("scores").size());
        JsonNode scored = secretary.post(AFF + "/sessions/" + sessions[0] + "/scores", Json.arr(Json.obj("judgeId", m[1], "score", 90),
                Json.obj("judgeId", m[2], "score", 85))).expect(200).json();
        assertEquals(87.5, scored.path("average").asDouble(), 0.001);
        secretary.post(AFF + "/sessions/" + sessions[1] + "/scores", Json.arr(Json.obj("judgeId", m[0], "score", 80),
                Json.obj("judgeId", m[2], "score", 95))).expect(200);
        secretary.post(AFF + "/sessions/" + sessions[2] + "/scores", Json.arr(Json.obj("judgeId", m[0], "score", 70))).expect(200);
        secretary.post(AFF + "/sessions/" + sessions[2] + "/scores", Json.arr(Json.obj("judgeId", m[0], "score", 75))).expectInvalid("judgeId");
        JsonNode ranking = admin.get(AFF + "/sessions/ranking?unit=" + id(street) + "&year=" + year).expect(200).json();
        StringBuilder ranks = new StringBuilder();
        ranking.forEach(r -> ranks.append(r.path("rank").asInt()));
        assertEquals(ranking.toString(), "113", ranks.toString());
        otherAdmin.get(AFF + "/sessions/" + sessions[0]).problem(404);
        assertEquals(3, admin.get(AFF + "/rounds/figures?unit=" + id(street) + "&year=" + year).expect(200).json().path("sessions").asInt());
    }

    static JsonNode awaitFigures(Api api, long district) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        Api.Response last = null;
        while (System.nanoTime() < deadline) {
            last = api.get(AFF + "/rounds/figures?unit=" + district + "&year=2024");
            if (last.status() == 200 && last.json().path("reportsListed").asInt() > 0) {
                return last.json();
            }
            Api.sleep(2000);
        }
        throw new AssertionError("the assessment demo year did not appear: " + last);
    }

    static long version(JsonNode record) {
        return record.path("version").asLong();
    }

    static JsonNode statistic(JsonNode report, String id) {
        for (JsonNode module : report.path("modules")) {
            for (JsonNode s : module.path("statistics")) {
                if (id.equals(s.path("id").asText())) {
                    return s;
                }
            }
        }
        throw new AssertionError("no statistic " + id + " in " + report);
    }
}
