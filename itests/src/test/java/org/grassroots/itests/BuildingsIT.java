package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Api.Response;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.KarafLog;
import org.grassroots.itests.support.KarafShell;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 楼宇党建 on the district distribution with the demo data on, in one container: the demo's 10 demonstration
 * buildings (博晶大厦, 互联网大健康 …) and the belt come out of the module's statistics and its work-record section;
 * a street records a building's profile, enterprises move in with their Party coverage (应建未建 flagged), one
 * moves out (history kept); a building's secretary sets up the 楼委会, adds members (one director per term), records
 * a meeting and decisions and follows them up (409 naming the allowed steps), overdue decisions are notified; the
 * district designates the building and assesses it; bad input is refused with the fields named and nothing stored;
 * another street sees nothing (404), a street without the module is refused (403); the module is uninstalled and
 * reinstalled with its data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
// by name: the warm-up check (when…) comes last, so that its wait for the warm-up overlaps the other tests
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class BuildingsIT extends DistrictTestSupport {
    private static final String BLD = "/api/buildings";
    private static final Duration SETTLE = Duration.ofSeconds(120);

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(District.configurationWithDemoOf("buildings"),
                // this class checks the dashboard's warm-up (off in every other container) through its INFO line
                editConfigurationFilePut("etc/org.grassroots.core.cfg", "dashboardWarmup", "true"),
                editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.warmup.name",
                        "org.grassroots.core.internal.modules.DashboardWarmup"),
                editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.warmup.level", "INFO"));
    }

    /**
     * Once the platform has settled, the dashboard's figures of the top units and the streets and parks right below
     * them are computed in the background for the five years the dashboard shows first (DashboardWarmup), so the first
     * dashboard after a start reads them from the cache. The tests of this class add top units and write data
     * meanwhile, so the check is the warm-up's own account: at least the demo district and its streets and parks,
     * five reports each.
     */
    @Test
    public void whenThePlatformHasSettledTheDashboardsFiguresAreComputed() {
        long district = districtRoot();
        int offices = 0;
        for (JsonNode child : api.get("/organizations/" + district + "/children").expect(200).json()) {
            String type = child.path("unitType").asText();
            offices += type.equals("STREET") || type.equals("PARK") ? 1 : 0;
        }
        Pattern warmed = Pattern.compile("Dashboard figures warmed: (\\d+) units, (\\d+) reports");
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        Matcher line = null;
        while (line == null && System.nanoTime() < deadline) {
            Matcher found = warmed.matcher(KarafLog.fromStart().added());
            if (found.find()) {
                line = found;
            } else {
                Api.sleep(1000);
            }
        }
        assertNotNull("no 'Dashboard figures warmed' line in karaf.log within 5 minutes", line);
        int units = Integer.parseInt(line.group(1));
        assertTrue(units + " units warmed; the district and its " + offices + " streets and parks at least", units >= 1 + offices);
        assertEquals("five years a unit", 5 * units, Integer.parseInt(line.group(2)));
    }

    @Test
    public void theDemoReproducesTheTenDemonstrationBuildingsOfTheBelt() {
        long district = districtRoot();
        JsonNode stats = awaitDemo(district);
        System.out.println("buildings demo figures 2024: " + stats);
        JsonNode demonstration = stat(stats, "buildings.demonstration");
        assertEquals(stats.toString(), 10, demonstration.path("value").asInt());
        assertEquals(7, demonstration.path("breakdown").path("SHUNHUA").asInt());
        assertEquals(3, demonstration.path("breakdown").path("JINGSHI").asInt());
        JsonNode belt = stat(stats, "buildings.belt");
        assertEquals(stats.toString(), 30, belt.path("value").asInt());
        assertEquals(18, belt.path("breakdown").path("SHUNHUA").asInt());
        assertEquals(8, belt.path("breakdown").path("JINGSHI").asInt());
        JsonNode coverage = stat(stats, "buildings.coverage");
        int enterprises = coverage.path("breakdown").path("enterprises").asInt();
        assertTrue(coverage.toString(), enterprises > 150 && coverage.path("value").asDouble() > 70
                && coverage.path("breakdown").path("shouldForm").asInt() > 0);
        assertEquals(enterprises, coverage.path("breakdown").path("OWN_ORGANIZATION").asInt()
                + coverage.path("breakdown").path("JOINT_BRANCH").asInt() + coverage.path("breakdown").path("NONE").asInt());
        JsonNode decisions = stat(stats, "buildings.decisions");
        assertTrue(decisions.toString(), decisions.path("breakdown").path("committees").asInt() >= 10
                && decisions.path("value").asDouble() > 50);

        String list = api.get(BLD + "/demonstrations?unit=" + district + "&size=50").expect(200).text();
        assertTrue(list, list.contains("博晶大厦") && list.contains("互联网大健康") && list.contains("\"total\":10"));
        // the demo's business districts along the belt and its 两企三新 management, some organizations with none
        JsonNode districts = api.get(BLD + "/districts?unit=" + district).expect(200).json();
        assertEquals(districts.toString(), 3, districts.path("total").asInt());
        assertTrue(districts.toString(), districts.path("items").get(0).path("activities").asInt() == 10);
        JsonNode management = api.get(BLD + "/management/summary?unit=" + district).expect(200).json();
        assertTrue(management.toString(), management.path("managed").asInt() > 0 && management.path("unmanaged").asInt() > 0);
        assertEquals(management.path("unmanaged").asInt(), api.get(BLD + "/management?unit=" + district + "&managed=false&size=1")
                .expect(200).json().path("total").asInt());
        JsonNode districtFigure = stat(stats, "buildings.districts");
        assertEquals(districtFigure.toString(), 3, districtFigure.path("value").asInt());
        assertEquals(26, districtFigure.path("breakdown").path("buildings").asInt());
        assertEquals(12, districtFigure.path("breakdown").path("JOINT_MEETING").asInt());
        assertEquals(3, districtFigure.path("breakdown").path("JOINT_ACTIVITY").asInt());
        JsonNode managedFigure = stat(stats, "buildings.management");
        assertEquals(managedFigure.toString(), management.path("managed").asInt(), managedFigure.path("value").asInt());
        assertEquals(management.path("unmanaged").asInt(), managedFigure.path("breakdown").path("unmanaged").asInt());
        JsonNode report = api.get(BLD + "/coverage?unit=" + district + "&asOf=2024-12-31").expect(200).json();
        assertEquals(30, report.path("buildings").size());
        assertEquals(enterprises, report.path("total").path("enterprises").asInt());

        JsonNode record = api.get("/work-record?subtreeOf=" + district + "&year=2024").expect(200).json();
        assertEquals(record.toString(), 0, record.path("failed").size());
        JsonNode section = null;
        for (JsonNode s : record.path("sections")) {
            if ("buildings".equals(s.path("module").asText())) {
                section = s;
            }
        }
        assertTrue(record.toString(), section != null);
        Map<String, JsonNode> figures = new HashMap<>();
        section.path("figures").forEach(f -> figures.put(f.path("id").asText(), f));
        assertEquals(10, figures.get("buildings.demonstration").path("value").asInt());
        assertEquals("m/buildings/demonstrations", figures.get("buildings.demonstration").path("drillDown").asText());
        assertTrue(section.toString(), section.path("highlights").toString().contains("博晶大厦"));
        assertTrue(section.toString(), section.at("/summary/zhCN").asText().contains("示范楼宇10个"));
        assertTrue(section.toString(), section.at("/summary/en").asText().contains("10 of them demonstration buildings"));
        assertEquals("m/buildings/districts", figures.get("buildings.districts").path("drillDown").asText());
        assertEquals(3, figures.get("buildings.districts").path("value").asInt());
        assertTrue(figures.toString(), figures.containsKey("buildings.management.unmanaged"));
        assertTrue(section.toString(), section.at("/summary/zhCN").asText().contains("商圈联建3个，当年召开联席会议12次、开展联建活动3次"));
    }

    @Test
    public void aStreetRunsItsBuildingsFromProfileToCommitteeDecisionsAndDemonstration() throws Exception {
        LocalDate today = LocalDate.now();
        JsonNode street = fixtures.unit(code("BST"), null, "STREET", "WORKING_COMMITTEE");
        JsonNode building = fixtures.unit(code("BB"), id(street), "BUILDING", "JOINT_BRANCH");
        JsonNode own = fixtures.unit(code("BE1"), id(building), "ENTERPRISE", "BRANCH");
        JsonNode bare = fixtures.unit(code("BE2"), id(building), "ENTERPRISE", "NONE");
        JsonNode otherStreet = fixtures.unit(code("BOS"), null, "STREET", "WORKING_COMMITTEE");
        JsonNode otherBuilding = fixtures.unit(code("BOB"), id(otherStreet), "BUILDING", "JOINT_BRANCH");
        api.putWithoutVersion("/modules/buildings/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        Api admin = account(code("badm").toLowerCase(), "UNIT_ADMIN", id(street));
        Api secretary = account(code("bsec").toLowerCase(), "SECRETARY", id(building));
        Api otherAdmin = account(code("both").toLowerCase(), "UNIT_ADMIN", id(otherStreet));

        // ---- the building's profile: bad input refused with every field named, nothing stored
        admin.post(BLD + "/buildings", Json.obj("buildingId", id(building), "floors", 0, "areaSqm", -5))
                .expectInvalid("belt", "floors", "areaSqm");
        admin.post(BLD + "/buildings", Json.obj("buildingId", id(street), "belt", "SHUNHUA")).expectInvalid("buildingId");
        admin.post(BLD + "/buildings", Json.obj("buildingId", id(building), "belt", "ELSEWHERE")).expectInvalid("belt");
        assertEquals(0, admin.get(BLD + "/buildings?unit=" + id(street)).expect(200).json().path("total").asInt());
        JsonNode profile = admin.post(BLD + "/buildings", Json.obj("buildingId", id(building), "belt", "SHUNHUA",
                "address", "舜华路1号", "floors", 20, "areaSqm", 36000.0, "propertyManager", "高新城市服务")).expect(201).json();
        admin.post(BLD + "/buildings", Json.obj("buildingId", id(building), "belt", "JINGSHI")).problem(409);
        secretary.post(BLD + "/buildings", Json.obj("buildingId", id(building), "belt", "JINGSHI")).problem(403);

        // ---- enterprises move in with their coverage; 应建未建 is flagged
        String day = today.minusMonths(6).toString();
        JsonNode ownTenancy = admin.post(BLD + "/tenancies", Json.obj("buildingId", id(building), "enterpriseId", id(own),
                "floor", 5, "room", "501", "coverage", "OWN_ORGANIZATION", "fullMembers", 6, "movedIn", day)).expect(201).json();
        assertEquals(id(own), ownTenancy.path("coveringOrgId").asLong());
        admin.post(BLD + "/tenancies", Json.obj("buildingId", id(building), "enterpriseId", id(bare), "coverage", "NONE",
                "coveringOrgId", id(building), "fullMembers", -1, "movedIn", today.plusDays(3).toString(), "floor", 0))
                .expectInvalid("coveringOrgId", "fullMembers", "movedIn", "floor");
        admin.post(BLD + "/tenancies", Json.obj("buildingId", id(building), "enterpriseId", id(bare), "coverage", "OWN_ORGANIZATION",
                "fullMembers", 4, "movedIn", day)).expectInvalid("coveringOrgId");
        JsonNode bareTenancy = admin.post(BLD + "/tenancies", Json.obj("buildingId", id(building), "enterpriseId", id(bare),
                "coverage", "NONE", "instructorName", "李指导", "fullMembers", 4, "movedIn", day)).expect(201).json();
        assertTrue(bareTenancy.toString(), bareTenancy.path("shouldForm").asBoolean());
        admin.post(BLD + "/tenancies", Json.obj("buildingId", id(building), "enterpriseId", id(bare), "coverage", "NONE",
                "fullMembers", 4, "movedIn", day)).problem(409);
        JsonNode small = admin.post(BLD + "/tenancies", Json.obj("buildingId", id(building), "enterpriseName", "泉城小微科技有限公司",
                "coverage", "JOINT_BRANCH", "fullMembers", 1, "movedIn", day)).expect(201).json();
        assertEquals(id(building), small.path("coveringOrgId").asLong());
        JsonNode report = admin.get(BLD + "/coverage?unit=" + id(street)).expect(200).json();
        JsonNode total = report.path("total");
        assertEquals(report.toString(), 3, total.path("enterprises").asInt());
        assertEquals(1, total.path("ownOrganization").asInt());
        assertEquals(1, total.path("jointBranch").asInt());
        assertEquals(1, total.path("none").asInt());
        assertEquals(1, total.path("shouldForm").asInt());
        assertEquals(1, total.path("instructorOnly").asInt());
        assertEquals(66.7, total.path("percent").asDouble(), 1e-9);
        assertEquals(1, admin.get(BLD + "/tenancies?unit=" + id(street) + "&shouldForm=true").expect(200).json().path("total").asInt());
        // the enterprise joins the building's joint branch; the small one moves out (kept as history)
        JsonNode joined = admin.post(BLD + "/tenancies/" + id(bareTenancy) + "/coverage", Json.obj("coverage", "JOINT_BRANCH",
                "fullMembers", 4), bareTenancy.path("version").asLong()).expect(200).json();
        assertEquals("JOINT_BRANCH", joined.path("coverage").asText());
        admin.post(BLD + "/tenancies/" + id(small) + "/move-out", Json.obj("movedOut", today.toString())).problem(428);
        admin.post(BLD + "/tenancies/" + id(small) + "/move-out", Json.obj("movedOut", today.minusMonths(7).toString()),
                small.path("version").asLong()).expectInvalid("movedOut");
        JsonNode out = admin.post(BLD + "/tenancies/" + id(small) + "/move-out", Json.obj("movedOut", today.toString(),
                "reason", "扩大经营迁至产业园"), small.path("version").asLong()).expect(200).json();
        admin.post(BLD + "/tenancies/" + id(small) + "/move-out", Json.obj("movedOut", today.toString()),
                out.path("version").asLong()).problem(409);
        assertEquals(1, admin.get(BLD + "/tenancies?unit=" + id(street) + "&current=false").expect(200).json().path("total").asInt());
        assertEquals(2, admin.get(BLD + "/tenancies?unit=" + id(street)).expect(200).json().path("total").asInt());
        assertEquals(1, admin.get(BLD + "/enterprises/" + id(own) + "/tenancies").expect(200).json().size());

        // ---- the building's secretary sets up the 楼委会, its members, a meeting and decisions
        LocalDate established = today.minusDays(60);
        JsonNode committee = secretary.post(BLD + "/committees", Json.obj("buildingId", id(building), "name", "示范楼委会",
                "establishedOn", established.toString())).expect(201).json();
        secretary.post(BLD + "/committees", Json.obj("buildingId", id(building), "name", "第二个",
                "establishedOn", established.toString())).problem(409);
        String members = BLD + "/committees/" + id(committee) + "/members";
        secretary.post(members, Json.obj("personName", "王主任", "side", "PARTY_ORGANIZATION", "represents", "楼宇联合党支部",
                "post", "DIRECTOR", "termFrom", established.toString(), "termTo", established.plusYears(3).toString())).expect(201);
        secretary.post(members, Json.obj("personName", "赵主任", "side", "ENTERPRISE", "represents", "某企业",
                "post", "DIRECTOR", "termFrom", established.plusDays(1).toString(), "termTo", established.plusYears(2).toString())).problem(409);
        secretary.post(members, Json.obj("personName", "", "side", "ENTERPRISE", "post", "MEMBER", "termFrom", established.toString(),
                "termTo", established.minusDays(1).toString())).expectInvalid("personName", "represents", "termTo");
        secretary.post(members, Json.obj("personName", "刘经理", "side", "PROPERTY_MANAGEMENT", "represents", "高新城市服务",
                "post", "DEPUTY_DIRECTOR", "termFrom", established.toString(), "termTo", established.plusYears(3).toString())).expect(201);
        assertEquals(2, secretary.get(BLD + "/committees/" + id(committee)).expect(200).json().path("members").asInt());
        String meetings = BLD + "/committees/" + id(committee) + "/meetings";
        secretary.post(meetings, Json.obj("heldOn", established.minusDays(1).toString(), "topic", "早于成立", "attendees", 0))
                .expectInvalid("heldOn", "attendees");
        JsonNode meeting = secretary.post(meetings, Json.obj("heldOn", today.minusDays(30).toString(), "topic", "楼宇停车与消防安全议事",
                "attendees", 7, "minutes", "议定两项事项。")).expect(201).json();
        String decide = BLD + "/meetings/" + id(meeting) + "/decisions";
        secretary.post(decide, Json.obj("content", "完善消防通道标识", "ownerName", "物业服务中心",
                "dueOn", today.minusDays(31).toString())).expectInvalid("dueOn");
        JsonNode decision = secretary.post(decide, Json.obj("content", "完善消防通道标识", "ownerName", "物业服务中心",
                "dueOn", today.plusDays(30).toString())).expect(201).json();
        JsonNode late = secretary.post(decide, Json.obj("content", "协调增设职工午休区", "ownerName", "楼宇党组织书记",
                "dueOn", today.minusDays(10).toString())).expect(201).json();
        assertTrue(late.toString(), late.path("overdue").asBoolean());
        JsonNode started = secretary.post(BLD + "/decisions/" + id(decision) + "/start", null, decision.path("version").asLong())
                .expect(200).json();
        assertEquals("IN_PROGRESS", started.path("status").asText());
        JsonNode refused = secretary.inLanguage("en").post(BLD + "/decisions/" + id(decision) + "/start", null,
                started.path("version").asLong()).problem(409);
        assertTrue(refused.toString(), refused.path("detail").asText().contains("allowed steps: Complete"));
        JsonNode done = secretary.post(BLD + "/decisions/" + id(decision) + "/complete", Json.obj("doneOn", today.toString()),
                started.path("version").asLong()).expect(200).json();
        assertEquals("DONE", done.path("status").asText());
        assertEquals(0, done.path("allowed").size());
        secretary.post(BLD + "/decisions/" + id(decision) + "/complete", null, done.path("version").asLong()).problem(409);
        JsonNode history = secretary.get(BLD + "/decisions/" + id(decision) + "/history").expect(200).json();
        assertEquals(history.toString(), 3, history.size());
        assertTrue(history.toString(), history.get(2).path("by").asText().startsWith("bsec"));
        // the overdue decision is notified once, to the building and the street's administrators
        JsonNode run = admin.post(BLD + "/decisions/overdue-check", null).expect(200).json();
        assertTrue(run.toString(), run.path("decisionIds").toString().contains(String.valueOf(id(late))));
        assertTrue(admin.post(BLD + "/decisions/overdue-check", null).expect(200).json().path("notified").asInt() == 0);
        String inbox = admin.get("/notifications?size=50").expect(200).text();
        assertTrue(inbox, inbox.contains("协调增设职工午休区"));
        assertEquals(1, secretary.get(BLD + "/decisions?unit=" + id(building) + "&overdue=true").expect(200).json().path("total").asInt());

        // ---- the district designates the building and assesses it
        String demonstration = BLD + "/demonstrations";
        admin.post(demonstration, Json.obj("buildingId", id(building))).problem(403);
        api.post(demonstration, Json.obj("buildingId", id(building), "designatedOn", today.toString(), "criteria", Json.arr("POSITION")))
                .expectInvalid("criteria");
        JsonNode designated = api.post(demonstration, Json.obj("buildingId", id(building), "designatedOn", today.toString(),
                "criteria", Json.arr("COMMITTEE", "POSITION", "FULL_COVERAGE"), "upgradeTasks", Json.arr("党群服务站提档升级")))
                .expect(201).json();
        api.post(demonstration + "/" + id(designated) + "/assessments", Json.obj("year", today.getYear(), "score", 101))
                .expectInvalid("score");
        JsonNode assessed = api.post(demonstration + "/" + id(designated) + "/assessments", Json.obj("year", today.getYear(),
                "score", 91, "note", "运行规范")).expect(201).json();
        assertEquals("EXCELLENT", assessed.path("grade").asText());

        // ---- the street's figures
        JsonNode stats = admin.get(BLD + "/statistics?unit=" + id(street) + "&year=" + today.getYear()).expect(200).json();
        assertEquals(1, stat(stats, "buildings.demonstration").path("value").asInt());
        assertEquals(1, stat(stats, "buildings.belt").path("breakdown").path("SHUNHUA").asInt());
        assertEquals(100.0, stat(stats, "buildings.coverage").path("value").asDouble(), 1e-9);
        JsonNode decisions = stat(stats, "buildings.decisions");
        assertEquals(stats.toString(), 1, decisions.path("breakdown").path("committees").asInt());
        assertEquals(1, decisions.path("breakdown").path("overdue").asInt());
        String shell = KarafShell.run(sessions, "grassroots:buildings-stats " + street.path("code").asText() + " " + today.getYear());
        assertTrue(shell, shell.contains("buildings.demonstration") && shell.contains("buildings.coverage"));

        // ---- scope: another street sees nothing of this one; a street without the module is refused
        otherAdmin.get(BLD + "/buildings/" + id(profile)).problem(404);
        otherAdmin.get(BLD + "/tenancies/" + id(ownTenancy)).problem(404);
        otherAdmin.get(BLD + "/decisions/" + id(decision)).problem(404);
        otherAdmin.get(BLD + "/tenancies?unit=" + id(street)).problem(404);
        otherAdmin.post(BLD + "/tenancies", Json.obj("buildingId", id(building), "enterpriseName", "越权", "coverage", "NONE",
                "fullMembers", 0, "movedIn", day)).problem(404);
        JsonNode disabled = otherAdmin.get(BLD + "/buildings?unit=" + id(otherStreet)).problem(403);
        assertTrue(disabled.toString(), disabled.path("detail").asText().contains("buildings"));
        otherAdmin.post(BLD + "/buildings", Json.obj("buildingId", id(otherBuilding), "belt", "NONE")).problem(403);

        // ---- uninstall and reinstall the module: every record is still there
        JsonNode before = admin.get(BLD + "/tenancies/" + id(ownTenancy)).expect(200).json();
        api.post("/modules/buildings/uninstall", "").expect(200);
        awaitTrue("the module's API gone", () -> api.get(BLD + "/buildings?unit=" + id(street)).status() == 404);
        api.post("/modules/buildings/install?timeout=" + SETTLE.toSeconds(), "").expect(200);
        awaitTrue("the module's API back", () -> admin.get(BLD + "/tenancies/" + id(ownTenancy)).status() == 200);
        assertEquals(before, admin.get(BLD + "/tenancies/" + id(ownTenancy)).expect(200).json());
        assertEquals(1, api.get(BLD + "/statistics?unit=" + id(street) + "&year=" + today.getYear()).expect(200).json()
                .get(2).path("value").asInt());
    }

    /** Business districts, the 两企三新 management view and the tenancy sheets (BuildingsJointWork). */
    @Test
    public void aStreetRunsItsBusinessDistrictTwoNewManagementAndTenancySheets() throws Exception {
        String street = new BuildingsJointWork(api, (username, unit) -> account(username, "UNIT_ADMIN", unit)).run();
        String shell = KarafShell.run(sessions, "grassroots:buildings-management --unmanaged " + street);
        assertTrue(shell, shell.contains("两新组织 3，已明确管理党委 1，无管理党委 2"));
        String districts = KarafShell.run(sessions, "grassroots:buildings-districts --members " + street);
        assertTrue(districts, districts.contains("商圈 1") && districts.contains("舜华路商圈") && districts.contains("退出")
                && districts.contains("到会 2/2"));
    }

    /** Query parameters and bodies that cannot be read answer 422 naming them. */
    @Test
    public void unreadableParametersAnswer422NamingThem() {
        awaitTrue("the module's API served", () -> api.get(BLD + "/openapi.json").status() == 200);
        api.get(BLD + "/buildings").expectInvalid("unit");
        JsonNode street = fixtures.unit(code("BQS"), null, "STREET", "WORKING_COMMITTEE");
        api.putWithoutVersion("/modules/buildings/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        long unit = id(street);
        api.get(BLD + "/buildings?unit=" + unit + "&belt=MOON").expectInvalid("belt");
        api.get(BLD + "/tenancies?unit=" + unit + "&coverage=SOME").expectInvalid("coverage");
        api.get(BLD + "/decisions?unit=" + unit + "&status=LOST").expectInvalid("status");
        api.get(BLD + "/statistics?unit=" + unit + "&year=1999").expectInvalid("year");
        api.get(BLD + "/coverage?unit=" + unit + "&asOf=yesterday").expectInvalid("asOf");
        api.get(BLD + "/meetings?unit=" + unit + "&sort=secret").expectInvalid("sort");
        api.get(BLD + "/tenancies?unit=" + unit + "&size=100000").expectInvalid("size");
        api.get(BLD + "/decisions/987654321").problem(404);
        api.post(BLD + "/tenancies", Json.obj()).expectInvalid("buildingId");
        api.post(BLD + "/committees", Json.obj("buildingId", "12")).expectInvalid("buildingId");
        api.post(BLD + "/districts/987654321/activities", Json.obj("kind", "PICNIC")).expectInvalid("kind");
        api.get(BLD + "/tenancies/export?unit=" + unit + "&format=PDF").expectInvalid("format");
        api.post(BLD + "/districts/987654321/members/1/leave", Json.obj("leftOn", "soon")).expectInvalid("leftOn");
        api.post(BLD + "/management/987654321/end", Json.obj("endedOn", "soon"), 1).expectInvalid("endedOn");
        api.send("POST", BLD + "/tenancies/import?unit=" + unit, "text/csv", java.net.http.HttpRequest.BodyPublishers.ofString("a\n"))
                .expectInvalid("format");
    }

    private long districtRoot() {
        return api.demoDistrictId();
    }

    private static JsonNode stat(JsonNode stats, String id) {
        for (JsonNode s : stats) {
            if (id.equals(s.path("id").asText())) {
                return s;
            }
        }
        throw new AssertionError("no statistic " + id + " in " + stats);
    }

    /** Polls until the module's demo data is in (core loads its district first, then the modules' contributors). */
    private JsonNode awaitDemo(long district) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Response r = api.get(BLD + "/statistics?unit=" + district + "&year=2024");
            if (r.status() == 200) {
                last = r.json();
                if (stat(last, "buildings.demonstration").path("value").asInt() > 0) {
                    return last;
                }
            }
            Api.sleep(500);
        }
        throw new AssertionError("the buildings demo data did not appear: " + last);
    }

    /** An account scoped to {@code unit}, signed in once to replace its temporary password; a Basic client. */
    private Api account(String username, String role, long unit) {
        return api.newAccount(username, role, unit, null);
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
