package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.AffairsAssessmentChecks.statistic;
import static org.grassroots.itests.AffairsAssessmentChecks.version;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Api.Response;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
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
 * 基础党务 over HTTP on the district distribution with the demo data: the work record's figures (1,600+ organizations
 * held their 组织生活会, 30,000+ members evaluated) computed from the demo year; then, on a fresh subtree, a branch's
 * meetings from plan to archive as the branch secretary and the street administrator (quorum, minutes as a file,
 * review by the level above, illegal steps 409, bad input 422, another street 404), the compliance report with a
 * unit's rule and an exemption, 谈心谈话 talks and their yearly coverage, a democratic evaluation from opening to closing,
 * committee terms (换届, {@link AffairsTermsChecks}), the assessment ({@link AffairsAssessmentChecks}), and
 * uninstall/reinstall with the data intact.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AffairsIT extends DistrictTestSupport {
    private static final String AFF = "/api/affairs";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] configuration() {
        return District.configurationWithDemoOf("affairs");
    }

    @Test
    public void theDemoYearReproducesTheWorkRecordsFigures() throws Exception {
        long district = districtRoot();
        JsonNode d = awaitDemo(district);
        assertTrue(d.toString(), d.path("lifeMeetingHeld").asInt() >= 1600);
        assertTrue(d.toString(), d.path("lifeMeetingHeld").asInt() <= d.path("organizations").asInt());
        assertTrue(d.toString(), d.path("membersEvaluated").asInt() >= 30000);
        int ratings = 0;
        for (JsonNode n : d.path("ratings")) {
            ratings += n.asInt();
        }
        assertEquals(d.path("membersEvaluated").asInt(), ratings);
        // the same figures reach the district dashboard, every breakdown key labelled
        JsonNode report = api.get("/statistics?subtreeOf=" + district + "&year=2024").expect(200).json();
        JsonNode life = AffairsAssessmentChecks.statistic(report, "affairs.lifeMeetings");
        assertEquals(d.path("lifeMeetingHeld").asInt(), life.path("value").asInt());
        assertEquals("已召开", life.path("labels").path("held").path("zhCN").asText());
        JsonNode evaluated = AffairsAssessmentChecks.statistic(report, "affairs.membersEvaluated");
        assertEquals(d.path("membersEvaluated").asInt(), evaluated.path("value").asInt());
        assertEquals("不合格", evaluated.path("labels").path("UNQUALIFIED").path("zhCN").asText());
        JsonNode workforce = AffairsAssessmentChecks.statistic(report, "affairs.workforceCoverage");
        assertTrue(workforce.toString(), workforce.path("value").asDouble() > 90 && workforce.path("value").asDouble() < 100);
        // the compliance report of the year lists the organizations behind with what they miss
        JsonNode compliance = api.get(AFF + "/compliance?unit=" + district + "&year=2024&size=5").expect(200).json();
        assertEquals(d.path("organizations").asInt(), compliance.path("organizations").asInt());
        assertTrue(compliance.toString(), compliance.path("behindTotal").asInt() > 0
                && compliance.path("compliant").asInt() > compliance.path("behindTotal").asInt());
        assertEquals(5, compliance.path("behind").size());
        // the secretaries' 谈心谈话 of the demo year: nearly every member, in the report and on the dashboard
        double talked = compliance.path("talks").path("percent").asDouble();
        assertTrue(compliance.path("talks").toString(), talked > 90 && talked < 100);
        assertEquals(talked, AffairsAssessmentChecks.statistic(report, "affairs.talks").path("value").asDouble(), 0.001);
        assertEquals("已谈话", AffairsAssessmentChecks.statistic(report, "affairs.talks").path("labels").path("talked").path("zhCN").asText());
        String shell = KarafShell.run(sessions, "grassroots:affairs-stats JNGX 2024");
        assertTrue(shell, shell.contains("held their life meeting (组织生活会) " + d.path("lifeMeetingHeld").asInt()));
    }

    @Test
    public void theDashboardAnswersFromItsCacheAndReflectsEveryAcknowledgedWrite() throws Exception {
        awaitDemo(districtRoot());
        DashboardFreshnessChecks.run(api, fixtures);
    }

    @Test
    public void committeeTermsElectionsAndRequestsForADelayedElection() throws Exception {
        AffairsTermsChecks.demo(api, districtRoot(), awaitDemo(districtRoot()));
        AffairsTermsChecks.fresh(api, fixtures, this::account);
    }

    @Test
    public void aBranchHoldsItsMeetingsTheStreetReviewsThemAndTheFiguresFollow() throws Exception {
        // the demo loaders must be done before this test uninstalls the module (they run in its bundle)
        awaitDemo(districtRoot());
        int year = LocalDate.now().getYear();
        JsonNode root = fixtures.unit(code("AFD"), null, "DISTRICT", "WORKING_COMMITTEE");
        JsonNode street = fixtures.unit(code("AFS"), id(root), "STREET", "COMMITTEE");
        JsonNode otherStreet = fixtures.unit(code("AFO"), id(root), "STREET", "COMMITTEE");
        JsonNode branch = fixtures.branch(street, "AFB");
        long[] members = new long[3];
        for (int i = 0; i < 3; i++) {
            members[i] = id(fixtures.member("党员" + i, id(branch)));
        }
        api.putWithoutVersion("/modules/affairs/enablement/" + id(root), Json.obj("enabled", true)).expect(200);
        Api secretary = account(code("asec").toLowerCase(), "SECRETARY", id(branch), members[0]);
        Api streetAdmin = account(code("aadm").toLowerCase(), "UNIT_ADMIN", id(street), null);
        Api otherAdmin = account(code("aoth").toLowerCase(), "UNIT_ADMIN", id(otherStreet), null);

        // ---- plan: bad input is refused field by field, nothing stored
        secretary.post(AFF + "/meetings", Json.obj("organizationId", id(branch), "title", " ")).expectInvalid("type", "title", "plannedOn");
        secretary.post(AFF + "/meetings", Json.obj("organizationId", id(branch), "type", "DEMOCRATIC_LIFE", "title", "x",
                "plannedOn", LocalDate.now().toString())).expectInvalid("type");
        secretary.post(AFF + "/meetings", Json.obj("organizationId", id(branch), "type", "NOPE")).problem(422);
        JsonNode first = secretary.post(AFF + "/meetings", Json.obj("organizationId", id(branch), "type", "BRANCH_GENERAL",
                "title", "支部党员大会", "plannedOn", LocalDate.now().toString(), "topics", "讨论发展党员")).expect(201).json();
        assertEquals("PLANNED", first.path("status").asText());

        // ---- held with one of three full members: recorded, does not count (no quorum)
        secretary.post(AFF + "/meetings/" + id(first) + "/hold", Json.obj("heldOn", LocalDate.now().toString(),
                "chairMemberId", members[0], "recorderMemberId", members[1], "presentMemberIds", Json.arr(members[0]),
                "absences", Json.arr(Json.obj("memberId", members[1]))), version(first)).expectInvalid("absences[0].reason");
        first = secretary.post(AFF + "/meetings/" + id(first) + "/hold", Json.obj("heldOn", LocalDate.now().toString(),
                "chairMemberId", members[0], "recorderMemberId", members[1], "presentMemberIds", Json.arr(members[0]),
                "absences", Json.arr(Json.obj("memberId", members[1], "reason", "因公出差"),
                        Json.obj("memberId", members[2], "reason", "未请假", "excused", false))),
                version(first)).expect(200).json();
        assertEquals(3, first.path("entitled").asInt());
        assertEquals(1, first.path("present").asInt());
        assertFalse(first.toString(), first.path("counted").asBoolean());
        assertEquals(3, first.path("attendance").size());
        // an absence is excused unless said otherwise; one without a proper reason counts for the six-month rule
        first.path("attendance").forEach(line -> assertEquals(line.toString(),
                line.path("memberId").asLong() != members[2], line.path("excused").asBoolean()));

        // ---- a second one with a quorum; its minutes are a file; review by the level above
        JsonNode second = secretary.post(AFF + "/meetings", Json.obj("organizationId", id(branch), "type", "BRANCH_GENERAL",
                "title", "支部党员大会（再次召开）", "plannedOn", LocalDate.now().toString())).expect(201).json();
        second = secretary.post(AFF + "/meetings/" + id(second) + "/hold", Json.obj("heldOn", LocalDate.now().toString(),
                "chairMemberId", members[0], "recorderMemberId", members[1], "presentMemberIds", Json.arr(members[0], members[1])),
                version(second)).expect(200).json();
        assertTrue(second.path("counted").asBoolean());
        streetAdmin.post(AFF + "/meetings/" + id(second) + "/approve", Json.obj(), version(second)).problem(409);
        secretary.post(AFF + "/meetings/" + id(second) + "/submit", Json.obj(), version(second)).expectInvalid("summary");
        secretary.postBytes("/attachments?module=affairs&ownerType=meeting&ownerId=" + id(second) + "&filename=纪要.pdf",
                "application/pdf", PDF).expect(201);
        second = secretary.post(AFF + "/meetings/" + id(second) + "/submit", Json.obj(), version(second)).expect(200).json();
        assertEquals("SUBMITTED", second.path("status").asText());
        JsonNode inbox = streetAdmin.get("/notifications?unread=true").expect(200).json();
        assertTrue(inbox.toString(), inbox.toString().contains("会议纪要待审核"));
        secretary.post(AFF + "/meetings/" + id(second) + "/approve", Json.obj(), version(second)).problem(403);
        otherAdmin.get(AFF + "/meetings/" + id(second)).problem(404);
        streetAdmin.post(AFF + "/meetings/" + id(second) + "/return", Json.obj(), version(second)).expectInvalid("reason");
        second = streetAdmin.post(AFF + "/meetings/" + id(second) + "/return", Json.obj("reason", "请补充表决结果"), version(second))
                .expect(200).json();
        assertTrue(secretary.get("/notifications?unread=true").expect(200).json().toString().contains("会议纪要被退回"));
        streetAdmin.post(AFF + "/meetings/" + id(second) + "/approve", Json.obj(), version(second)).problem(409);
        secretary.post(AFF + "/meetings/" + id(second) + "/submit", Json.obj("summary", "表决结果：同意 2 票"), version(second) - 1).problem(409);
        second = secretary.post(AFF + "/meetings/" + id(second) + "/submit", Json.obj("summary", "表决结果：同意 2 票"), version(second))
                .expect(200).json();
        second = streetAdmin.post(AFF + "/meetings/" + id(second) + "/approve", Json.obj(), version(second)).expect(200).json();
        second = streetAdmin.post(AFF + "/meetings/" + id(second) + "/archive", Json.obj(), version(second)).expect(200).json();
        assertEquals("ARCHIVED", second.path("status").asText());
        assertEquals(0, second.path("allowedActions").size());

        // ---- the minutes as Word, in the reader's language; only a held meeting has them; scoped like the meeting
        Response word = secretary.inLanguage("zh-CN").get(AFF + "/meetings/" + id(second) + "/minutes?format=docx").expect(200);
        assertTrue(word.contentType(), word.contentType().startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        String minutes = wordXml(word.bytes());
        assertTrue(minutes, minutes.contains("支部党员大会（再次召开）") && minutes.contains("表决结果：同意 2 票") && minutes.contains("会议记录")
                && word.header("Content-Disposition").orElse("").contains(".docx"));
        assertTrue(wordXml(secretary.inLanguage("en").get(AFF + "/meetings/" + id(second) + "/minutes").expect(200).bytes())
                .contains("Minutes of the"));
        otherAdmin.get(AFF + "/meetings/" + id(second) + "/minutes").problem(404);
        secretary.get(AFF + "/meetings/" + id(second) + "/minutes?format=odt").expectInvalid("format");
        JsonNode planned = secretary.post(AFF + "/meetings", Json.obj("organizationId", id(branch), "type", "COMMITTEE",
                "title", "支委会", "plannedOn", LocalDate.now().toString())).expect(201).json();
        secretary.get(AFF + "/meetings/" + id(planned) + "/minutes").problem(409);
        JsonNode listed = streetAdmin.get(AFF + "/meetings?unit=" + id(street) + "&status=ARCHIVED").expect(200).json();
        assertEquals(1, listed.path("total").asInt());
        assertEquals(0, otherAdmin.get(AFF + "/meetings?unit=" + id(otherStreet)).expect(200).json().path("total").asInt());
        otherAdmin.get(AFF + "/meetings?unit=" + id(street)).problem(404);

        // ---- compliance: the branch is behind; a street rule and an exemption change what it owes
        JsonNode report = streetAdmin.get(AFF + "/compliance?unit=" + id(street) + "&year=" + year).expect(200).json();
        assertEquals(report.toString(), 1, report.path("behindTotal").asInt());
        assertTrue(report.toString(), gaps(report, id(branch)).contains("THEME_DAY"));
        secretary.putWithoutVersion(AFF + "/rules", Json.obj("unitId", id(street), "type", "GROUP", "period", "MONTH")).problem(403);
        streetAdmin.putWithoutVersion(AFF + "/rules", Json.obj("unitId", id(street), "type", "GROUP", "period", "MONTH")).expect(200);
        JsonNode rules = secretary.get(AFF + "/rules?unit=" + id(branch)).expect(200).json();
        assertTrue(rules.toString(), rules.toString().contains("{\"type\":\"GROUP\",\"period\":\"MONTH\",\"platformDefault\":\"NONE\",\"setByUnitId\":" + id(street)));
        streetAdmin.post(AFF + "/exemptions", Json.obj("organizationId", id(branch), "type", "THEME_DAY", "year", year)).expectInvalid("reason");
        streetAdmin.post(AFF + "/exemptions", Json.obj("organizationId", id(branch), "type", "THEME_DAY", "year", year,
                "reason", "社区改造，活动场地封闭")).expect(201);
        report = streetAdmin.get(AFF + "/compliance?unit=" + id(street) + "&year=" + year).expect(200).json();
        String gaps = gaps(report, id(branch));
        assertFalse(gaps, gaps.contains("THEME_DAY"));
        assertTrue(gaps, LocalDate.now().getMonthValue() == 1 || gaps.contains("GROUP"));
        assertTrue(streetAdmin.post(AFF + "/reminders/run?unit=" + id(street), Json.obj()).expect(200).json()
                .path("organizationsChecked").asInt() >= 1);

        // ---- a monthly guide from the street: the branch sees it and links its 主题党日 to it
        String month = java.time.YearMonth.now().toString();
        secretary.post(AFF + "/guides", Json.obj("unitId", id(street), "month", month, "type", "THEME_DAY", "title", "x")).problem(403);
        streetAdmin.post(AFF + "/guides", Json.obj("unitId", id(street), "month", "13/2024", "type", "COMMITTEE", "title", " "))
                .expectInvalid("month", "type", "title");
        JsonNode guide = streetAdmin.post(AFF + "/guides", Json.obj("unitId", id(street), "month", month, "type", "THEME_DAY",
                "title", "重温入党誓词")).expect(201).json();
        assertTrue(secretary.get(AFF + "/guides?unit=" + id(branch)).expect(200).json().toString().contains("重温入党誓词"));
        secretary.post(AFF + "/meetings", Json.obj("organizationId", id(branch), "type", "LECTURE", "title", "党课",
                "plannedOn", LocalDate.now().toString(), "guideId", id(guide))).expectInvalid("guideId");
        assertEquals(id(guide), secretary.post(AFF + "/meetings", Json.obj("organizationId", id(branch), "type", "THEME_DAY",
                "title", "主题党日", "plannedOn", LocalDate.now().toString(), "guideId", id(guide))).expect(201).json()
                .path("guideId").asLong());

        // ---- 党小组: the branch divides its members into groups with a leader; a 党小组会 names its group
        secretary.post(AFF + "/groups", Json.obj("organizationId", id(branch), "name", " ", "leaderId", members[2],
                "memberIds", Json.arr(members[0], members[0]))).expectInvalid("name", "memberIds[1]", "leaderId");
        streetAdmin.post(AFF + "/groups", Json.obj("organizationId", id(street), "name", "街道小组", "leaderId", members[0],
                "memberIds", Json.arr(members[0]))).expectInvalid("organizationId");
        JsonNode group = secretary.post(AFF + "/groups", Json.obj("organizationId", id(branch), "name", "第一党小组",
                "leaderId", members[0], "memberIds", Json.arr(members[0], members[1]))).expect(201).json();
        secretary.post(AFF + "/groups", Json.obj("organizationId", id(branch), "name", "第二党小组", "leaderId", members[2],
                "memberIds", Json.arr(members[2], members[1]))).expectInvalid("memberIds[1]");
        secretary.post(AFF + "/groups", Json.obj("organizationId", id(branch), "name", "第一党小组", "leaderId", members[2],
                "memberIds", Json.arr(members[2]))).problem(409);
        JsonNode moved = Json.obj("organizationId", id(branch), "name", "第一党小组", "leaderId", members[1],
                "memberIds", Json.arr(members[1], members[2]));
        secretary.put(AFF + "/groups/" + id(group), moved, version(group) + 1).problem(409);
        group = secretary.put(AFF + "/groups/" + id(group), moved, version(group)).expect(200).json();
        assertEquals(members[1] + "/2", group.path("leaderId").asLong() + "/" + group.path("members").size());
        otherAdmin.get(AFF + "/groups/" + id(group)).problem(404);
        assertEquals(1, streetAdmin.get(AFF + "/groups?unit=" + id(street)).expect(200).json().size());
        secretary.post(AFF + "/meetings", Json.obj("organizationId", id(branch), "type", "GROUP", "title", "党小组会",
                "plannedOn", LocalDate.now().toString())).expectInvalid("groupId");
        secretary.post(AFF + "/meetings", Json.obj("organizationId", id(branch), "type", "COMMITTEE", "title", "支委会",
                "plannedOn", LocalDate.now().toString(), "groupId", id(group))).expectInvalid("groupId");
        JsonNode groupMeeting = secretary.post(AFF + "/meetings", Json.obj("organizationId", id(branch), "type", "GROUP",
                "title", "党小组会", "plannedOn", LocalDate.now().toString(), "groupId", id(group))).expect(201).json();
        assertEquals(id(group), groupMeeting.path("groupId").asLong());
        groupMeeting = secretary.post(AFF + "/meetings/" + id(groupMeeting) + "/hold", Json.obj("heldOn", LocalDate.now().toString(),
                "chairMemberId", members[1], "recorderMemberId", members[1], "presentMemberIds", Json.arr(members[1]),
                "absences", Json.arr(Json.obj("memberId", members[2], "reason", "病假"))), version(groupMeeting)).expect(200).json();
        assertEquals("the group's two members are expected", 2, groupMeeting.path("entitled").asInt());

        // ---- 谈心谈话: the secretary records talks; the coverage names the members still without one this year
        String today = LocalDate.now().toString();
        secretary.post(AFF + "/talks", Json.obj("organizationId", id(branch), "memberId", members[1], "talkerId", 1L,
                "heldOn", LocalDate.now().plusDays(1).toString(), "topic", " ")).expectInvalid("talkerId", "heldOn", "topic");
        JsonNode talk = secretary.post(AFF + "/talks", Json.obj("organizationId", id(branch), "memberId", members[1],
                "talkerId", members[0], "heldOn", today, "topic", "思想动态和工作中的困难")).expect(201).json();
        assertEquals(members[1], talk.path("memberId").asLong());
        assertEquals(1, secretary.get(AFF + "/talks?unit=" + id(branch)).expect(200).json().size());
        JsonNode talks = streetAdmin.get(AFF + "/talks/coverage?unit=" + id(street)).expect(200).json();
        assertEquals(talks.toString(), 3, talks.path("members").asInt());
        assertEquals(1, talks.path("talkedTo").asInt());
        assertEquals(2, talks.path("notYetTotal").asInt());
        // the talks count in the compliance report and the dashboard (one of the street's three members: 33.3 %)
        JsonNode talkFigures = streetAdmin.get(AFF + "/compliance?unit=" + id(street) + "&year=" + year).expect(200).json().path("talks");
        assertEquals(talkFigures.toString(), "3 1", talkFigures.path("members").asInt() + " " + talkFigures.path("talkedTo").asInt());
        assertEquals(33.3, streetAdmin.get(AFF + "/statistics?unit=" + id(street) + "&year=" + year).expect(200).json()
                .path("talks").path("percent").asDouble(), 0.001);
        otherAdmin.get(AFF + "/talks?unit=" + id(branch)).problem(404);

        // ---- democratic evaluation: everyone once, a follow-up for unqualified, closed when nobody is left
        JsonNode campaign = secretary.post(AFF + "/campaigns", Json.obj("organizationId", id(branch), "year", year)).expect(201).json();
        assertEquals(3, campaign.path("members").asInt());
        secretary.post(AFF + "/campaigns", Json.obj("organizationId", id(branch), "year", year)).problem(409);
        String campaignPath = AFF + "/campaigns/" + id(campaign);
        secretary.post(campaignPath + "/ratings", Json.arr(Json.obj("memberId", members[0], "rating", "UNQUALIFIED"),
                Json.obj("memberId", members[0], "rating", "QUALIFIED"))).expectInvalid("[0].followUp", "[1].memberId");
        secretary.post(campaignPath + "/ratings", Json.arr(Json.obj("memberId", members[0], "rating", "EXCELLENT"),
                Json.obj("memberId", members[1], "rating", "UNQUALIFIED", "followUp", "谈话提醒，限期改正"))).expect(200);
        secretary.post(campaignPath + "/close", Json.obj(), version(secretary.get(campaignPath).expect(200).json())).problem(409);
        secretary.post(campaignPath + "/ratings", Json.arr(Json.obj("memberId", members[0], "rating", "QUALIFIED"))).expectInvalid("memberId");
        // the rest from a spreadsheet: all rows or none, refusals by row and column
        String header = "党员编号,姓名,评议等次,后续处置,不参加评议原因\n";
        JsonNode refused = secretary.postBytes(campaignPath + "/sheet?format=CSV", "text/csv", (header + members[2] + ",党员2,很好,,\n"
                + members[0] + ",党员0,合格,,\n").getBytes(StandardCharsets.UTF_8)).problem(422);
        assertTrue(refused.toString(), refused.path("rowErrors").toString().contains("\"row\":2")
                && refused.path("rowErrors").toString().contains("\"row\":3"));
        assertEquals(1, secretary.postBytes(campaignPath + "/sheet?format=CSV", "text/csv", (header + members[2] + ",党员2,,,年内转出\n"
                + members[0] + ",党员0,优秀,,\n").getBytes(StandardCharsets.UTF_8)).expect(200).json().path("entered").asInt());
        assertTrue(secretary.get(campaignPath + "/sheet?format=CSV").expect(200).text().contains("年内转出"));
        campaign = secretary.post(campaignPath + "/close", Json.obj(), version(secretary.get(campaignPath).expect(200).json())).expect(200).json();
        assertEquals("CLOSED", campaign.path("status").asText());
        secretary.post(campaignPath + "/members", Json.obj("memberId", members[2])).problem(409);
        JsonNode figures = streetAdmin.get(AFF + "/statistics?unit=" + id(street) + "&year=" + year).expect(200).json();
        assertEquals(figures.toString(), 2, figures.path("membersEvaluated").asInt());
        assertEquals(figures.toString(), 1, figures.path("meetingsHeld").path("BRANCH_GENERAL").asInt());
        String compliance = KarafShell.run(sessions, "grassroots:affairs-compliance " + street.path("code").asText() + " " + year);
        assertTrue(compliance, compliance.contains("1 behind"));

        // ---- 党建指导员: assigned by the level above; coverage and load per person
        JsonNode assignment = Json.obj("memberId", members[0], "role", "INSTRUCTOR", "organizationId", id(branch));
        secretary.post(AFF + "/workers", assignment).problem(403);
        streetAdmin.post(AFF + "/workers", Json.obj("memberId", members[0], "organizationId", id(branch))).expectInvalid("role");
        streetAdmin.post(AFF + "/workers", assignment).expect(201);
        streetAdmin.post(AFF + "/workers", assignment).problem(409);
        JsonNode coverage = streetAdmin.get(AFF + "/workers/coverage?unit=" + id(street)).expect(200).json();
        assertEquals(coverage.toString(), 2, coverage.path("organizations").asInt());
        assertEquals(coverage.toString(), 1, coverage.path("covered").asInt());
        assertEquals(coverage.toString(), id(street), coverage.path("uncovered").get(0).path("organizationId").asLong());
        assertEquals(coverage.toString(), 1, coverage.path("load").get(0).path("organizations").asInt());

        // ---- uninstall and reinstall: every record is still there
        assertTrue(api.post("/modules/affairs/uninstall", null).status() < 300);
        await(AFF + "/meetings/" + id(second), 404);
        assertTrue(api.post("/modules/affairs/install?timeout=120", null).status() < 300);
        JsonNode back = await(AFF + "/meetings/" + id(second), 200).json();
        assertEquals("ARCHIVED", back.path("status").asText());
        assertEquals("CLOSED", api.get(campaignPath).expect(200).json().path("status").asText());
    }

    /** 述职评议, 分类定等 and 上讲台、亮功夫: the demo year's figures, then the workflows on a fresh street. */
    @Test
    public void secretariesReportOrganizationsAreGradedAndSessionsRanked() {
        long district = districtRoot();
        awaitDemo(district);
        AffairsAssessmentChecks.demoYear(api, district);
        AffairsAssessmentChecks.workflow(api, fixtures, this::account);
    }

    private static String gaps(JsonNode report, long organizationId) {
        for (JsonNode o : report.path("behind")) {
            if (o.path("organizationId").asLong() == organizationId) {
                return o.path("gaps").toString();
            }
        }
        return "";
    }

    private long districtRoot() {
        for (JsonNode root : api.get("/organizations/roots").expect(200).json()) {
            if ("JNGX".equals(root.path("code").asText())) {
                return id(root);
            }
        }
        throw new AssertionError("no district root: is the demo data on?");
    }

    /** The demo loaders run after core's district (affairs last); the module's figures appear when its year is written. */
    private JsonNode awaitDemo(long district) {
        // every demo contributor done, not only affairs' figures visible: the loader moves a module's data generation
        // after its contributor returns, so a dashboard read before that is computed again on the next request
        api.awaitSettled(Duration.ofMinutes(15));
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = api.get(AFF + "/statistics?unit=" + district + "&year=2024");
            if (last.status() == 200 && last.json().path("membersEvaluated").asInt() > 0) {
                AffairsAssessmentChecks.awaitFigures(api, district); // the assessment's part, written by its own loader
                return last.json();
            }
            Api.sleep(2000);
        }
        throw new AssertionError("the affairs demo year did not appear: " + last);
    }

    private Response await(String path, int status) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
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

    private Api account(String username, String role, Long organizationId, Long memberId) {
        return AffairsTermsChecks.account(api, username, role, organizationId, memberId);
    }

    /** The body of a Word file (word/document.xml) as text: enough to find the minutes' words without a Word library. */
    private static String wordXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry e = zip.getNextEntry();
            while (e != null && !e.getName().equals("word/document.xml")) {
                e = zip.getNextEntry();
            }
            assertTrue("no word/document.xml in the file", e != null);
            return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
