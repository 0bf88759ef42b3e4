package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Api.Response;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Json;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 党群服务阵地 on the district distribution with the demo data on, in one container: the demo district's figures
 * reproduce the report's [65 recorded, 10 featured] through the statistics queries and the work record; then a street
 * works with the module end to end: positions whose level must agree with the host's unit type, a standard and its
 * second version (the assessment made against the first reads the same), an assessment with scores and grade,
 * rectification items (overdue ones flagged and notified, done once), upgrade projects through their workflow
 * (409 naming the allowed steps; acceptance only by the level above), the city-system export (JSON and CSV, all or
 * only changes) and its acknowledgement; bad input refused with nothing stored; another street sees nothing (404),
 * a street without the module is refused (403); the module is uninstalled and reinstalled with its data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PositionIT extends DistrictTestSupport {
    private static final String POS = "/api/position";
    private static final Duration SETTLE = Duration.ofMinutes(5);

    @Configuration
    public Option[] configuration() {
        return District.configurationWithDemoOf("position");
    }

    @Test
    public void theDemoDistrictReproducesTheReportsFigures() {
        long district = districtRoot();
        JsonNode figures = awaitDemo(district);
        assertEquals(figures.toString(), 65, figures.path("recorded").asInt());
        assertEquals(10, figures.path("featured").asInt());
        assertEquals(72, figures.path("positions").asInt());
        assertEquals(7, figures.path("changedSinceSync").asInt());
        assertEquals(1, figures.path("byLevel").path("DISTRICT").asInt());
        assertEquals(13, figures.path("byLevel").path("STREET_PARK").asInt());
        assertEquals(5, figures.path("byLevel").path("GRID").asInt());
        assertEquals(65, figures.path("assessed").asInt());
        assertEquals(8, figures.path("upgradesAccepted").asInt());
        assertTrue(figures.toString(), figures.path("meanScore").asDouble() > 60 && figures.path("meanScore").asDouble() < 100);
        assertTrue(figures.toString(), figures.path("rectificationsOverdue").asInt() > 0);
        assertEquals(figures.path("rectificationsOpen").asInt(), figures.path("rectificationsOverdue").asInt());
        assertTrue(figures.toString(), figures.path("visits").asLong() > 100_000 && figures.path("visitsByMonth").size() == 12);
        // the catalogue of every position in use (four services, six at the featured ones), the featured positions'
        // quarterly events in a room, the street and park centres' bookings twice a month (and the events' own)
        assertEquals(figures.toString(), 65 * 4 + 10 * 2, figures.path("catalogue").asInt());
        assertEquals(40, figures.path("events").asInt());
        assertEquals(10, figures.path("eventsByType").path("PARTY_ACTIVITY").asInt());
        assertEquals(13 * 24 + 40, figures.path("bookings").asInt());
        assertTrue(figures.toString(), figures.path("eventSignIns").asInt() > 0
                && figures.path("eventSignIns").asInt() <= figures.path("eventSignUps").asInt() + 3 * 40);
        String featured = api.get(POS + "/positions?unit=" + district + "&featured=true&size=20").expect(200).text();
        assertTrue(featured, featured.contains("四鹤山") && featured.contains("红核谷") && featured.contains("舜颖社区"));
        // the two standards of the report, the community one in two versions
        JsonNode standards = api.get(POS + "/standards").expect(200).json();
        List<String> demoVersions = new ArrayList<>();
        standards.forEach(s -> {
            if (s.path("code").asText().startsWith("JNGX-")) {
                demoVersions.add(s.path("code").asText() + " v" + s.path("versionNo").asInt());
            }
        });
        assertEquals(standards.toString(), List.of("JNGX-SQ v2", "JNGX-SQ v1", "JNGX-XX v1"), demoVersions);
        assertTrue(standards.toString(), standards.toString().contains("亲民化改造提升指导意见")
                && standards.toString().contains("新兴领域党群服务阵地建设管理使用指导标准"));
        // the dashboard and the year-end work record count the same way
        String dashboard = api.get("/statistics?subtreeOf=" + district + "&year=2024").expect(200).text();
        assertTrue(dashboard, dashboard.contains("position.recorded"));
        JsonNode record = api.get("/work-record?subtreeOf=" + district + "&year=2024").expect(200).json();
        JsonNode section = null;
        for (JsonNode s : record.path("sections")) {
            if ("position".equals(s.path("module").asText())) {
                section = s;
            }
        }
        assertTrue(record.toString(), section != null);
        Map<String, Double> values = new HashMap<>();
        section.path("figures").forEach(f -> values.put(f.path("id").asText(), f.path("value").asDouble()));
        assertEquals(65.0, values.get("position.recorded"), 1e-9);
        assertEquals(10.0, values.get("position.featured"), 1e-9);
        assertEquals(40.0, values.get("position.events"), 1e-9);
        assertEquals(figures.path("eventSignIns").asDouble(), values.get("position.events.signIns"), 1e-9);
        assertTrue(section.toString(), section.at("/summary/zhCN").asText().contains("65 个阵地信息录入全市基层数据管理系统"));
        assertTrue(section.toString(), section.path("highlights").toString().contains("四鹤山"));
    }

    @Test
    public void aStreetRegistersAssessesUpgradesAndReportsItsPositions() {
        awaitDemo(districtRoot());
        int year = LocalDate.now().getYear();
        LocalDate today = LocalDate.now();
        // ---- a street with a community, another street; the module is enabled for the first street only
        JsonNode street = fixtures.unit(code("PST"), null, "STREET", "WORKING_COMMITTEE");
        JsonNode community = fixtures.unit(code("PC"), id(street), "COMMUNITY", "BRANCH");
        JsonNode otherStreet = fixtures.unit(code("POS"), null, "STREET", "WORKING_COMMITTEE");
        api.putWithoutVersion("/modules/position/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        String secretaryName = code("psec").toLowerCase();
        String adminName = code("padm").toLowerCase();
        Api secretary = account(secretaryName, "SECRETARY", id(community));
        Api admin = account(adminName, "UNIT_ADMIN", id(street));
        Api otherAdmin = account(code("poth").toLowerCase(), "UNIT_ADMIN", id(otherStreet));
        long before = api.get(POS + "/positions?unit=" + id(street)).expect(200).json().path("total").asLong();
        assertEquals(0, before);

        // ---- the registry: the level must agree with the host; bad input refused with every field named, nothing stored
        JsonNode wrongLevel = secretary.post(POS + "/positions", Json.obj("organizationId", id(community), "name", "社区党群服务中心",
                "level", "STREET_PARK")).problem(422);
        assertTrue(wrongLevel.toString(), wrongLevel.toString().contains("level"));
        secretary.post(POS + "/positions", Json.obj("organizationId", id(community), "name", " ", "level", "VILLAGE_COMMUNITY",
                "area", -5, "latitude", 36.7, "onlineUrl", "ftp://x")).expectInvalid("name", "area", "longitude", "onlineUrl");
        secretary.post(POS + "/positions", Json.obj("organizationId", id(community), "name", "中心\u0007", "level", "VILLAGE_COMMUNITY"))
                .expectInvalid("name");
        secretary.post(POS + "/positions", Json.obj("organizationId", id(community), "name", "中心", "level", "VILLAGE_COMMUNITY",
                "functions", Json.arr("EDUCATION", "EDUCATION"), "rooms", Json.arr("活动室", "活动室"))).expectInvalid("functions[1]", "rooms[1]");
        assertEquals(0, api.get(POS + "/positions?unit=" + id(street)).expect(200).json().path("total").asLong());
        JsonNode position = secretary.post(POS + "/positions", Json.obj("organizationId", id(community), "name", "社区党群服务中心",
                "level", "VILLAGE_COMMUNITY", "status", "IN_USE", "address", "舜华路1号", "area", 450.5,
                "rooms", Json.arr("党员活动室", "议事协商室"), "functions", Json.arr("PARTY_ACTIVITIES", "CONSULTATION"),
                "openingHours", "8:30—20:00", "latitude", 36.66, "longitude", 117.12, "onlineName", "灯塔—党建在线",
                "onlineUrl", "https://dt.example.cn/1", "featured", true)).expect(201).json();
        assertEquals(secretaryName, position.path("createdBy").asText());
        assertEquals(false, position.path("synced").asBoolean());
        JsonNode streetPosition = admin.post(POS + "/positions", Json.obj("organizationId", id(street), "name", "街道党群服务中心",
                "level", "STREET_PARK", "status", "IN_USE")).expect(201).json();
        secretary.post(POS + "/positions", Json.obj("organizationId", id(community), "name", "社区党群服务中心",
                "level", "VILLAGE_COMMUNITY")).problem(409);

        // ---- a standard (district only), its assessment, a second version that changes no past assessment
        String stdCode = code("ITSTD");
        secretary.post(POS + "/standards", standard(stdCode, "2024-01-01", 40, 60)).problem(403);
        JsonNode v1 = api.post(POS + "/standards", standard(stdCode, today.minusDays(30).toString(), 40, 60)).expect(201).json();
        assertEquals(1, v1.path("versionNo").asInt());
        long item1 = v1.path("items").get(0).path("id").asLong();
        long item2 = v1.path("items").get(1).path("id").asLong();
        LocalDate assessedOn = today.minusDays(10);
        secretary.post(POS + "/assessments", assessment(position, v1, assessedOn, year, item1, 30, item2, 50)).problem(403);
        admin.post(POS + "/assessments", Json.obj("positionId", id(position), "year", year, "standardId", id(v1),
                "assessedOn", assessedOn.toString(), "scores", Json.arr(Json.obj("itemId", item1, "score", 41))))
                .expectInvalid("scores[0].score", "scores");
        JsonNode assessment = admin.post(POS + "/assessments", assessment(position, v1, assessedOn, year, item1, 30, item2, 50))
                .expect(201).json();
        assertEquals(80.0, assessment.path("total").asDouble(), 1e-9);
        assertEquals("GOOD", assessment.path("grade").asText());
        admin.post(POS + "/assessments", assessment(position, v1, assessedOn, year, item1, 30, item2, 50)).problem(409);
        JsonNode v2 = api.post(POS + "/standards", standard(stdCode, today.toString(), 50, 50)).expect(201).json();
        assertEquals(2, v2.path("versionNo").asInt());
        JsonNode again = admin.get(POS + "/assessments/" + id(assessment)).expect(200).json();
        assertEquals(1, again.path("standardVersion").asInt());
        assertEquals(40.0, again.path("scores").get(0).path("weight").asDouble(), 1e-9);
        assertEquals(80.0, again.path("total").asDouble(), 1e-9);

        // ---- rectification items: an overdue one is flagged and notified once, then done once
        admin.post(POS + "/rectifications", Json.obj("assessmentId", id(assessment), "item", "x",
                "deadline", assessedOn.minusDays(1).toString(), "responsible", "李书记")).expectInvalid("deadline");
        JsonNode rect = admin.post(POS + "/rectifications", Json.obj("assessmentId", id(assessment), "item", "统一外观标识",
                "deadline", today.minusDays(1).toString(), "responsible", "李书记")).expect(201).json();
        assertTrue(rect.toString(), rect.path("overdue").asBoolean());
        assertEquals(1, admin.get(POS + "/rectifications?unit=" + id(street) + "&overdue=true").expect(200).json().path("total").asInt());
        assertEquals(1, admin.post(POS + "/rectifications/notify-overdue", Json.obj()).expect(200).json().path("notified").asInt());
        assertEquals(0, admin.post(POS + "/rectifications/notify-overdue", Json.obj()).expect(200).json().path("notified").asInt());
        String inbox = secretary.get("/notifications?size=50").expect(200).text();
        assertTrue(inbox, inbox.contains("position.rectification.overdue"));
        JsonNode done = secretary.post(POS + "/rectifications/" + id(rect) + "/done", Json.obj("note", "已更换门牌"),
                rect.path("version").asLong()).expect(200).json();
        assertEquals("DONE", done.path("status").asText());
        secretary.post(POS + "/rectifications/" + id(rect) + "/done", Json.obj(), done.path("version").asLong()).problem(409);

        // ---- upgrade projects: the workflow on the server, acceptance by the level above only
        JsonNode upgrade = secretary.post(POS + "/upgrades", Json.obj("positionId", id(position), "title", "亲民化改造",
                "budget", 300000, "plannedStart", today.minusDays(60).toString(), "plannedEnd", today.toString())).expect(201).json();
        JsonNode illegal = secretary.post(POS + "/upgrades/" + id(upgrade) + "/complete", Json.obj(), upgrade.path("version").asLong())
                .problem(409);
        assertTrue(illegal.toString(), illegal.path("detail").asText().contains("Start"));
        upgrade = secretary.post(POS + "/upgrades/" + id(upgrade) + "/start", Json.obj("on", today.minusDays(50).toString()),
                upgrade.path("version").asLong()).expect(200).json();
        assertEquals("UNDER_RENOVATION", secretary.get(POS + "/positions/" + id(position)).expect(200).json().path("status").asText());
        upgrade = secretary.post(POS + "/upgrades/" + id(upgrade) + "/notes", Json.obj("note", "主体完工", "photos", Json.arr(1, 2)),
                upgrade.path("version").asLong()).expect(200).json();
        upgrade = secretary.post(POS + "/upgrades/" + id(upgrade) + "/complete", Json.obj("on", today.minusDays(5).toString()),
                upgrade.path("version").asLong()).expect(200).json();
        secretary.post(POS + "/upgrades/" + id(upgrade) + "/accept", Json.obj(), upgrade.path("version").asLong()).problem(403);
        admin.post(POS + "/upgrades/" + id(upgrade) + "/return", Json.obj(), upgrade.path("version").asLong()).expectInvalid("note");
        upgrade = admin.post(POS + "/upgrades/" + id(upgrade) + "/accept", Json.obj(), upgrade.path("version").asLong()).expect(200).json();
        assertEquals("ACCEPTED", upgrade.path("status").asText());
        assertEquals(adminName, upgrade.path("acceptedBy").asText());
        assertEquals("IN_USE", secretary.get(POS + "/positions/" + id(position)).expect(200).json().path("status").asText());
        List<String> steps = new ArrayList<>();
        admin.get(POS + "/upgrades/" + id(upgrade) + "/history").expect(200).json()
                .forEach(s -> steps.add(s.path("action").asText() + ":" + s.path("actor").asText()));
        assertEquals(List.of("PLAN:" + secretaryName, "START:" + secretaryName, "NOTE:" + secretaryName,
                "COMPLETE:" + secretaryName, "ACCEPT:" + adminName), steps);
        JsonNode streetUpgrade = admin.post(POS + "/upgrades", Json.obj("positionId", id(streetPosition), "title", "街道中心提升",
                "plannedStart", today.minusDays(30).toString(), "plannedEnd", today.toString())).expect(201).json();
        streetUpgrade = admin.post(POS + "/upgrades/" + id(streetUpgrade) + "/start", Json.obj(), streetUpgrade.path("version").asLong())
                .expect(200).json();
        streetUpgrade = admin.post(POS + "/upgrades/" + id(streetUpgrade) + "/complete", Json.obj(),
                streetUpgrade.path("version").asLong()).expect(200).json();
        admin.post(POS + "/upgrades/" + id(streetUpgrade) + "/accept", Json.obj(), streetUpgrade.path("version").asLong()).problem(409);
        api.post(POS + "/upgrades/" + id(streetUpgrade) + "/accept", Json.obj(), streetUpgrade.path("version").asLong()).expect(200);

        // ---- use: monthly visits and services, entered or imported (a bad file refused whole)
        secretary.post(POS + "/positions/" + id(position) + "/visits", Json.obj("period", "2099-01", "serviceType", "CONVENIENCE",
                "visits", -1, "services", 1)).expectInvalid("period", "visits");
        JsonNode visit = secretary.post(POS + "/positions/" + id(position) + "/visits", Json.obj("period", year + "-01",
                "serviceType", "CONVENIENCE", "visits", 120, "services", 80)).expect(200).json();
        assertEquals(secretaryName, visit.path("recordedBy").asText());
        String header = "阵地编号,月份,服务类型,到访人次,服务次数\n";
        JsonNode badFile = secretary.send("POST", POS + "/visits/import?unit=" + id(community) + "&format=CSV", "text/csv",
                BodyPublishers.ofString(header + id(position) + "," + year + "-02,政策咨询,30,10\n987654321," + year + "-02,跳舞,x,1\n"))
                .problem(422);
        assertEquals(badFile.toString(), 3, badFile.path("rowErrors").size());
        JsonNode imported = secretary.send("POST", POS + "/visits/import?unit=" + id(community) + "&format=CSV", "text/csv",
                BodyPublishers.ofString(header + id(position) + "," + year + "-02,政策咨询,30,10\n")).expect(200).json();
        assertEquals(1, imported.path("rows").asInt());
        assertEquals(2, secretary.get(POS + "/positions/" + id(position) + "/visits?year=" + year).expect(200).json().size());

        // ---- the city-system export and its acknowledgement
        JsonNode export = admin.get(POS + "/sync/export?unit=" + id(street)).expect(200).json();
        assertEquals("grassroots-position-city/1", export.path("schema").asText());
        assertEquals(2, export.path("count").asInt());
        String csv = admin.get(POS + "/sync/export?unit=" + id(street) + "&changed=true&format=csv").expect(200).text();
        assertTrue(csv, csv.contains("社区党群服务中心") && csv.contains("村居（社区、企业）级") && csv.contains("阵地编号"));
        JsonNode current = admin.get(POS + "/positions/" + id(position)).expect(200).json();
        admin.post(POS + "/sync/acknowledgement", Json.obj("positions", Json.arr(Json.obj("id", id(position),
                "version", current.path("version").asLong() + 1)))).expectInvalid("positions[0].version");
        otherAdmin.post(POS + "/sync/acknowledgement", Json.obj("positions", Json.arr(Json.obj("id", id(position),
                "version", current.path("version").asLong())))).expectInvalid("positions[0].id");
        JsonNode ack = admin.post(POS + "/sync/acknowledgement", Json.obj("batch", "JN-IT", "positions", Json.arr(Json.obj("id",
                id(position), "version", current.path("version").asLong())))).expect(200).json();
        assertEquals(1, ack.path("acknowledged").asInt());
        assertTrue(admin.get(POS + "/positions/" + id(position)).expect(200).json().path("synced").asBoolean());
        assertEquals(1, admin.get(POS + "/sync/export?unit=" + id(street) + "&changed=true").expect(200).json().path("count").asInt());

        // ---- the figures of the street
        JsonNode figures = admin.get(POS + "/statistics?unit=" + id(street) + "&year=" + year).expect(200).json();
        assertEquals(figures.toString(), 2, figures.path("positions").asInt());
        assertEquals(1, figures.path("featured").asInt());
        assertEquals(1, figures.path("recorded").asInt());
        assertEquals(80.0, figures.path("meanScore").asDouble(), 1e-9);
        assertEquals(0, figures.path("rectificationsOpen").asInt());
        assertEquals(2, figures.path("upgradesAccepted").asInt());
        assertEquals(150, figures.path("visits").asInt());
        assertEquals(90, figures.path("services").asInt());

        // ---- scope: another street sees nothing of this one; a street without the module is refused
        otherAdmin.get(POS + "/positions/" + id(position)).problem(404);
        otherAdmin.get(POS + "/positions?unit=" + id(street)).problem(404);
        otherAdmin.get(POS + "/upgrades/" + id(upgrade)).problem(404);
        JsonNode disabled = otherAdmin.get(POS + "/positions?unit=" + id(otherStreet)).problem(403);
        assertTrue(disabled.toString(), disabled.path("detail").asText().contains("position"));

        // ---- uninstall and reinstall the module: every record is still there
        JsonNode kept = admin.get(POS + "/positions/" + id(position)).expect(200).json();
        api.post("/modules/position/uninstall", "").expect(200);
        awaitTrue("the module's API gone", () -> api.get(POS + "/standards").status() == 404);
        api.post("/modules/position/install?timeout=" + SETTLE.toSeconds(), "").expect(200);
        awaitTrue("the module's API back", () -> admin.get(POS + "/positions/" + id(position)).status() == 200);
        assertEquals(kept, admin.get(POS + "/positions/" + id(position)).expect(200).json());
        assertEquals(80.0, admin.get(POS + "/assessments/" + id(assessment)).expect(200).json().path("total").asDouble(), 1e-9);
    }

    /** Room bookings, the service catalogue, events with sign-up and sign-in, the acknowledgement sheet ({@link PositionUseChecks}). */
    @Test
    public void aCommunityBooksRoomsOffersServicesAndHoldsEvents() {
        awaitDemo(districtRoot());
        JsonNode street = fixtures.unit(code("PUS"), null, "STREET", "WORKING_COMMITTEE");
        JsonNode community = fixtures.unit(code("PUC"), id(street), "COMMUNITY", "BRANCH");
        JsonNode otherStreet = fixtures.unit(code("PUO"), null, "STREET", "WORKING_COMMITTEE");
        api.putWithoutVersion("/modules/position/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        api.putWithoutVersion("/modules/position/enablement/" + id(otherStreet), Json.obj("enabled", true)).expect(200);
        Api member = account(code("pum").toLowerCase(), "MEMBER", id(community), id(fixtures.member("报名党员甲", id(community))));
        Api member2 = account(code("pun").toLowerCase(), "MEMBER", id(community), id(fixtures.member("报名党员乙", id(community))));
        PositionUseChecks.exercise(account(code("pua").toLowerCase(), "UNIT_ADMIN", id(street), null),
                account(code("pusec").toLowerCase(), "SECRETARY", id(community), null), member, member2,
                account(code("puo").toLowerCase(), "UNIT_ADMIN", id(otherStreet), null), id(street), id(community));

        // education credits the events a member signed in to as study points (1 point an hour), not as study hours:
        // the running event the member signed in to above lasts 70 minutes, 1.2 hours
        api.putWithoutVersion("/modules/education/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        api.putWithoutVersion("/modules/education/enablement/" + id(otherStreet), Json.obj("enabled", true)).expect(200);
        int year = java.time.LocalDateTime.now().minusMinutes(10).getYear();
        JsonNode points = member.get("/api/education/my/points?year=" + year).expect(200).json();
        assertEquals(points.toString(), 1.2, points.path("bySource").path("POSITION_EVENT").asDouble(), 1e-9);
        assertEquals(points.toString(), 1.2, points.path("points").asDouble(), 1e-9);
        JsonNode ranking = api.get("/api/education/points/ranking?unit=" + id(street) + "&year=" + year).expect(200).json();
        assertEquals(ranking.toString(), 1, ranking.path("total").asInt());
        assertEquals(ranking.toString(), 1.2, ranking.path("items").path(0).path("points").asDouble(), 1e-9);
        assertEquals(0, api.get("/api/education/points/ranking?unit=" + id(otherStreet) + "&year=" + year).expect(200).json()
                .path("total").asInt());
    }

    /** Query parameters that cannot be read answer 422 naming them. */
    @Test
    public void unreadableParametersAnswer422NamingThem() {
        awaitTrue("the module's API served", () -> api.get(POS + "/openapi.json").status() == 200);
        api.get(POS + "/positions?level=CITY").expectInvalid("level");
        api.get(POS + "/positions").expectInvalid("unit");
        api.get(POS + "/assessments?year=1999").expectInvalid("year");
        api.get(POS + "/upgrades?status=DONE").expectInvalid("status");
        api.get(POS + "/positions/987654321").problem(404);
        api.get(POS + "/bookings?day=2025-01-01").expectInvalid("position");
        api.get(POS + "/events?unit=1&from=yesterday").expectInvalid("from");
        api.post(POS + "/bookings", Json.obj()).expectInvalid("positionId", "room", "day", "from", "to", "unitId", "purpose");
        api.post(POS + "/positions", Json.obj()).expectInvalid("organizationId");
        api.post(POS + "/standards", Json.obj("code", "bad code", "items", Json.arr())).expectInvalid("code", "name", "issuedOn", "items");
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode standard(String code, String issuedOn, int w1, int w2) {
        return Json.obj("code", code, "name", "集成测试标准", "issuedOn", issuedOn, "items", Json.arr(
                Json.obj("category", "LAYOUT", "text", "阵地布局合理", "weight", w1),
                Json.obj("category", "SIGNAGE", "text", "标识统一规范", "weight", w2)));
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode assessment(JsonNode position, JsonNode standard, LocalDate on, int year,
                                                                          long item1, int s1, long item2, int s2) {
        return Json.obj("positionId", id(position), "year", year, "standardId", id(standard), "assessedOn", on.toString(),
                "assessor", "区评估组", "scores", Json.arr(Json.obj("itemId", item1, "score", s1, "evidence", "现场查看"),
                        Json.obj("itemId", item2, "score", s2)));
    }

    private long districtRoot() {
        return api.demoDistrictId();
    }

    /** Polls until the module's demo positions are in (core loads its demo first, then this module). */
    private JsonNode awaitDemo(long district) {
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Response r = api.get(POS + "/statistics?unit=" + district + "&year=2024");
            if (r.status() == 200) {
                last = r.json();
                if (last.path("recorded").asInt() > 0) {
                    return last;
                }
            }
            Api.sleep(500);
        }
        throw new AssertionError("the position demo data did not appear: " + last);
    }

    /** Creates an account with a temporary password, signs in once to replace it, returns a Basic client. */
    private Api account(String username, String role, Long organizationId) {
        return account(username, role, organizationId, null);
    }

    private Api account(String username, String role, Long organizationId, Long memberId) {
        return api.newAccount(username, role, organizationId, memberId);
    }

    private static void awaitTrue(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + SETTLE + ": " + what);
            }
            Api.sleep(100);
        }
    }
}
