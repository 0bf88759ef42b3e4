package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.KarafShell;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 榜样典型培树 end to end on the district distribution with the demo data: a community secretary registers a role
 * model of a grid and takes it through 发现 → 培养 → 宣传 → 学习 (steps out of order answer 409 naming the allowed
 * one; publicizing needs a tracking record and a publicity item, learning a learning activity); the recommendation
 * goes up the tree level by level (community → street → district), is returned once with a reason, and ends
 * approved at district level (its tier); the district assigns a contact point (overlaps and periods ending before
 * they start refused) with a contact record; service records; the figures count it; another street sees nothing;
 * a unit without the module is refused; the demo reproduces the report's 41 contact points and the "十百千" tiers;
 * the module is uninstalled and reinstalled with its data. Award campaigns: {@link RoleModelAwardsTests}, run
 * in this class's container.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RoleModelIT extends RoleModelAwardsTests {

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] configuration() {
        return District.configurationWithDemoOf("rolemodel");
    }

    @Test
    public void aModelIsCultivatedRecommendedLevelByLevelAndCounted() throws Exception {
        int year = LocalDate.now().getYear();
        LocalDate today = LocalDate.now();
        JsonNode district = fixtures.unit(code("RMD"), null, "DISTRICT", "WORKING_COMMITTEE");
        JsonNode street = fixtures.unit(code("RMS"), id(district), "STREET", "WORKING_COMMITTEE");
        JsonNode community = fixtures.unit(code("RMC"), id(street), "COMMUNITY", "BRANCH");
        JsonNode grid = fixtures.unit(code("RMG"), id(community), "GRID", "BRANCH");
        JsonNode otherStreet = fixtures.unit(code("RMO"), id(district), "STREET", "WORKING_COMMITTEE");
        JsonNode off = fixtures.unit(code("RMX"), null, "STREET", "WORKING_COMMITTEE");
        api.putWithoutVersion("/modules/rolemodel/enablement/" + id(district), Json.obj("enabled", true)).expect(200);
        JsonNode hero = fixtures.member("先锋甲", id(grid));
        JsonNode leader = fixtures.member("区领导乙", id(community));
        Api secretary = account(code("rsec").toLowerCase(), "SECRETARY", id(community));
        Api streetAdmin = account(code("radm").toLowerCase(), "UNIT_ADMIN", id(street));
        Api districtAdmin = account(code("rdis").toLowerCase(), "DISTRICT_ADMIN", id(district));
        Api otherAdmin = account(code("roth").toLowerCase(), "UNIT_ADMIN", id(otherStreet));

        // ---- bad input is refused with every field named, and nothing is stored
        secretary.post(RM + "/models", Json.obj("subjectKind", "MEMBER")).expectInvalid("memberId", "field", "year", "deeds");
        secretary.post(RM + "/models", Json.obj("subjectKind", "MEMBER", "memberId", id(hero), "field", "COMMUNITY_SERVICE",
                "year", 1990, "deeds", "x", "discoveredOn", today.plusDays(30).toString())).expectInvalid("year", "discoveredOn");
        assertEquals(0, secretary.get(RM + "/models?unit=" + id(community)).expect(200).json().path("total").asInt());

        // ---- 发现 → 培养 → 宣传 → 学习, each step checked on the server
        JsonNode model = secretary.post(RM + "/models", Json.obj("subjectKind", "MEMBER", "memberId", id(hero),
                "field", "COMMUNITY_SERVICE", "year", year, "deeds", "常年为独居老人义务服务", "discoveredOn", today.minusDays(60).toString()))
                .expect(201).json();
        assertEquals("DISCOVERED", model.path("stage").asText());
        assertEquals(id(grid), model.path("organizationId").asLong());
        assertEquals("[\"CULTIVATE\"]", model.path("allowedSteps").toString());
        JsonNode early = secretary.post(RM + "/models/" + id(model) + "/steps", Json.obj("action", "PUBLICIZE"), version(model)).problem(409);
        assertTrue(early.toString(), early.path("detail").asText().contains("培养") || early.path("detail").asText().contains("Cultivate"));
        secretary.post(RM + "/models/" + id(model) + "/tracking", Json.obj("contactedOn", today.toString(), "responsibleMemberId", id(hero),
                "note", "谈心")).problem(409);
        model = secretary.post(RM + "/models/" + id(model) + "/steps", Json.obj("action", "CULTIVATE", "on", today.minusDays(50).toString(),
                "note", "确定培养对象"), version(model)).expect(200).json();
        assertEquals("CULTIVATING", model.path("stage").asText());
        secretary.post(RM + "/models/" + id(model) + "/steps", Json.obj("action", "PUBLICIZE"), version(model)).problem(409);
        secretary.post(RM + "/models/" + id(model) + "/tracking", Json.obj("contactedOn", today.minusDays(40).toString(),
                "responsibleMemberId", id(hero), "note", "谈心谈话", "nextContactOn", today.minusDays(41).toString())).expectInvalid("nextContactOn");
        secretary.post(RM + "/models/" + id(model) + "/tracking", Json.obj("contactedOn", today.minusDays(40).toString(),
                "responsibleMemberId", id(hero), "note", "谈心谈话，了解困难", "nextContactOn", today.minusDays(10).toString())).expect(201);
        JsonNode due = secretary.get(RM + "/due-contacts?unit=" + id(community)).expect(200).json();
        assertEquals(due.toString(), 1, due.size());
        assertEquals(10, due.get(0).path("daysOverdue").asInt());
        // the overdue contact is told once (a transaction per contact): in the secretary's inbox, and not again
        String run = KarafShell.run(sessions, "grassroots:rolemodel-remind");
        assertTrue(run, run.matches("(?s).*reminders sent: [1-9].*"));
        String overdue = "典型跟踪培养逾期未联系：" + model.path("name").asText();
        assertEquals(1, occurrences(secretary.inLanguage("zh-CN").get("/notifications?size=500").expect(200).text(), overdue));
        KarafShell.run(sessions, "grassroots:rolemodel-remind");
        assertEquals(1, occurrences(secretary.inLanguage("zh-CN").get("/notifications?size=500").expect(200).text(), overdue));
        secretary.post(RM + "/models/" + id(model) + "/publicity", Json.obj("title", "先进事迹", "channel", "WECHAT",
                "publishedOn", today.minusDays(20).toString(), "link", "javascript:alert(1)")).expectInvalid("link");
        secretary.post(RM + "/models/" + id(model) + "/publicity", Json.obj("title", "先锋甲：社区里的热心人", "channel", "WECHAT",
                "publishedOn", today.minusDays(20).toString(), "link", "https://example.org/a/1")).expect(201);
        model = secretary.get(RM + "/models/" + id(model)).expect(200).json();
        model = secretary.post(RM + "/models/" + id(model) + "/steps", Json.obj("action", "PUBLICIZE", "on", today.minusDays(20).toString()),
                version(model)).expect(200).json();
        secretary.post(RM + "/models/" + id(model) + "/steps", Json.obj("action", "LEARN"), version(model)).problem(409);
        secretary.post(RM + "/models/" + id(model) + "/learning", Json.obj("title", "学习先锋甲事迹", "heldOn", today.minusDays(5).toString(),
                "attendees", 0)).expectInvalid("attendees");
        secretary.post(RM + "/models/" + id(model) + "/learning", Json.obj("title", "学习先锋甲事迹", "heldOn", today.minusDays(5).toString(),
                "attendees", 36)).expect(201);
        model = secretary.post(RM + "/models/" + id(model) + "/steps", Json.obj("action", "LEARN", "on", today.minusDays(5).toString()),
                version(model)).expect(200).json();
        assertEquals("LEARNING", model.path("stage").asText());
        assertEquals("[]", model.path("allowedSteps").toString());
        assertEquals(4, secretary.get(RM + "/models/" + id(model) + "/steps").expect(200).json().size());

        // ---- level by level: community → street → district, returned once with a reason
        model = secretary.post(RM + "/models/" + id(model) + "/recommend", Json.obj("opinion", "推荐"), version(model)).expect(200).json();
        assertEquals("PENDING", model.path("recommendation").asText());
        assertEquals(id(community), model.path("pendingUnitId").asLong());
        assertEquals(1, secretary.get(RM + "/inbox?unit=" + id(community)).expect(200).json().path("total").asInt());
        model = secretary.post(RM + "/models/" + id(model) + "/approve", Json.obj("opinion", "同意"), version(model)).expect(200).json();
        assertEquals("GRASSROOTS", model.path("tier").asText());
        assertEquals(id(street), model.path("pendingUnitId").asLong());
        secretary.post(RM + "/models/" + id(model) + "/approve", Json.obj(), version(model)).problem(409);
        streetAdmin.post(RM + "/models/" + id(model) + "/return", Json.obj(), version(model)).expectInvalid("opinion");
        model = streetAdmin.post(RM + "/models/" + id(model) + "/return", Json.obj("opinion", "请补充事迹材料"), version(model)).expect(200).json();
        assertEquals(id(community), model.path("pendingUnitId").asLong());
        model = secretary.post(RM + "/models/" + id(model) + "/approve", Json.obj("opinion", "已补充"), version(model)).expect(200).json();
        model = streetAdmin.post(RM + "/models/" + id(model) + "/approve", Json.obj("opinion", "同意"), version(model)).expect(200).json();
        assertEquals("STREET", model.path("tier").asText());
        assertEquals(1, districtAdmin.get(RM + "/inbox?unit=" + id(district)).expect(200).json().path("total").asInt());
        String inbox = districtAdmin.get("/notifications?size=50").expect(200).text();
        assertTrue(inbox, inbox.contains("rolemodel.recommendation.pending") && inbox.contains("先锋甲"));
        model = districtAdmin.post(RM + "/models/" + id(model) + "/approve", Json.obj("opinion", "同意，列为区级典型"), version(model))
                .expect(200).json();
        assertEquals("DISTRICT", model.path("tier").asText());
        assertEquals("APPROVED", model.path("recommendation").asText());
        districtAdmin.post(RM + "/models/" + id(model) + "/approve", Json.obj(), version(model)).problem(409);
        List<String> history = new ArrayList<>();
        secretary.get(RM + "/models/" + id(model) + "/recommendations").expect(200).json()
                .forEach(s -> history.add(s.path("decision").asText() + "@" + s.path("unitId").asLong()));
        assertEquals(List.of("SUBMIT@" + id(grid), "APPROVE@" + id(community), "RETURN@" + id(street), "APPROVE@" + id(community),
                "APPROVE@" + id(street), "APPROVE@" + id(district)), history);

        // ---- contact points: the district assigns, overlapping or inverted periods are refused
        JsonNode cpDraft = Json.obj("organizationId", id(community), "leaderMemberId", id(leader), "leaderTitle", "党工委副书记",
                "startsOn", year + "-01-01");
        secretary.post(RM + "/contact-points", cpDraft).problem(403);
        districtAdmin.post(RM + "/contact-points", Json.obj("organizationId", id(community), "leaderMemberId", id(leader),
                "startsOn", year + "-06-01", "endsOn", year + "-01-01")).expectInvalid("endsOn");
        JsonNode point = districtAdmin.post(RM + "/contact-points", cpDraft).expect(201).json();
        JsonNode overlap = districtAdmin.post(RM + "/contact-points", Json.obj("organizationId", id(community), "leaderMemberId", id(leader),
                "startsOn", (year - 1) + "-06-01", "endsOn", year + "-02-01")).problem(409);
        assertTrue(overlap.toString(), overlap.path("detail").asText().contains("区领导乙"));
        districtAdmin.post(RM + "/contact-points/" + id(point) + "/records", Json.obj("kind", "VISIT", "happenedOn", today.toString(),
                "content", "走访社区，听取意见", "issues", "活动场地不足")).expect(201);
        streetAdmin.post(RM + "/service-records", Json.obj("campaign", "PRACTICAL_THINGS", "memberId", id(hero), "what", "代购生活用品",
                "beneficiary", "独居老人", "hours", 0, "servedOn", today.toString())).expectInvalid("hours");
        streetAdmin.post(RM + "/service-records", Json.obj("campaign", "PRACTICAL_THINGS", "memberId", id(hero), "what", "代购生活用品",
                "beneficiary", "独居老人", "hours", 2.5, "servedOn", today.toString())).expect(201);

        // ---- the figures
        JsonNode stats = districtAdmin.get(RM + "/statistics?unit=" + id(district) + "&year=" + year).expect(200).json();
        assertEquals(stats.toString(), 1, stat(stats, "rolemodel.models").path("breakdown").path("LEARNING").asInt());
        assertEquals(1, stat(stats, "rolemodel.tiers").path("breakdown").path("DISTRICT").asInt());
        assertEquals(1, stat(stats, "rolemodel.contactPoints").path("value").asInt());
        assertEquals(1, stat(stats, "rolemodel.contactRecords").path("value").asInt());
        assertEquals(1, stat(stats, "rolemodel.services").path("breakdown").path("PRACTICAL_THINGS").asInt());
        assertEquals(36, stat(stats, "rolemodel.learning").path("breakdown").path("attendees").asInt());

        // ---- a sheet of service records: refused whole with every bad cell named, then imported
        String sheet = "活动,单位代码,党员编号,服务内容,服务对象,时长（小时）,服务日期\n";
        String good = "PRACTICAL_THINGS," + grid.path("code").asText() + "," + id(hero) + ",清理楼道,居民,1.5," + today + "\n";
        String importPath = RM + "/service-records/import?unit=" + id(street) + "&format=CSV";
        JsonNode refused = streetAdmin.send("POST", importPath, "text/csv", BodyPublishers.ofString(sheet + good
                + "跳舞,NOPE,,x,,0," + today.plusDays(3) + "\n")).problem(422);
        assertTrue(refused.toString(), refused.path("rowErrors").size() >= 4);
        assertEquals(1, streetAdmin.get(RM + "/service-records?unit=" + id(street)).expect(200).json().path("total").asInt());
        assertEquals(1, streetAdmin.send("POST", importPath, "text/csv", BodyPublishers.ofString(sheet + good)).expect(200).json()
                .path("rows").asInt());

        String list = streetAdmin.get(RM + "/models/export?unit=" + id(street) + "&year=" + year + "&format=CSV").expect(200).text();
        assertTrue(list, list.contains("先锋甲") && list.contains("区级") && list.contains("学习"));
        String points = districtAdmin.get(RM + "/contact-points/export?unit=" + id(district) + "&year=" + year + "&format=CSV").expect(200).text();
        assertTrue(points, points.contains("区领导乙") && points.contains("党工委副书记"));
        String shell = KarafShell.run(sessions, "grassroots:rolemodel-stats " + district.path("code").asText() + " " + year);
        assertTrue(shell, shell.contains("rolemodel.contactPoints District-level contact points: 1") && shell.contains("DISTRICT 1"));

        // ---- scope: another street sees nothing of this one; a unit without the module is refused
        otherAdmin.get(RM + "/models/" + id(model)).problem(404);
        otherAdmin.get(RM + "/models?unit=" + id(street)).problem(404);
        otherAdmin.get(RM + "/contact-points/" + id(point)).problem(404);
        api.get(RM + "/models?unit=" + id(off)).problem(403);
        api.get(RM + "/models?unit=" + id(district) + "&stage=FAMOUS").expectInvalid("stage");

        // ---- uninstall and reinstall: every record is still there
        JsonNode before = districtAdmin.get(RM + "/models/" + id(model)).expect(200).json();
        api.post("/modules/rolemodel/uninstall", "").expect(200);
        awaitTrue("the module's API gone", () -> api.get(RM + "/openapi.json").status() == 404);
        api.post("/modules/rolemodel/install?timeout=" + SETTLE.toSeconds(), "").expect(200);
        awaitTrue("the module's API back", () -> districtAdmin.get(RM + "/models/" + id(before)).status() == 200);
        assertEquals(before, districtAdmin.get(RM + "/models/" + id(before)).expect(200).json());
    }

    /** The demo district reproduces the report: 41 district-level contact points in 2024 and the "十百千" tiers. */
    @Test
    public void theDemoReproducesTheReportsContactPointsAndTiers() {
        long district = districtRoot();
        JsonNode stats = demoStatistics(district);
        assertEquals(stats.toString(), 41, stat(stats, "rolemodel.contactPoints").path("value").asInt());
        assertReportsTiers(stats);
        JsonNode record = api.get("/work-record?subtreeOf=" + district + "&year=2024").expect(200).json();
        String text = record.toString();
        assertTrue(text, text.contains("rolemodel.contactPoints") && text.contains("区级直接联系点41个"));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
