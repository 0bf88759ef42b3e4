package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Api.Response;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.KarafLog;
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
 * 党员教育 over HTTP against the district distribution with the demo data on: the demo reproduces the report's 28
 * practice teaching sites and 4 boutique routes through the statistics; a branch secretary proposes a site, the
 * district rejects and (after resubmission) approves it, puts it into a route and publishes it (so it cannot be
 * retired); a street plans a session for a branch, records it as held with the roster's attendance, archives it;
 * self-study is approved by the secretary; the inherited requirement decides compliance; roles, scope, enablement
 * and bad input are refused as they should be; the module is uninstalled and reinstalled with its data intact.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EducationIT extends DistrictTestSupport {
    private static final String EDU = "/api/education";
    private static final Duration SETTLE = Duration.ofMinutes(5);

    @Inject
    private SessionFactory sessionFactory;

    @Configuration
    public Option[] configuration() {
        return District.configurationWithDemoOf("education");
    }

    @Test
    public void theDemoReproducesTheReportsSitesAndRoutes() {
        long district = districtRoot();
        JsonNode stats = awaitDemo(district);
        assertEquals(28, stats.path("sites").asInt());
        assertEquals(4, stats.path("routesPublished").asInt());
        assertTrue(stats.toString(), stats.path("sessionsHeld").asInt() > 0 && stats.path("attendanceRate").asDouble() > 50);
        // the demo's sessions are for eight branches: some of their members meet the requirement, the district's share is small
        assertTrue(stats.toString(), stats.path("meeting").asInt() > 100 && stats.path("members").asInt() > 30000);
        assertEquals(stats.toString(), 1, stats.path("sessionsByStatus").path("CANCELLED").asInt());
        // the four routes of the report, each with seven approved stops
        JsonNode routes = api.get(EDU + "/routes?unit=" + district + "&status=PUBLISHED").expect(200).json();
        List<String> themes = new ArrayList<>();
        routes.path("items").forEach(r -> {
            themes.add(r.path("theme").asText());
            assertEquals(r.toString(), 7, r.path("stops").size());
        });
        assertTrue(themes.toString(), themes.containsAll(List.of("品质城市·活力高新", "产城融合·科技高新", "特色乡村·绿色高新",
                "历史印记·底蕴高新")));
        // the platform dashboard shows the same figures, every breakdown key labelled
        JsonNode report = api.get("/statistics?subtreeOf=" + district + "&year=2024").expect(200).json();
        JsonNode sites = figure(report, "education.sites");
        assertEquals(28, sites.path("value").asInt());
        assertEquals("红色文化", sites.path("labels").path("RED_CULTURE").path("zhCN").asText());
        assertEquals(4, figure(report, "education.routes").path("value").asInt());
        assertEquals("已举办", figure(report, "education.sessions").path("labels").path("HELD").path("zhCN").asText());
        String shell = shell("grassroots:education-stats JNGX 2024");
        assertTrue(shell, shell.contains("sites 28") && shell.contains("routes 4"));
        assertEquals("待审核", api.get("/labels").expect(200).json().path("education.SiteStatus").path("PROPOSED").path("zhCN").asText());
    }

    @Test
    public void sitesRoutesSessionsAndHoursFollowTheirWorkflows() {
        long district = districtRoot();
        awaitDemo(district);
        int year = LocalDate.now().getYear();
        // a district of its own, so the demo district's figures stay the report's whatever order the tests run in
        JsonNode testDistrict = fixtures.unit(code("ED"), null, "DISTRICT", "WORKING_COMMITTEE");
        api.putWithoutVersion("/modules/education/enablement/" + id(testDistrict), Json.obj("enabled", true)).expect(200);
        JsonNode street = fixtures.unit(code("ES"), id(testDistrict), "STREET", "WORKING_COMMITTEE");
        JsonNode branch = fixtures.unit(code("EB"), id(street), "COMMUNITY", "BRANCH");
        JsonNode otherStreet = fixtures.unit(code("EO"), id(testDistrict), "STREET", "WORKING_COMMITTEE");
        List<Long> members = new ArrayList<>();
        for (String name : List.of("张学习", "李学习", "王学习")) {
            members.add(id(fixtures.member(name, id(branch))));
        }
        Api reviewer = account(code("erev").toLowerCase(), "DISTRICT_ADMIN", id(testDistrict), null);
        Api streetAdmin = account(code("eadm").toLowerCase(), "UNIT_ADMIN", id(street), null);
        String secretaryName = code("esec").toLowerCase();
        Api secretary = account(secretaryName, "SECRETARY", id(branch), null);
        Api otherAdmin = account(code("eoth").toLowerCase(), "UNIT_ADMIN", id(otherStreet), null);
        Api member = account(code("emem").toLowerCase(), "MEMBER", id(branch), members.get(0));

        // ---- a site: proposed by the branch, rejected with a reason, resubmitted, approved by the district
        secretary.post(EDU + "/sites", Json.obj("unitId", id(branch), "name", " ", "category", "GOLD", "capacity", 0))
                .expectInvalid("name", "category", "address", "capacity");
        JsonNode site = secretary.post(EDU + "/sites", Json.obj("unitId", id(branch), "name", "测试红色教育基地",
                "category", "RED_CULTURE", "address", "测试路1号", "capacity", 60, "contactPhone", "0531-88886666"))
                .expect(201).json();
        assertEquals("PROPOSED", site.path("status").asText());
        // the district is told that a site waits for its review
        String inbox = reviewer.get("/api/core/notifications?unread=true&size=100").expect(200).text();
        assertTrue(inbox, inbox.contains("实践教学点待审核：测试红色教育基地"));
        secretary.post(EDU + "/sites/" + id(site) + "/approve", Json.obj(), version(site)).problem(403);
        streetAdmin.post(EDU + "/sites/" + id(site) + "/approve", Json.obj(), version(site)).problem(403);
        reviewer.post(EDU + "/sites/" + id(site) + "/reject", Json.obj(), version(site)).expectInvalid("reason");
        site = step(reviewer, "sites", site, "reject", Json.obj("reason", "缺少场地照片"));
        assertEquals("REJECTED", site.path("status").asText());
        String branchInbox = secretary.get("/api/core/notifications?unread=true&size=100").expect(200).text();
        assertTrue(branchInbox, branchInbox.contains("缺少场地照片"));
        JsonNode illegal = reviewer.post(EDU + "/sites/" + id(site) + "/approve", Json.obj(), version(site)).problem(409);
        assertTrue(illegal.toString(), illegal.path("detail").asText().contains("Resubmit"));
        site = step(secretary, "sites", site, "resubmit", Json.obj());
        site = step(reviewer, "sites", site, "approve", Json.obj("note", "符合条件"));
        assertEquals("APPROVED", site.path("status").asText());
        List<String> steps = new ArrayList<>();
        secretary.get(EDU + "/sites/" + id(site) + "/history").expect(200).json()
                .forEach(h -> steps.add(h.path("action").asText() + ":" + h.path("actor").asText()));
        assertEquals(4, steps.size());
        assertEquals("PROPOSE:" + secretaryName, steps.get(0));
        assertEquals("RESUBMIT:" + secretaryName, steps.get(2));
        // the contact phone: masked in lists
        String list = streetAdmin.get(EDU + "/sites?unit=" + id(street)).expect(200).text();
        assertTrue(list, list.contains("053******6666") && !list.contains("0531-88886666"));

        // ---- a route of the street: two approved stops, published; its sites cannot be retired meanwhile
        JsonNode second = secretary.post(EDU + "/sites", Json.obj("unitId", id(branch), "name", "测试党群服务站",
                "category", "PARTY_SERVICE", "address", "测试路2号", "capacity", 30)).expect(201).json();
        second = step(reviewer, "sites", second, "approve", Json.obj());
        streetAdmin.post(EDU + "/routes", Json.obj("unitId", id(street), "name", "x", "theme", "y", "durationMinutes", 60)).problem(403);
        JsonNode route = reviewer.post(EDU + "/routes", Json.obj("unitId", id(street), "name", "测试精品路线",
                "theme", "红色印记", "durationMinutes", 180)).expect(201).json();
        reviewer.put(EDU + "/routes/" + id(route) + "/stops", Json.obj("siteIds", Json.arr(id(site), id(site))), version(route))
                .expectInvalid("siteIds");
        route = reviewer.put(EDU + "/routes/" + id(route) + "/stops", Json.obj("siteIds", Json.arr(id(second), id(site))),
                version(route)).expect(200).json();
        assertEquals(id(second), route.path("stops").get(0).path("siteId").asLong());
        route = reviewer.post(EDU + "/routes/" + id(route) + "/publish", Json.obj(), version(route)).expect(200).json();
        assertEquals("PUBLISHED", route.path("status").asText());
        JsonNode blocked = reviewer.post(EDU + "/sites/" + id(site) + "/retire", Json.obj(), version(site)).problem(409);
        assertTrue(blocked.toString(), blocked.path("detail").asText().contains("测试精品路线"));
        route = reviewer.post(EDU + "/routes/" + id(route) + "/unpublish", Json.obj(), version(route)).expect(200).json();
        JsonNode retired = step(reviewer, "sites", site, "retire", Json.obj());
        assertEquals("RETIRED", retired.path("status").asText());
        reviewer.post(EDU + "/routes/" + id(route) + "/publish", Json.obj(), version(route)).problem(409);

        // ---- a session of the street for the branch: held with the roster's attendance, then archived
        JsonNode program = streetAdmin.post(EDU + "/programs", Json.obj("unitId", id(street), "name", "“新+”测试项目",
                "year", year)).expect(201).json();
        String start = LocalDate.now().minusDays(1) + "T09:00";
        String end = LocalDate.now().minusDays(1) + "T17:00";
        streetAdmin.post(EDU + "/sessions", Json.obj("unitId", id(street), "title", "集中培训", "startsAt", start,
                "endsAt", end, "capacity", 10, "creditedHours", 1.3, "targetUnitIds", Json.arr(id(otherStreet))))
                .expectInvalid("creditedHours", "targetUnitIds[0]");
        JsonNode session = streetAdmin.post(EDU + "/sessions", Json.obj("programId", id(program), "unitId", id(street),
                "title", "集中培训", "startsAt", start, "endsAt", end, "siteId", id(second), "capacity", 10,
                "creditedHours", 7, "targetUnitIds", Json.arr(id(branch)))).expect(201).json();
        assertEquals("PLANNED", session.path("status").asText());
        assertEquals(3, secretary.get(EDU + "/sessions/" + id(session) + "/roster").expect(200).json().size());
        // the branch lists the street's session planned for it
        JsonNode forBranch = secretary.get(EDU + "/sessions?unit=" + id(branch)).expect(200).json();
        assertEquals(forBranch.toString(), id(session), forBranch.path("items").get(0).path("id").asLong());
        streetAdmin.post(EDU + "/sessions/" + id(session) + "/hold", Json.obj("present", Json.arr(members.get(0), 424242L)),
                version(session)).expectInvalid("present[1]");
        session = streetAdmin.post(EDU + "/sessions/" + id(session) + "/hold", Json.obj("present",
                Json.arr(members.get(0), members.get(1)), "excused", Json.arr(members.get(2))), version(session)).expect(200).json();
        assertEquals("HELD", session.path("status").asText());
        assertEquals(66.7, session.path("attendanceRate").asDouble(), 1e-9);
        session = streetAdmin.post(EDU + "/sessions/" + id(session) + "/archive", Json.obj(), version(session)).expect(200).json();
        JsonNode frozen = streetAdmin.put(EDU + "/sessions/" + id(session) + "/attendance", Json.obj("present", Json.arr()),
                version(session)).problem(409);
        assertTrue(frozen.toString(), frozen.path("detail").asText().contains("Archived"));
        JsonNode later = streetAdmin.post(EDU + "/sessions", Json.obj("unitId", id(street), "title", "下月党课",
                "startsAt", LocalDate.now().plusDays(30) + "T14:30", "endsAt", LocalDate.now().plusDays(30) + "T17:00",
                "capacity", 10, "creditedHours", 3, "targetUnitIds", Json.arr(id(branch)))).expect(201).json();
        streetAdmin.post(EDU + "/sessions/" + id(later) + "/hold", Json.obj(), version(later)).problem(409);
        // 发展对象 as trainees (MembershipIT adds one): strict input, nothing once archived, none listed yet
        streetAdmin.post(EDU + "/sessions/" + id(later) + "/trainees", Json.obj("fileId", 987654321L)).expectInvalid("fileId");
        streetAdmin.post(EDU + "/sessions/" + id(later) + "/trainees", Json.obj("fileId", -1)).expectInvalid("fileId");
        streetAdmin.post(EDU + "/sessions/" + id(session) + "/trainees", Json.obj("fileId", 987654321L)).problem(409);
        JsonNode noTrainees = secretary.get(EDU + "/sessions/" + id(session) + "/trainees").expect(200).json();
        assertEquals(noTrainees.toString(), 0, noTrainees.path("items").size());
        streetAdmin.post(EDU + "/sessions/" + id(later) + "/cancel", Json.obj(), version(later)).expectInvalid("reason");
        later = streetAdmin.post(EDU + "/sessions/" + id(later) + "/cancel", Json.obj("reason", "与区委培训冲突"),
                version(later)).expect(200).json();
        assertEquals("CANCELLED", later.path("status").asText());

        // ---- hours: self-study approved by the secretary; the street's requirement (inherited) decides compliance
        JsonNode study = secretary.post(EDU + "/credits", Json.obj("memberId", members.get(0), "title", "网络学习",
                "studiedOn", LocalDate.now().toString(), "hours", 4)).expect(201).json();
        assertEquals("PENDING", study.path("status").asText());
        study = secretary.post(EDU + "/credits/" + id(study) + "/approve", Json.obj(), version(study)).expect(200).json();
        secretary.post(EDU + "/credits/" + id(study) + "/approve", Json.obj(), version(study)).problem(409);
        secretary.putWithoutVersion(EDU + "/requirements/" + id(street), Json.obj("hours", 10)).problem(403);
        streetAdmin.putWithoutVersion(EDU + "/requirements/" + id(street), Json.obj("hours", 0)).expectInvalid("hours");
        streetAdmin.putWithoutVersion(EDU + "/requirements/" + id(street), Json.obj("hours", 10)).expect(200);
        JsonNode inherited = secretary.get(EDU + "/requirements/" + id(branch)).expect(200).json();
        assertEquals(10.0, inherited.path("hours").asDouble(), 1e-9);
        assertEquals(id(street), inherited.path("fromUnitId").asLong());
        JsonNode mine = member.get(EDU + "/my/hours?year=" + year).expect(200).json();
        assertEquals(mine.toString(), 11.0, mine.path("hours").asDouble(), 1e-9);
        assertTrue(mine.toString(), mine.path("met").asBoolean());
        member.get(EDU + "/sites?unit=" + id(branch)).problem(403);

        // ---- study points: 2 per session hour and 1 per self-study hour until the district sets a rule
        double sessionHours = mine.path("sessionHours").asDouble();
        JsonNode points = member.get(EDU + "/my/points?year=" + year).expect(200).json();
        assertEquals(points.toString(), 2 * sessionHours + 4, points.path("points").asDouble(), 1e-9);
        assertEquals(points.toString(), 1, points.path("rankInUnit").asInt());
        secretary.putWithoutVersion(EDU + "/points/rules/SELF_STUDY", Json.obj("pointsPerHour", 3)).problem(403);
        reviewer.putWithoutVersion(EDU + "/points/rules/SELF_STUDY", Json.obj("pointsPerHour", 1.25)).expectInvalid("pointsPerHour");
        reviewer.putWithoutVersion(EDU + "/points/rules/TV", Json.obj("pointsPerHour", 1)).expectInvalid("source");
        JsonNode rule = reviewer.putWithoutVersion(EDU + "/points/rules/SELF_STUDY", Json.obj("pointsPerHour", 3)).expect(200).json();
        assertEquals(rule.toString(), 3.0, rule.path("pointsPerHour").asDouble(), 1e-9);
        JsonNode ranking = streetAdmin.get(EDU + "/points/ranking?unit=" + id(street) + "&year=" + year).expect(200).json();
        JsonNode top = ranking.path("items").get(0);
        assertEquals(ranking.toString(), (long) members.get(0), top.path("memberId").asLong());
        assertEquals(ranking.toString(), 2 * sessionHours + 12, top.path("points").asDouble(), 1e-9);
        otherAdmin.get(EDU + "/points/ranking?unit=" + id(street) + "&year=" + year).problem(404);
        streetAdmin.get(EDU + "/points/ranking?unit=" + id(street) + "&year=1999").expectInvalid("year");
        reviewer.putWithoutVersion(EDU + "/points/rules/SELF_STUDY", Json.obj("pointsPerHour", 1)).expect(200);
        JsonNode compliance = streetAdmin.get(EDU + "/compliance?unit=" + id(street) + "&year=" + year).expect(200).json();
        assertEquals(compliance.toString(), 3, compliance.path("total").path("members").asInt());
        assertEquals(compliance.toString(), 1, compliance.path("total").path("meeting").asInt());
        JsonNode behind = streetAdmin.get(EDU + "/compliance/behind?unit=" + id(street) + "&year=" + year).expect(200).json();
        assertEquals(2, behind.path("total").asInt());
        assertEquals(10.0, behind.path("items").get(0).path("shortfall").asDouble(), 1e-9);
        // the last quarter's reminders, unit by unit: each unit with members behind, its secretary told with the names
        Response reminded = streetAdmin.post(EDU + "/reminders?unit=" + id(street) + "&year=" + year, "");
        if (LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getMonthValue() >= 10) {
            long units = java.util.stream.StreamSupport.stream(behind.path("items").spliterator(), false)
                    .map(b -> b.path("unitId").asLong()).distinct().count();
            assertEquals(reminded.toString(), units, reminded.expect(200).json().path("units").asLong());
            String told = secretary.inLanguage("zh-CN").get("/notifications?unread=true").expect(200).json().toString();
            assertTrue(told, told.contains("学时未达标") && told.contains("王学习"));
        } else {
            reminded.problem(409);
        }
        JsonNode figures = streetAdmin.get(EDU + "/statistics?unit=" + id(street) + "&year=" + year).expect(200).json();
        assertEquals(figures.toString(), 1, figures.path("sites").asInt());
        assertEquals(1, figures.path("sessionsHeld").asInt());
        assertEquals(18.0, figures.path("hoursCredited").asDouble(), 1e-9);

        // ---- the sign-in sheet: the roster out, filled in, back in (a bad row refuses the whole sheet)
        JsonNode sheetSession = streetAdmin.post(EDU + "/sessions", Json.obj("unitId", id(street), "title", "专题党课",
                "startsAt", start, "endsAt", end, "capacity", 10, "creditedHours", 2, "targetUnitIds", Json.arr(id(branch))))
                .expect(201).json();
        String sheet = secretary.get(EDU + "/sessions/" + id(sheetSession) + "/sign-in-sheet?format=CSV").expect(200).text();
        assertTrue(sheet, sheet.contains("党员编号") && sheet.contains("张学习") && sheet.contains("王学习"));
        String header = "党员编号,姓名,考勤\n";
        JsonNode refused = streetAdmin.send("POST", EDU + "/sessions/" + id(sheetSession) + "/sign-in-sheet?format=CSV",
                "text/csv", BodyPublishers.ofString(header + members.get(0) + ",张学习,出席\n424242,某人,出席\n"
                        + members.get(2) + ",王学习,迟到\n"), "If-Match", Api.etag(version(sheetSession))).problem(422);
        assertEquals(refused.toString(), 2, refused.path("rowErrors").size());
        assertEquals("PLANNED", streetAdmin.get(EDU + "/sessions/" + id(sheetSession)).expect(200).json().path("status").asText());
        JsonNode signed = streetAdmin.send("POST", EDU + "/sessions/" + id(sheetSession) + "/sign-in-sheet?format=CSV",
                "text/csv", BodyPublishers.ofString(header + members.get(0) + ",张学习,出席\n" + members.get(2) + ",王学习,请假\n"),
                "If-Match", Api.etag(version(sheetSession))).expect(200).json();
        assertEquals("HELD", signed.path("status").asText());
        assertEquals(1, signed.path("presentCount").asInt());
        String behindSheet = streetAdmin.get(EDU + "/compliance/behind/export?unit=" + id(street) + "&year=" + year
                + "&format=CSV").expect(200).text();
        assertTrue(behindSheet, behindSheet.contains("差额") && behindSheet.contains("王学习") && !behindSheet.contains("张学习"));

        // ---- checking in by phone: the code works during the session only, for the members of its organizations
        java.time.LocalDateTime chinaNow = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        JsonNode live = streetAdmin.post(EDU + "/sessions", Json.obj("unitId", id(street), "title", "正在进行的培训",
                "startsAt", chinaNow.minusHours(1).toString(), "endsAt", chinaNow.plusHours(2).toString(), "capacity", 10,
                "creditedHours", 3, "targetUnitIds", Json.arr(id(branch)))).expect(201).json();
        String code = live.path("checkInCode").asText();
        assertTrue(live.toString(), code.matches("\\d{6}"));
        member.post(EDU + "/my/check-in", Json.obj("code", "12ab")).expectInvalid("code");
        member.post(EDU + "/my/check-in", Json.obj("code", session.path("checkInCode").asText())).problem(409);
        member.post(EDU + "/my/check-in", Json.obj("code", later.path("checkInCode").asText())).problem(409);
        streetAdmin.post(EDU + "/my/check-in", Json.obj("code", code)).problem(403);
        JsonNode checked = member.post(EDU + "/my/check-in", Json.obj("code", code)).expect(200).json();
        assertEquals(id(live), checked.path("sessionId").asLong());
        assertEquals(checked.path("checkedAt"), member.post(EDU + "/my/check-in", Json.obj("code", code)).expect(200).json()
                .path("checkedAt"));
        List<Long> checkedIn = new ArrayList<>();
        streetAdmin.get(EDU + "/sessions/" + id(live) + "/roster").expect(200).json().forEach(e -> {
            if (e.path("checkedIn").asBoolean()) {
                checkedIn.add(e.path("memberId").asLong());
            }
        });
        assertEquals(List.of(members.get(0)), checkedIn);

        // ---- scope and enablement: another street sees nothing here; a unit without the module is refused
        otherAdmin.get(EDU + "/sites/" + id(second)).problem(404);
        otherAdmin.get(EDU + "/sessions?unit=" + id(street)).problem(404);
        otherAdmin.post(EDU + "/sessions/" + id(session) + "/archive", Json.obj(), version(session)).problem(404);
        JsonNode elsewhere = fixtures.unit(code("EX"), null, "STREET", "WORKING_COMMITTEE");
        Api outsider = account(code("eout").toLowerCase(), "UNIT_ADMIN", id(elsewhere), null);
        JsonNode disabled = outsider.get(EDU + "/sites?unit=" + id(elsewhere)).problem(403);
        assertTrue(disabled.toString(), disabled.toString().contains("education"));

        // ---- uninstall and reinstall: every record is still there
        JsonNode before = reviewer.get(EDU + "/sessions/" + id(session)).expect(200).json();
        assertTrue(api.post("/modules/education/uninstall", "").status() < 300);
        await(EDU + "/categories", 404);
        assertTrue(api.post("/modules/education/install?timeout=180", "").status() < 300);
        await(EDU + "/sessions/" + id(session), 200);
        assertEquals(before, reviewer.get(EDU + "/sessions/" + id(session)).expect(200).json());
        assertEquals(1, streetAdmin.get(EDU + "/compliance?unit=" + id(street) + "&year=" + year).expect(200).json()
                .path("total").path("meeting").asInt());
        // the demo is not loaded twice
        assertEquals(28, awaitDemo(district).path("sites").asInt());
    }

    /** Query parameters that cannot be read answer 422 naming them; refusals log no stack trace. */
    @Test
    public void unreadableParametersAnswer422AndRefusalsAreQuiet() {
        long district = districtRoot();
        awaitDemo(district);
        String unit = "?unit=" + district;
        JsonNode status = api.get(EDU + "/sites" + unit + "&status=LOST").expectInvalid("status");
        assertTrue(status.toString(), status.toString().contains("APPROVED"));
        api.get(EDU + "/sessions" + unit + "&year=1999").expectInvalid("year");
        api.get(EDU + "/sessions" + unit + "&size=100000").expectInvalid("size");
        api.get(EDU + "/sites" + unit + "&sort=secret").expectInvalid("sort");
        api.get(EDU + "/credits" + unit + "&source=TV").expectInvalid("source");
        api.get(EDU + "/sites").expectInvalid("unit");
        KarafLog.assertQuiet("refused education requests", () -> {
            for (int i = 0; i < 3; i++) {
                api.get(EDU + "/sites/987654321").problem(404);
                api.get(EDU + "/sessions/987654321").problem(404);
                api.post(EDU + "/sites", Json.obj("name", "")).problem(422);
                api.post(EDU + "/sessions/987654321/hold", Json.obj(), 0).problem(404);
            }
        });
    }

    private static JsonNode step(Api as, String collection, JsonNode record, String action, Object body) {
        return as.post(EDU + "/" + collection + "/" + id(record) + "/" + action, body, version(record)).expect(200).json();
    }

    private static long version(JsonNode record) {
        return record.path("version").asLong();
    }

    private static JsonNode figure(JsonNode report, String id) {
        for (JsonNode module : report.path("modules")) {
            for (JsonNode s : module.path("statistics")) {
                if (id.equals(s.path("id").asText())) {
                    return s;
                }
            }
        }
        throw new AssertionError("no figure " + id + " in " + report);
    }

    private long districtRoot() {
        return api.demoDistrictId();
    }

    /** The module's figures of 2024 once its demo data is in (core loads its demo first, then the modules'). */
    private JsonNode awaitDemo(long district) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = api.get(EDU + "/statistics?unit=" + district + "&year=2024");
            if (last.status() == 200 && last.json().path("sessionsHeld").asInt() > 0) {
                return last.json();
            }
            Api.sleep(500);
        }
        throw new AssertionError("the education demo data did not appear: " + last);
    }

    private Response await(String path, int status) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Response r = null;
        while (System.nanoTime() < deadline) {
            r = api.get(path);
            if (r.status() == status) {
                return r;
            }
            Api.sleep(250);
        }
        throw new AssertionError("no " + status + " from " + path + ": " + r);
    }

    private Api account(String username, String role, long unit, Long memberId) {
        return api.newAccount(username, role, unit, memberId);
    }

    private String shell(String command) {
        try {
            return KarafShell.run(sessionFactory, command);
        } catch (Exception e) {
            throw new AssertionError(command, e);
        }
    }
}
