package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.District;
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
 * 共建社区"幸福家园" over HTTP on the district distribution with the demo data on: the demo reproduces the report's
 * figures (48 communities all covered by 双报到 pairings in 2024, 21 secretaries adjusted, 凤凰国际 rider-friendly) through
 * the module's statistics, coverage view and work-record section. Then a street of its own: the "两委" team and a
 * secretary change with its history, a pairing and the coverage flagging the unpaired community, a member registering
 * by themselves, logging hours the community confirms or rejects with a reason, the member's own organization seeing
 * them, a move; a station with its visits; a rider-friendly application with its evidence files, refused until the checklist is met. Another
 * street sees nothing (404), a street without the module is refused (403), bad input is refused with the fields named,
 * and the module is uninstalled and reinstalled with its data. Events with sign-in by code (closing a volunteer event
 * turns its sign-ins into confirmed hours and kills the code) and micro-wishes claimed by members and paired units.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CommunityIT extends CommunityTestSupport {
    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] configuration() {
        return District.configurationWithDemoOf("community");
    }

    @Test
    public void theDemoDistrictReproducesTheReportsFigures() throws Exception {
        long district = districtRoot();
        Map<String, Double> figures = awaitDemo(district);
        assertEquals(figures.toString(), 48.0, figures.get("community.communities"), 1e-9);
        assertEquals(48.0, figures.get("community.covered"), 1e-9);
        assertEquals(21.0, figures.get("community.secretariesAdjusted"), 1e-9);
        assertEquals(1.0, figures.get("community.riderFriendly"), 1e-9);
        assertTrue(figures.toString(), figures.get("community.partners") > 10 && figures.get("community.registered") > 100
                && figures.get("community.hours") > 100 && figures.get("community.stations") >= 12
                && figures.get("community.visits") > 1000);

        JsonNode coverage = api.get(COMMUNITY + "/coverage?unit=" + district + "&year=2024").expect(200).json();
        assertEquals(48, coverage.path("communities").asInt());
        assertEquals(48, coverage.path("covered").asInt());
        assertFalse(coverage.path("rows").get(0).path("flagged").asBoolean());
        // the round before the 2024 adjustment covered only some communities: they are flagged, first
        JsonNode before = api.get(COMMUNITY + "/coverage?unit=" + district + "&year=2023").expect(200).json();
        assertEquals(12, before.path("covered").asInt());
        assertTrue(before.path("rows").get(0).path("flagged").asBoolean());
        assertEquals(21, api.get(COMMUNITY + "/teams/secretary-changes?unit=" + district + "&year=2024").expect(200).json().size());
        JsonNode groups = api.get(COMMUNITY + "/stations/groups?unit=" + district).expect(200).json();
        assertTrue(groups.toString(), groups.size() == 3 && "RIDER".equals(groups.get(0).path("group").asText())
                && groups.get(0).path("members").asLong() > 0);
        String riders = api.get(COMMUNITY + "/rider-friendly?unit=" + district + "&status=DESIGNATED").expect(200).text();
        assertTrue(riders, riders.contains("凤凰国际社区"));

        JsonNode record = api.get("/work-record?subtreeOf=" + district + "&year=2024").expect(200).json();
        JsonNode section = null;
        for (JsonNode s : record.path("sections")) {
            if ("community".equals(s.path("module").asText())) {
                section = s;
            }
        }
        assertTrue(record.toString(), section != null);
        assertTrue(section.toString(), section.toString().contains("凤凰国际社区")
                && section.at("/summary/zhCN").asText().contains("调整优化社区党组织书记21名")
                && section.at("/summary/zhCN").asText().contains("覆盖48个社区中的48个"));
        String dashboard = api.get("/statistics?subtreeOf=" + district + "&year=2024").expect(200).text();
        assertTrue(dashboard, dashboard.contains("community.covered") && dashboard.contains("骑手友好社区")
                && dashboard.contains("community.trained") && dashboard.contains("联席会议议题办结"));
        System.out.println("community demo figures 2024: " + new java.util.TreeMap<>(figures));
        CommunityDemoActivity.check(api, sessions, district, figures);
    }

    @Test
    public void aStreetKeepsTeamsPairingsRegistrationsHoursStationsAndDesignations() {
        int year = LocalDate.now().getYear();
        String today = LocalDate.now().toString();
        JsonNode street = fixtures.unit(code("CST"), null, "STREET", "WORKING_COMMITTEE");
        JsonNode c1 = fixtures.unit(code("CC1"), id(street), "COMMUNITY", "GENERAL_BRANCH");
        JsonNode c2 = fixtures.unit(code("CC2"), id(street), "COMMUNITY", "GENERAL_BRANCH");
        JsonNode institution = fixtures.unit(code("CIN"), null, "INSTITUTION", "BRANCH");
        JsonNode otherStreet = fixtures.unit(code("COS"), null, "STREET", "WORKING_COMMITTEE");
        api.putWithoutVersion("/modules/community/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        api.putWithoutVersion("/modules/community/enablement/" + id(institution), Json.obj("enabled", true)).expect(200);
        JsonNode old = fixtures.member("老书记甲", id(c1));
        JsonNode successor = fixtures.member("新书记乙", id(c1));
        JsonNode resident = fixtures.member("报到党员丙", id(institution));
        Api admin = account(code("cadm").toLowerCase(), "UNIT_ADMIN", id(street), null);
        Api auditor = account(code("caud").toLowerCase(), "AUDITOR", id(street), null);
        Api institutionAdmin = account(code("cins").toLowerCase(), "UNIT_ADMIN", id(institution), null);
        Api otherAdmin = account(code("coth").toLowerCase(), "UNIT_ADMIN", id(otherStreet), null);
        Api member = account(code("cmem").toLowerCase(), "MEMBER", id(institution), id(resident));

        // ---- the "两委" team: a secretary, a second one refused, the change with its reason and history
        admin.post(COMMUNITY + "/teams", Json.obj("communityId", id(street), "memberId", 987654321, "post", "SECRETARY"))
                .expectInvalid("communityId", "memberId", "termStart");
        admin.post(COMMUNITY + "/teams", Json.obj("communityId", id(c1), "memberId", id(old), "post", "SECRETARY",
                "termStart", "2023-01-05")).expect(201);
        admin.post(COMMUNITY + "/teams", Json.obj("communityId", id(c1), "memberId", id(successor), "post", "SECRETARY",
                "termStart", "2023-01-05")).problem(409);
        auditor.post(COMMUNITY + "/teams/communities/" + id(c1) + "/secretary", Json.obj("memberId", id(successor),
                "changedOn", today, "reason", "换届")).problem(403);
        admin.post(COMMUNITY + "/teams/communities/" + id(c1) + "/secretary", Json.obj("memberId", id(successor),
                "changedOn", today)).expectInvalid("reason");
        JsonNode changed = admin.post(COMMUNITY + "/teams/communities/" + id(c1) + "/secretary", Json.obj("memberId", id(successor),
                "changedOn", today, "reason", "工作调动")).expect(200).json();
        assertEquals("新书记乙", changed.path("memberName").asText());
        JsonNode history = admin.get(COMMUNITY + "/teams?unit=" + id(street) + "&history=true").expect(200).json();
        assertEquals(history.toString(), 2, history.size());
        assertTrue(history.toString(), history.toString().contains("工作调动"));
        assertEquals(1, admin.get(COMMUNITY + "/teams/secretary-changes?unit=" + id(street) + "&year=" + year).expect(200).json().size());

        // ---- 双报到 (a): the institution pairs with the first community; the coverage flags the second
        admin.post(COMMUNITY + "/pairings", Json.obj("communityId", id(c1), "partnerId", id(c2), "startsOn", "2099-13-01"))
                .problem(422);
        admin.post(COMMUNITY + "/pairings", Json.obj("communityId", id(c1), "partnerId", id(c2), "startsOn", today))
                .expectInvalid("partnerId");
        JsonNode pairing = admin.post(COMMUNITY + "/pairings", Json.obj("communityId", id(c1), "partnerId", id(institution),
                "startsOn", today, "resources", "党员志愿者10名", "needs", "为老服务", "projects", "四点半课堂")).expect(201).json();
        admin.post(COMMUNITY + "/pairings", Json.obj("communityId", id(c1), "partnerId", id(institution), "startsOn", today))
                .problem(409);
        JsonNode coverage = admin.get(COMMUNITY + "/coverage?unit=" + id(street) + "&year=" + year).expect(200).json();
        assertEquals(2, coverage.path("communities").asInt());
        assertEquals(1, coverage.path("covered").asInt());
        assertEquals(id(c2), coverage.path("rows").get(0).path("communityId").asLong());
        assertTrue(coverage.path("rows").get(0).path("flagged").asBoolean());

        // ---- 双报到 (b): the member registers by themselves, logs hours; the community confirms one and rejects one
        String choices = member.get(COMMUNITY + "/my/communities").expect(200).text();
        assertTrue(choices, choices.contains(c1.path("name").asText()));
        member.post(COMMUNITY + "/my/registrations", Json.obj("communityId", id(c2))).expectInvalid("communityId");
        JsonNode registration = member.post(COMMUNITY + "/my/registrations", Json.obj("communityId", id(c1),
                "volunteerPost", "政策宣讲员")).expect(201).json();
        member.post(COMMUNITY + "/my/registrations", Json.obj("communityId", id(c1))).problem(409);
        member.post(COMMUNITY + "/my/hours", Json.obj("servedOn", today, "hours", 30, "activity", "宣讲")).expectInvalid("hours");
        member.post(COMMUNITY + "/my/hours", Json.obj("servedOn", "2099-01-01", "hours", 2, "activity", "")).expectInvalid("servedOn", "activity");
        JsonNode first = member.post(COMMUNITY + "/my/hours", Json.obj("servedOn", today, "hours", 2.5, "activity", "防诈骗宣讲"))
                .expect(201).json();
        JsonNode second = member.post(COMMUNITY + "/my/hours", Json.obj("servedOn", today, "hours", 1.5, "activity", "环境整治"))
                .expect(201).json();
        member.post(COMMUNITY + "/hours/" + id(first) + "/confirm", Json.obj(), first.path("version").asLong()).problem(403);
        JsonNode confirmed = admin.post(COMMUNITY + "/hours/" + id(first) + "/confirm", Json.obj(), first.path("version").asLong())
                .expect(200).json();
        assertEquals("CONFIRMED", confirmed.path("status").asText());
        JsonNode twice = admin.post(COMMUNITY + "/hours/" + id(first) + "/reject", Json.obj("note", "重复"),
                confirmed.path("version").asLong()).problem(409);
        assertTrue(twice.toString(), twice.path("detail").asText().contains("final"));
        admin.post(COMMUNITY + "/hours/" + id(second) + "/reject", Json.obj(), second.path("version").asLong()).expectInvalid("note");
        admin.post(COMMUNITY + "/hours/" + id(second) + "/reject", Json.obj("note", "未签到"), second.path("version").asLong())
                .expect(200);
        JsonNode own = member.get(COMMUNITY + "/my/hours").expect(200).json();
        assertEquals(own.toString(), 2, own.size());
        // the member's own organization sees its members' hours wherever they served
        JsonNode byOrganization = institutionAdmin.get(COMMUNITY + "/hours?unit=" + id(institution) + "&byOrganization=true")
                .expect(200).json();
        assertEquals(byOrganization.toString(), 2, byOrganization.path("total").asInt());
        assertEquals(0, institutionAdmin.get(COMMUNITY + "/hours?unit=" + id(institution)).expect(200).json().path("total").asInt());
        // education credits the confirmed hours as study points (volunteer service, 1 point an hour), not as study hours
        api.putWithoutVersion("/modules/education/enablement/" + id(institution), Json.obj("enabled", true)).expect(200);
        JsonNode points = member.get("/api/education/my/points?year=" + year).expect(200).json();
        assertEquals(points.toString(), 2.5, points.path("bySource").path("VOLUNTEER").asDouble(), 1e-9);
        assertEquals(points.toString(), 2.5, points.path("points").asDouble(), 1e-9);

        // ---- a station and its visits; a rider-friendly application refused until the checklist is met
        JsonNode station = admin.post(COMMUNITY + "/stations", Json.obj("unitId", id(c1), "name", "暖新驿站", "services", "休息饮水",
                "openingHours", "8:00-22:00", "openedOn", today)).expect(201).json();
        admin.put(COMMUNITY + "/stations/" + id(station) + "/visits/2099-01", Json.obj("visits", 5), 0).expectInvalid("period");
        admin.putWithoutVersion(COMMUNITY + "/stations/" + id(station) + "/visits/" + YearMonth.now(), Json.obj("visits", -1))
                .expectInvalid("visits");
        admin.putWithoutVersion(COMMUNITY + "/stations/" + id(station) + "/visits/" + YearMonth.now(), Json.obj("visits", 120))
                .expect(200);
        JsonNode application = admin.post(COMMUNITY + "/rider-friendly", Json.obj("communityId", id(c1),
                "criteriaMet", Json.arr("STATION", "REST"), "evidence", "驿站照片")).expect(201).json();
        admin.post(COMMUNITY + "/rider-friendly/" + id(application) + "/designate", Json.obj(), application.path("version").asLong())
                .expectInvalid("criteriaMet");
        String evidence = COMMUNITY + "/rider-friendly/" + id(application) + "/evidence?filename=";
        admin.postBytes(evidence + "report.pdf", "application/pdf", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 })
                .expectInvalid("file");
        JsonNode files = admin.postBytes(evidence + "ledger.pdf", "application/pdf", PDF).expect(200).json();
        assertEquals(files.toString(), 1, files.size());
        assertEquals(1, auditor.get(COMMUNITY + "/rider-friendly/" + id(application) + "/evidence").expect(200).json().size());
        otherAdmin.get(COMMUNITY + "/rider-friendly/" + id(application) + "/evidence").problem(404);
        admin.post(COMMUNITY + "/rider-friendly/" + id(application) + "/reject", Json.obj("note", "标准未达到"),
                application.path("version").asLong()).expect(200);
        admin.postBytes(evidence + "late.pdf", "application/pdf", PDF).problem(409);
        JsonNode again = admin.post(COMMUNITY + "/rider-friendly", Json.obj("communityId", id(c1), "criteriaMet",
                Json.arr("STATION", "ACCESS", "PARKING", "REST", "VOICE", "CARE"), "evidence", "台账齐全")).expect(201).json();
        JsonNode designated = admin.post(COMMUNITY + "/rider-friendly/" + id(again) + "/designate", Json.obj("on", today),
                again.path("version").asLong()).expect(200).json();
        assertEquals(today, designated.path("designatedOn").asText());

        // ---- the figures of the street
        Map<String, Double> figures = figures(admin, id(street), year);
        assertEquals(figures.toString(), 2.0, figures.get("community.communities"), 1e-9);
        assertEquals(1.0, figures.get("community.covered"), 1e-9);
        assertEquals(1.0, figures.get("community.registered"), 1e-9);
        assertEquals(2.5, figures.get("community.hours"), 1e-9);
        assertEquals(120.0, figures.get("community.visits"), 1e-9);
        assertEquals(1.0, figures.get("community.riderFriendly"), 1e-9);
        assertEquals(1.0, figures.get("community.secretariesAdjusted"), 1e-9);

        // ---- the member moves house: the second community gets a pairing, the registration moves there
        admin.post(COMMUNITY + "/pairings", Json.obj("communityId", id(c2), "partnerId", id(institution), "startsOn", today)).expect(201);
        JsonNode moved = member.post(COMMUNITY + "/my/registrations/" + id(registration) + "/move", Json.obj("communityId", id(c2)),
                registration.path("version").asLong()).expect(200).json();
        assertEquals(id(c2), moved.path("communityId").asLong());
        JsonNode mine = member.get(COMMUNITY + "/my/registrations").expect(200).json();
        assertEquals(mine.toString(), 2, mine.size());
        assertEquals("ACTIVE", mine.get(0).path("status").asText());
        assertEquals("CANCELLED", mine.get(1).path("status").asText());

        // ---- scope: another street sees nothing of this one; a street without the module is refused
        otherAdmin.get(COMMUNITY + "/pairings/" + id(pairing)).problem(404);
        otherAdmin.get(COMMUNITY + "/coverage?unit=" + id(street)).problem(404);
        JsonNode disabled = otherAdmin.get(COMMUNITY + "/coverage?unit=" + id(otherStreet)).problem(403);
        assertTrue(disabled.toString(), disabled.path("detail").asText().contains("community"));
        otherAdmin.post(COMMUNITY + "/pairings/" + id(pairing) + "/end", Json.obj("endedOn", today, "reason", "x"),
                pairing.path("version").asLong()).problem(404);

        // ---- uninstall and reinstall the module: every record is still there
        JsonNode kept = admin.get(COMMUNITY + "/pairings/" + id(pairing)).expect(200).json();
        api.post("/modules/community/uninstall", "").expect(200);
        awaitTrue("the module's API gone", () -> api.get(COMMUNITY + "/statistics?unit=" + id(street)).status() == 404);
        api.post("/modules/community/install?timeout=" + SETTLE.toSeconds(), "").expect(200);
        awaitTrue("the module's API back", () -> admin.get(COMMUNITY + "/pairings/" + id(pairing)).status() == 200);
        assertEquals(kept, admin.get(COMMUNITY + "/pairings/" + id(pairing)).expect(200).json());
        assertEquals(2.5, figures(admin, id(street), year).get("community.hours"), 1e-9);
    }

    @Test
    public void membersSignInAtEventsByCodeAndClaimMicroWishes() {
        String today = LocalDate.now().toString();
        JsonNode street = fixtures.unit(code("CES"), null, "STREET", "WORKING_COMMITTEE");
        JsonNode c1 = fixtures.unit(code("CE1"), id(street), "COMMUNITY", "GENERAL_BRANCH");
        JsonNode institution = fixtures.unit(code("CEI"), null, "INSTITUTION", "BRANCH");
        JsonNode stranger = fixtures.unit(code("CEX"), null, "INSTITUTION", "BRANCH");
        JsonNode otherStreet = fixtures.unit(code("CEO"), null, "STREET", "WORKING_COMMITTEE");
        api.putWithoutVersion("/modules/community/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        JsonNode resident = fixtures.member("志愿党员丁", id(institution));
        Api admin = account(code("ceadm").toLowerCase(), "UNIT_ADMIN", id(street), null);
        Api otherAdmin = account(code("ceoth").toLowerCase(), "UNIT_ADMIN", id(otherStreet), null);
        Api member = account(code("cemem").toLowerCase(), "MEMBER", id(institution), id(resident));
        admin.post(COMMUNITY + "/pairings", Json.obj("communityId", id(c1), "partnerId", id(institution), "startsOn", today)).expect(201);
        member.post(COMMUNITY + "/my/registrations", Json.obj("communityId", id(c1))).expect(201);

        // ---- a volunteer event: published with a code, signed up and signed in by code, closed into confirmed hours
        admin.post(COMMUNITY + "/events", Json.obj("communityId", id(c1), "kind", "VOLUNTEER")).expectInvalid("title", "heldOn", "hours");
        JsonNode event = admin.post(COMMUNITY + "/events", Json.obj("communityId", id(c1), "kind", "VOLUNTEER", "title", "小区环境整治",
                "place", "社区广场", "heldOn", today, "hours", 2)).expect(201).json();
        String code = event.path("code").asText();
        assertTrue(event.toString(), code.matches("[A-Z0-9]{6}"));
        String listed = member.get(COMMUNITY + "/my/events").expect(200).text();
        assertTrue(listed, listed.contains("小区环境整治") && !listed.contains(code));
        assertTrue(member.post(COMMUNITY + "/my/events/" + id(event) + "/sign-up", Json.obj()).expect(200).json().path("signedUp").asBoolean());
        member.post(COMMUNITY + "/my/sign-in", Json.obj("code", "")).expectInvalid("code");
        member.post(COMMUNITY + "/my/sign-in", Json.obj("code", code.equals("ZZZZZZ") ? "YYYYYY" : "ZZZZZZ")).expectInvalid("code");
        assertTrue(member.post(COMMUNITY + "/my/sign-in", Json.obj("code", code.toLowerCase())).expect(200).json().path("signedIn").asBoolean());
        member.post(COMMUNITY + "/my/sign-in", Json.obj("code", code)).problem(409);
        otherAdmin.get(COMMUNITY + "/events/" + id(event)).problem(404);
        JsonNode closed = admin.post(COMMUNITY + "/events/" + id(event) + "/close", Json.obj(), event.path("version").asLong()).expect(200).json();
        assertEquals(closed.toString(), "CLOSED 1", closed.path("status").asText() + " " + closed.path("signIns").asInt());
        JsonNode attendees = admin.get(COMMUNITY + "/events/" + id(event) + "/attendees").expect(200).json();
        assertEquals(attendees.toString(), 2.0, attendees.get(0).path("hours").asDouble(), 1e-9);
        assertTrue(member.post(COMMUNITY + "/my/sign-in", Json.obj("code", code)).problem(409).path("detail").asText().contains("小区环境整治"));
        assertEquals("CONFIRMED", member.get(COMMUNITY + "/my/hours").expect(200).json().get(0).path("status").asText());
        assertEquals(2.0, figures(admin, id(street), LocalDate.now().getYear()).get("community.hours"), 1e-9);
        // hours the member logs wait for the community, which is reminded; the member is told of the decision
        JsonNode logged = member.post(COMMUNITY + "/my/hours", Json.obj("servedOn", today, "hours", 1, "activity", "入户走访")).expect(201).json();
        assertEquals(1, admin.post(COMMUNITY + "/hours/reminders?unit=" + id(street), Json.obj()).expect(200).json().path("communities").asInt());
        long unread = member.get("/notifications/count").expect(200).json().path("unread").asLong();
        admin.post(COMMUNITY + "/hours/" + id(logged) + "/reject", Json.obj("note", "重复登记"), logged.path("version").asLong()).expect(200);
        assertEquals(unread + 1, member.get("/notifications/count").expect(200).json().path("unread").asLong());

        // ---- a training event needs no hours; cancelled with a reason it cannot be closed
        JsonNode training = admin.post(COMMUNITY + "/events", Json.obj("communityId", id(c1), "kind", "TRAINING", "title", "两委班子培训",
                "heldOn", today)).expect(201).json();
        admin.post(COMMUNITY + "/events/" + id(training) + "/cancel", Json.obj(), training.path("version").asLong()).expectInvalid("reason");
        JsonNode cancelled = admin.post(COMMUNITY + "/events/" + id(training) + "/cancel", Json.obj("reason", "改期"),
                training.path("version").asLong()).expect(200).json();
        admin.post(COMMUNITY + "/events/" + id(training) + "/close", Json.obj(), cancelled.path("version").asLong()).problem(409);

        // ---- micro-wishes: a registered member claims one, the community records it fulfilled; a paired unit claims another
        admin.post(COMMUNITY + "/wishes", Json.obj("communityId", id(c1), "title", "一副老花镜")).expectInvalid("beneficiary");
        JsonNode wish = admin.post(COMMUNITY + "/wishes", Json.obj("communityId", id(c1), "title", "一副老花镜",
                "beneficiary", "独居老人")).expect(201).json();
        JsonNode claimed = member.post(COMMUNITY + "/my/wishes/" + id(wish) + "/claim", Json.obj(), wish.path("version").asLong())
                .expect(200).json();
        assertEquals("志愿党员丁", claimed.path("memberName").asText());
        JsonNode fulfilled = admin.post(COMMUNITY + "/wishes/" + id(wish) + "/fulfil", Json.obj("on", today),
                claimed.path("version").asLong()).expect(200).json();
        admin.post(COMMUNITY + "/wishes/" + id(wish) + "/release", Json.obj("note", "x"), fulfilled.path("version").asLong()).problem(409);
        JsonNode second = admin.post(COMMUNITY + "/wishes", Json.obj("communityId", id(c1), "title", "学习用品",
                "beneficiary", "困难家庭儿童")).expect(201).json();
        admin.post(COMMUNITY + "/wishes/" + id(second) + "/claim", Json.obj("partnerId", id(stranger)), second.path("version").asLong())
                .expectInvalid("partnerId");
        JsonNode byUnit = admin.post(COMMUNITY + "/wishes/" + id(second) + "/claim", Json.obj("partnerId", id(institution)),
                second.path("version").asLong()).expect(200).json();
        assertEquals(institution.path("name").asText(), byUnit.path("partnerName").asText());
        JsonNode released = admin.post(COMMUNITY + "/wishes/" + id(second) + "/release", Json.obj("note", "单位调整"),
                byUnit.path("version").asLong()).expect(200).json();
        assertEquals(2, admin.get(COMMUNITY + "/wishes?unit=" + id(street)).expect(200).json().path("total").asInt());
        otherAdmin.post(COMMUNITY + "/wishes/" + id(second) + "/withdraw", Json.obj("note", "x"), released.path("version").asLong())
                .problem(404);
        // ---- 双报到 as a sheet: exported, a new row imported; a file with a bad row stores nothing (row errors)
        String sheet = COMMUNITY + "/sheets/registrations?format=CSV&unit=" + id(street);
        String exported = admin.get(sheet).expect(200).text();
        assertTrue(exported, exported.contains("党员编号") && exported.contains("," + id(resident) + ","));
        long newcomer = id(fixtures.member("表格报到党员戊", id(c1)));
        String row = (exported.endsWith("\n") ? "" : "\r\n") + "," + newcomer + ",,," + c1.path("code").asText() + ",,楼栋长,,\r\n";
        JsonNode refused = admin.send("POST", sheet, "text/csv", BodyPublishers.ofString(exported + row + "," + newcomer + ",,,NOPE,,,,\r\n")).problem(422);
        assertEquals(refused.toString(), 2, refused.path("rowErrors").size());
        JsonNode imported = admin.send("POST", sheet, "text/csv", BodyPublishers.ofString(exported + row)).expect(200).json();
        assertEquals(imported.toString(), "1 1", imported.path("created").asInt() + " " + imported.path("unchanged").asInt());
    }

    @Test
    public void jointCouncilsMeetAndAssignAndCloseTheirIssues() {
        String today = LocalDate.now().toString();
        JsonNode street = fixtures.unit(code("CJS"), null, "STREET", "WORKING_COMMITTEE");
        JsonNode community = fixtures.unit(code("CJC"), id(street), "COMMUNITY", "GENERAL_BRANCH");
        JsonNode enterprise = fixtures.unit(code("CJE"), id(street), "ENTERPRISE", "BRANCH"); // an enterprise of the area
        JsonNode otherStreet = fixtures.unit(code("CJO"), null, "STREET", "WORKING_COMMITTEE");
        api.putWithoutVersion("/modules/community/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        JsonNode manager = fixtures.member("兼职委员庚", id(enterprise));
        Api admin = account(code("cjadm").toLowerCase(), "UNIT_ADMIN", id(street), null);
        Api otherAdmin = account(code("cjoth").toLowerCase(), "UNIT_ADMIN", id(otherStreet), null);

        admin.post(COMMUNITY + "/councils/members", Json.obj("unitId", id(enterprise), "memberId", id(manager)))
                .expectInvalid("unitId", "partnerId", "roleTitle", "startsOn");
        JsonNode seat = admin.post(COMMUNITY + "/councils/members", Json.obj("unitId", id(street), "memberId", id(manager),
                "partnerId", id(enterprise), "roleTitle", "兼职副书记", "startsOn", today)).expect(201).json();
        assertEquals(seat.toString(), "STREET_WORKING_COMMITTEE", seat.path("council").asText());
        admin.post(COMMUNITY + "/councils/members", Json.obj("unitId", id(street), "memberId", id(manager),
                "partnerId", id(enterprise), "roleTitle", "兼职委员", "startsOn", today)).problem(409);
        admin.post(COMMUNITY + "/councils/meetings", Json.obj("unitId", id(street), "title", "联席会议", "heldOn", today,
                "present", Json.arr(987654321))).expectInvalid("present[0]");
        JsonNode meeting = admin.post(COMMUNITY + "/councils/meetings", Json.obj("unitId", id(street), "title", "第一季度联席会议",
                "heldOn", today, "present", Json.arr(id(seat)), "issues", Json.arr("老旧小区停车难", "快递员午休场所"))).expect(201).json();
        assertEquals(meeting.toString(), "兼职委员庚", meeting.path("presentNames").get(0).asText());
        JsonNode parking = meeting.path("issues").get(0);
        admin.post(COMMUNITY + "/councils/issues/" + id(parking) + "/assign", Json.obj("assigneeId", id(community), "dueOn", today),
                parking.path("version").asLong()).expectInvalid("assigneeId");
        JsonNode assigned = admin.post(COMMUNITY + "/councils/issues/" + id(parking) + "/assign", Json.obj("assigneeId", id(enterprise),
                "dueOn", today), parking.path("version").asLong()).expect(200).json();
        assertEquals("ASSIGNED", assigned.path("status").asText());
        admin.post(COMMUNITY + "/councils/issues/" + id(parking) + "/close", Json.obj("on", today), assigned.path("version").asLong())
                .expectInvalid("result");
        JsonNode closed = admin.post(COMMUNITY + "/councils/issues/" + id(parking) + "/close", Json.obj("result", "企业开放停车位40个",
                "on", today), assigned.path("version").asLong()).expect(200).json();
        admin.post(COMMUNITY + "/councils/issues/" + id(parking) + "/assign", Json.obj("assigneeId", id(enterprise), "dueOn", today),
                closed.path("version").asLong()).problem(409);
        assertEquals(1, admin.get(COMMUNITY + "/councils/meetings?unit=" + id(street)).expect(200).json().size());
        otherAdmin.post(COMMUNITY + "/councils/issues/" + id(parking) + "/close", Json.obj("result", "x", "on", today),
                closed.path("version").asLong()).problem(404);
        admin.post(COMMUNITY + "/councils/members/" + id(seat) + "/end", Json.obj("endedOn", today, "reason", "工作调动"),
                seat.path("version").asLong()).expect(200);
        assertEquals(0, admin.get(COMMUNITY + "/councils/members?unit=" + id(street)).expect(200).json().size());
    }

    /** Query parameters that cannot be read answer 422 naming them. */
    @Test
    public void unreadableParametersAnswer422NamingThem() {
        awaitTrue("the module's API served", () -> api.get(COMMUNITY + "/openapi.json").status() == 200);
        api.get(COMMUNITY + "/pairings?status=LOST").expectInvalid("status");
        api.get(COMMUNITY + "/coverage?year=1999").expectInvalid("year");
        api.get(COMMUNITY + "/statistics?year=abc").expectInvalid("year");
        api.get(COMMUNITY + "/pairings").expectInvalid("unit");
        api.get(COMMUNITY + "/pairings/987654321").problem(404);
        api.post(COMMUNITY + "/pairings", Json.obj()).expectInvalid("communityId", "partnerId", "startsOn");
    }
}
