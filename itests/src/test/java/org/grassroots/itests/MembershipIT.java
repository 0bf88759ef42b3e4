package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Api.Response;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.IdNumbers;
import org.grassroots.itests.support.Json;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * 党员发展与组织关系 over HTTP on the district distribution with the demo data on: the demo's figures agree with core's
 * members (every probationary member of the demo units was developed in 2024, every floating one flowed out); a street
 * develops a member from the application to full membership with the order, intervals, age, plan and votes enforced
 * (409 naming the missing step, 422 naming the field, nothing stored), admission creating the member in core as
 * probationary and 转正 making them full; a transfer within the platform with its numbered letter moves the member in
 * core; 入党志愿书 numbers come from the ranges the level above issued; the six-month rule lists the members affairs
 * has no organizational life of; mobile members and status events keep their rules, and membership ended, suspended
 * or transferred out takes the member off core's roll (kept as history); another street sees nothing and a street
 * without the module is refused; the module is uninstalled and reinstalled with its data. The annual statistics
 * ({@link AnnualStatsTests}) run in this class's container.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MembershipIT extends AnnualStatsTests {
    private static final String M = "/api/membership";
    private static final String EDU = "/api/education";
    private static final Duration SETTLE = Duration.ofSeconds(150);

    @Configuration
    public Option[] configuration() {
        return District.configurationWithDemoOf("membership");
    }

    @Test
    public void theDemoAgreesWithCoresMembers() {
        long district = districtRoot();
        JsonNode f = awaitDemo(district);
        long sunCun = unit("孙村街道");
        long park = unit("智造谷产业园");
        long probationary = count(sunCun, "category=PROBATIONARY") + count(park, "category=PROBATIONARY");
        long floating = count(sunCun, "status=FLOATING") + count(park, "status=FLOATING");
        assertTrue(f.toString(), probationary > 0);
        assertEquals(f.toString(), probationary, f.path("developed").asLong());
        assertEquals(f.toString(), floating, f.path("mobile").path("OUTFLOW").asLong());
        assertEquals(6, f.path("mobile").path("INFLOW").asLong());
        assertEquals(12, f.path("pipeline").path("APPLICANT").asLong());
        assertEquals(16, f.path("pipeline").path("ACTIVIST").asLong());
        assertEquals(probationary, f.path("pipeline").path("PROBATIONARY").asLong());
        assertEquals(4, f.path("transfers").path("OUT").asLong());
        assertEquals(4, f.path("transfers").path("IN").asLong());
        assertEquals(2, f.path("left").path("DEATH").asLong());
        assertTrue(f.toString(), f.path("planned").asLong() >= f.path("candidatesMade").asLong());
        // the dashboard and the work record count the same way, every breakdown labelled
        String dashboard = api.get("/statistics?subtreeOf=" + district + "&year=2024").expect(200).text();
        assertTrue(dashboard, dashboard.contains("membership.developed") && dashboard.contains("入党积极分子"));
        String record = api.get("/work-record?subtreeOf=" + district + "&year=2024").expect(200).text();
        assertTrue(record, record.contains("membership.developed") && record.contains("Member development"));
        // a demo file of a probationary member links to core's record; lists mask personal data
        JsonNode files = api.get(M + "/files?unit=" + sunCun + "&stage=PROBATIONARY&size=5").expect(200).json();
        long memberId = files.path("items").get(0).path("memberId").asLong();
        assertEquals(id(files.path("items").get(0)), id(api.get(M + "/members/" + memberId + "/file").expect(200).json()));
        String applicants = api.get(M + "/files?unit=" + sunCun + "&stage=APPLICANT").expect(200).text();
        assertTrue(applicants, applicants.contains("****") && !applicants.matches("(?s).*\"idNumber\":\"\\d{17}[0-9X]\".*"));
        JsonNode letters = api.get(M + "/transfers?unit=" + sunCun + "&kind=OUT").expect(200).json();
        assertEquals(3, letters.path("total").asInt());
        // the ledgers as spreadsheets: a row for every file or registration the list counts, masked as the list is
        Response ledger = api.get(M + "/files/export?unit=" + sunCun + "&stage=APPLICANT&format=CSV").expect(200);
        assertTrue(ledger.contentType(), ledger.contentType().startsWith("text/csv"));
        String[] rows = ledger.text().replace("\uFEFF", "").split("\r?\n");
        assertTrue(rows[0], rows[0].startsWith("姓名,性别,出生日期,身份证号"));
        assertEquals(api.get(M + "/files?unit=" + sunCun + "&stage=APPLICANT").expect(200).json().path("total").asInt(), rows.length - 1);
        assertTrue(rows[1], rows[1].contains("****") && rows[1].contains("入党申请人") && !rows[1].matches(".*\\d{17}[0-9X].*"));
        String away = api.get(M + "/mobile/export?unit=" + sunCun + "&direction=OUTFLOW&format=CSV").expect(200).text();
        assertEquals(api.get(M + "/mobile?unit=" + sunCun + "&direction=OUTFLOW").expect(200).json().path("total").asInt(),
                away.split("\r?\n").length - 1);
        byte[] xlsx = api.get(M + "/files/export?unit=" + sunCun).expect(200).bytes();
        assertTrue(xlsx.length > 1000 && xlsx[0] == 'P' && xlsx[1] == 'K');
        api.get(M + "/files/export?unit=" + sunCun + "&format=PDF").expectInvalid("format");
        api.get(M + "/files?unit=" + sunCun + "&stage=LOST").expectInvalid("stage");
        api.get(M + "/files").expectInvalid("unit");
        api.get(M + "/files?unit=" + sunCun + "&sort=secret").expectInvalid("sort");
    }

    @Test
    public void aStreetDevelopsAMemberTransfersAndRecordsStatus() {
        awaitDemo(districtRoot());
        LocalDate today = LocalDate.now();
        JsonNode street = fixtures.unit(code("MS"), null, "STREET", "WORKING_COMMITTEE");
        JsonNode branchA = fixtures.unit(code("MA"), id(street), "COMMUNITY", "BRANCH");
        JsonNode branchB = fixtures.unit(code("MB"), id(street), "COMMUNITY", "BRANCH");
        JsonNode otherStreet = fixtures.unit(code("MO"), null, "STREET", "WORKING_COMMITTEE");
        api.putWithoutVersion("/modules/membership/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        long c1 = id(fixtures.member("联系人甲", id(branchA)));
        long c2 = id(fixtures.member("联系人乙", id(branchA)));
        long i1 = id(fixtures.member("介绍人丙", id(branchA)));
        long i2 = id(fixtures.member("介绍人丁", id(branchA)));
        Api secretary = account(code("msec").toLowerCase(), "SECRETARY", id(branchA));
        Api admin = account(code("madm").toLowerCase(), "UNIT_ADMIN", id(street));
        Api otherAdmin = account(code("moth").toLowerCase(), "UNIT_ADMIN", id(otherStreet));

        // ---- the application: strict input, the applicant's age; nothing stored when refused
        LocalDate app = today.minusDays(1300);
        String idNumber = IdNumbers.make("110105", LocalDate.of(1996, 5, 17), 31, true);
        ObjectNode draft = Json.obj("organizationId", id(branchA), "name", "申请人戊", "sex", "MALE", "birthDate", "1996-05-17",
                "idNumber", idNumber, "phone", "13912345678", "appliedOn", app.toString());
        secretary.post(M + "/files", Json.obj("organizationId", id(branchA), "name", " ", "sex", "MALE", "birthDate", "1996-05-17",
                "idNumber", IdNumbers.BAD_CHECKSUM, "appliedOn", today.plusDays(3).toString())).expectInvalid("name", "idNumber", "appliedOn");
        secretary.post(M + "/files", Json.obj("organizationId", id(branchA), "name", "少年", "sex", "MALE", "birthDate",
                today.minusYears(16).toString(), "idNumber", IdNumbers.make("110105", today.minusYears(16), 32, true),
                "appliedOn", today.toString())).expectInvalid("birthDate");
        assertEquals(0, admin.get(M + "/files?unit=" + id(street)).expect(200).json().path("total").asInt());
        JsonNode file = secretary.post(M + "/files", draft).expect(201).json();
        assertEquals("APPLICANT", file.path("stage").asText());
        assertTrue(file.toString(), file.path("idNumber").asText().contains("*"));

        // ---- the order, the intervals and the people named
        JsonNode early = step(secretary, file, Json.obj("step", "CANDIDATE", "doneOn", app.plusDays(5).toString())).problem(409);
        assertTrue(early.toString(), early.path("detail").asText().contains("Talk with the applicant"));
        step(secretary, file, Json.obj("step", "TALK", "doneOn", app.plusDays(40).toString())).expectInvalid("doneOn");
        file = ok(step(secretary, file, Json.obj("step", "TALK", "doneOn", app.plusDays(10).toString())));
        step(secretary, file, Json.obj("step", "TALK", "doneOn", app.plusDays(11).toString())).problem(409);
        file = ok(step(secretary, file, Json.obj("step", "RECOMMENDATION", "doneOn", app.plusDays(30).toString())));
        step(secretary, file, Json.obj("step", "ACTIVIST", "doneOn", app.plusDays(60).toString(), "contacts", Json.arr(c1, c1)))
                .expectInvalid("contacts");
        file = ok(step(secretary, file, Json.obj("step", "ACTIVIST", "doneOn", app.plusDays(60).toString(), "contacts", Json.arr(c1, c2))));
        assertEquals("ACTIVIST", file.path("stage").asText());
        file = ok(step(secretary, file, Json.obj("step", "THOUGHT_REPORT", "doneOn", app.plusDays(150).toString())));
        file = ok(step(secretary, file, Json.obj("step", "THOUGHT_REPORT", "doneOn", app.plusDays(240).toString())));
        LocalDate cand = app.plusDays(430);
        step(secretary, file, Json.obj("step", "CANDIDATE", "doneOn", app.plusDays(200).toString(), "introducers", Json.arr(i1, i2)))
                .expectInvalid("doneOn");
        step(secretary, file, Json.obj("step", "CANDIDATE", "doneOn", cand.toString(), "introducers", Json.arr(c1, i2)))
                .expectInvalid("introducers");
        // no plan for the year yet: 409; then the plan
        step(secretary, file, Json.obj("step", "CANDIDATE", "doneOn", cand.toString(), "introducers", Json.arr(i1, i2))).problem(409);
        secretary.put(M + "/plans", Json.obj("organizationId", id(street), "year", cand.getYear(), "quota", -1), 0).expectInvalid("quota");
        admin.putWithoutVersion(M + "/plans", Json.obj("organizationId", id(street), "year", cand.getYear(), "quota", 1)).expect(200);
        file = ok(step(secretary, file, Json.obj("step", "CANDIDATE", "doneOn", cand.toString(), "introducers", Json.arr(i1, i2))));
        file = ok(step(secretary, file, Json.obj("step", "POLITICAL_REVIEW", "doneOn", cand.plusDays(20).toString())));
        step(secretary, file, Json.obj("step", "TRAINING", "doneOn", cand.plusDays(40).toString(), "hours", 10)).expectInvalid("hours");
        file = ok(step(secretary, file, Json.obj("step", "TRAINING", "doneOn", cand.plusDays(40).toString(), "hours", 26)));
        file = ok(step(secretary, file, Json.obj("step", "PRE_REVIEW", "doneOn", cand.plusDays(80).toString())));
        // 入党志愿书 numbers: a range the level above issues to the branch; a number outside it, or voided, is refused
        ObjectNode range = Json.obj("organizationId", id(branchA), "first", "2026000001", "last", "2026000100",
                "issuedOn", today.toString());
        secretary.post(M + "/form-ranges", range).problem(403);
        admin.post(M + "/form-ranges", Json.obj("first", "12a", "last", "1", "issuedOn", today.plusDays(1).toString()))
                .expectInvalid("organizationId", "first", "issuedOn");
        admin.post(M + "/form-ranges", Json.obj("organizationId", id(street), "first", "1", "last", "9",
                "issuedOn", today.toString())).problem(409);
        JsonNode issued = admin.post(M + "/form-ranges", range).expect(201).json();
        admin.post(M + "/form-ranges", Json.obj("organizationId", id(branchB), "first", "2026000050", "last", "2026000200",
                "issuedOn", today.toString())).problem(409);
        step(secretary, file, Json.obj("step", "FORM", "doneOn", cand.plusDays(85).toString(), "formNumber", "9999"))
                .expectInvalid("formNumber");
        secretary.post(M + "/form-ranges/" + id(issued) + "/void", Json.obj("number", "2026000002", "reason", "填写错误，已作废")).expect(200);
        secretary.post(M + "/form-ranges/" + id(issued) + "/void", Json.obj("number", "2026000002", "reason", "x")).problem(409);
        secretary.post(M + "/form-ranges/" + id(issued) + "/void", Json.obj("number", "2026000500", "reason", "x")).expectInvalid("number");
        step(secretary, file, Json.obj("step", "FORM", "doneOn", cand.plusDays(85).toString(), "formNumber", "2026000002"))
                .expectInvalid("formNumber");
        file = ok(step(secretary, file, Json.obj("step", "FORM", "doneOn", cand.plusDays(85).toString(), "formNumber", "2026000001")));
        JsonNode ranges = admin.get(M + "/form-ranges?unit=" + id(street)).expect(200).json().path("items");
        assertEquals(ranges.toString(), 1, ranges.size());
        assertEquals(ranges.toString(), 1, ranges.get(0).path("used").asInt());
        assertEquals(ranges.toString(), 1, ranges.get(0).path("voided").asInt());
        assertEquals(ranges.toString(), 98, ranges.get(0).path("free").asInt());
        assertEquals(2, secretary.get(M + "/form-ranges/" + id(issued) + "/numbers").expect(200).json().path("total").asInt());
        otherAdmin.get(M + "/form-ranges/" + id(issued) + "/numbers").problem(404);
        file = ok(step(secretary, file, Json.obj("step", "PUBLIC_NOTICE", "doneOn", cand.plusDays(90).toString(), "days", 7)));
        // the branch general meeting: seven days of notice, quorum and majority of those entitled
        LocalDate admitted = cand.plusDays(110);
        step(secretary, file, vote("ADMISSION", cand.plusDays(93), 20, 15, 12)).expectInvalid("doneOn");
        step(secretary, file, vote("ADMISSION", admitted, 20, 9, 9)).expectInvalid("present");
        step(secretary, file, vote("ADMISSION", admitted, 20, 15, 10)).expectInvalid("inFavour");
        file = ok(step(secretary, file, vote("ADMISSION", admitted, 20, 15, 11)));
        assertEquals("PROBATIONARY", file.path("stage").asText());
        long member = file.path("memberId").asLong();
        JsonNode core = api.get("/members/" + member).expect(200).json();
        assertEquals("PROBATIONARY", core.path("category").asText());
        assertEquals(admitted.toString(), core.path("joinedOn").asText());
        assertEquals(id(file), id(api.get(M + "/members/" + member + "/file").expect(200).json()));
        step(secretary, file, vote("FULL_MEMBERSHIP", admitted.plusDays(100), 20, 15, 15)).problem(409);
        file = ok(step(secretary, file, Json.obj("step", "APPROVAL", "doneOn", admitted.plusDays(30).toString())));
        file = ok(step(secretary, file, Json.obj("step", "OATH", "doneOn", admitted.plusDays(40).toString())));
        LocalDate probationEnd = LocalDate.parse(file.path("probationEndsOn").asText());
        assertEquals(admitted.plusMonths(12), probationEnd);
        step(secretary, file, vote("FULL_MEMBERSHIP", admitted.plusDays(100), 20, 15, 15)).expectInvalid("doneOn");
        file = ok(step(secretary, file, vote("FULL_MEMBERSHIP", probationEnd.plusDays(10), 20, 16, 15)));
        assertEquals("FULL", file.path("stage").asText());
        core = api.get("/members/" + member).expect(200).json();
        assertEquals("FULL", core.path("category").asText());
        assertEquals(probationEnd.toString(), core.path("fullMemberOn").asText());
        step(secretary, file, Json.obj("step", "OATH", "doneOn", today.toString())).problem(409);
        JsonNode steps = secretary.get(M + "/files/" + id(file) + "/steps").expect(200).json();
        assertEquals(16, steps.size());
        // a step's documents go to core's file store, scoped like the file
        long admission = id(steps.get(12));
        assertEquals("ADMISSION", steps.get(12).path("code").asText());
        String files = "/attachments?module=membership&ownerType=step&ownerId=" + admission;
        secretary.send("POST", "/api/core" + files + "&filename=minutes.txt", "text/plain",
                java.net.http.HttpRequest.BodyPublishers.ofString("支部大会会议记录：应到20人，实到15人，赞成11人。")).expect(201);
        assertEquals(1, secretary.get("/api/core" + files).expect(200).json().size());
        assertEquals(0, otherAdmin.get("/api/core" + files).expect(200).json().size());
        JsonNode figures = admin.get(M + "/statistics?unit=" + id(street) + "&year=" + admitted.getYear()).expect(200).json();
        assertEquals(figures.toString(), 1, figures.path("developed").asInt());
        JsonNode planYear = admin.get(M + "/statistics?unit=" + id(street) + "&year=" + cand.getYear()).expect(200).json();
        assertEquals(planYear.toString(), 1, planYear.path("planned").asInt());
        assertEquals(1, planYear.path("candidatesMade").asInt());

        // ---- a transfer within the platform with its numbered letter: core moves the member on acceptance
        admin.post(M + "/transfers", Json.obj("kind", "WITHIN", "memberId", member, "targetId", id(branchB), "addressee", "",
                "duesPaidTo", "2024-13")).expectInvalid("addressee", "duesPaidTo");
        JsonNode transfer = admin.post(M + "/transfers", Json.obj("kind", "WITHIN", "memberId", member, "targetId", id(branchB),
                "addressee", branchB.path("name").asText(), "duesPaidTo", today.minusMonths(1).toString().substring(0, 7))).expect(201).json();
        admin.post(M + "/transfers/" + id(transfer) + "/complete", Json.obj(), transfer.path("version").asLong()).problem(409);
        transfer = admin.post(M + "/transfers/" + id(transfer) + "/issue", Json.obj(), transfer.path("version").asLong()).expect(200).json();
        assertTrue(transfer.toString(), transfer.path("letterNo").asText().startsWith(today.getYear() + "-"));
        String due = admin.get(M + "/reminders?unit=" + id(street) + "&within=31").expect(200).text();
        assertTrue(due, due.contains("RECEIPT_OUTSTANDING") && due.contains("申请人戊"));
        String letter = admin.get(M + "/transfers/" + id(transfer) + "/letter").expect(200).text();
        assertTrue(letter, letter.contains(transfer.path("letterNo").asText()) && letter.contains("申请人戊") && letter.contains("回　执"));
        byte[] docx = admin.get(M + "/transfers/" + id(transfer) + "/letter.docx").expect(200).bytes();
        assertTrue(docx.length > 500 && docx[0] == 'P' && docx[1] == 'K');
        // the same letter as PDF, written by core's document writer with the Chinese font embedded
        Response pdf = admin.get(M + "/transfers/" + id(transfer) + "/letter.pdf").expect(200);
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.header("Content-Disposition").orElse(""), pdf.header("Content-Disposition").orElse("")
                .contains("introduction-letter-" + transfer.path("letterNo").asText() + ".pdf"));
        byte[] pdfBytes = pdf.bytes();
        assertTrue(pdfBytes.length > 5000 && new String(pdfBytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        admin.post(M + "/transfers/" + id(transfer) + "/complete", Json.obj(), transfer.path("version").asLong()).expect(200);
        assertEquals(id(branchB), api.get("/members/" + member).expect(200).json().path("organizationId").asLong());

        // ---- the six-month rule: affairs keeps the street's organizational life, and nobody there has attended a meeting
        api.putWithoutVersion("/modules/affairs/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        JsonNode sixMonths = admin.get(M + "/six-months?unit=" + id(street)).expect(200).json();
        assertTrue(sixMonths.toString(), sixMonths.path("checked").toString().contains("ORGANIZATIONAL_LIFE"));
        assertTrue(sixMonths.toString(), sixMonths.path("items").toString().contains("\"memberId\":" + i1 + ","));
        assertTrue(sixMonths.toString(), sixMonths.path("items").toString().contains("\"last\":null"));
        assertTrue(admin.get(M + "/reminders?unit=" + id(street)).expect(200).text().contains("SIX_MONTH_RULE"));
        admin.get(M + "/six-months?unit=" + id(street) + "&asOf=yesterday").expectInvalid("asOf");
        otherAdmin.get(M + "/six-months?unit=" + id(street)).problem(404);

        // ---- mobile member and status
        JsonNode away = secretary.post(M + "/mobile", Json.obj("direction", "OUTFLOW", "memberId", c1, "place", "上海市浦东新区",
                "reason", "外出务工", "since", today.minusMonths(2).toString(), "contact", "13800001111", "managedBy", "浦东新区流动党员党支部"))
                .expect(201).json();
        assertTrue(away.toString(), away.path("contact").asText().contains("*"));
        secretary.post(M + "/mobile", Json.obj("direction", "OUTFLOW", "memberId", c1, "place", "北京", "reason", "x",
                "since", today.toString(), "managedBy", "y")).problem(409);
        secretary.post(M + "/mobile/" + id(away) + "/return", Json.obj("on", today.toString()), away.path("version").asLong()).expect(200);
        secretary.post(M + "/status", Json.obj("memberId", c2, "kind", "LOST_CONTACT", "decidedOn", today.toString(),
                "decision", "多次联系未果")).problem(403);
        admin.post(M + "/status", Json.obj("memberId", c2, "kind", "RESTORATION", "decidedOn", today.toString(), "decision", "x"))
                .problem(409);
        admin.post(M + "/status", Json.obj("memberId", c2, "kind", "DEATH", "decidedOn", today.toString(), "decision", "因病去世"))
                .expect(201);
        admin.post(M + "/status", Json.obj("memberId", c2, "kind", "LOST_CONTACT", "decidedOn", today.toString(), "decision", "x"))
                .problem(409);
        assertEquals(1, admin.get(M + "/members/" + c2 + "/status").expect(200).json().size());
        // core keeps the member who died as history: off the roll, out of lists and counts, read-only
        JsonNode dead = api.get("/members/" + c2).expect(200).json();
        assertEquals("LEFT", dead.path("status").asText());
        assertEquals(0, api.get("/members?subtreeOf=" + id(branchA) + "&name=联系人乙").expect(200).json().path("total").asInt());
        assertEquals(1, api.get("/members?subtreeOf=" + id(branchA) + "&name=联系人乙&status=LEFT").expect(200).json()
                .path("total").asInt());
        api.put("/members/" + c2, org.grassroots.itests.support.Fixtures.memberDraft("联系人乙", IdNumbers.next(true), id(branchA)),
                dead.path("version").asLong()).problem(409);
        assertTrue(admin.get(M + "/six-months?unit=" + id(street)).expect(200).text().indexOf("\"memberId\":" + c2 + ",") < 0);
        // a suspension takes the member off the roll, the restoration puts them back
        admin.post(M + "/status", Json.obj("memberId", i2, "kind", "SUSPENSION", "decidedOn", today.minusDays(10).toString(),
                "decision", "停止党籍一年")).expect(201);
        assertEquals("LEFT", api.get("/members/" + i2).expect(200).json().path("status").asText());
        admin.post(M + "/status", Json.obj("memberId", i2, "kind", "RESTORATION", "decidedOn", today.minusDays(20).toString(),
                "decision", "x")).expectInvalid("decidedOn");
        admin.post(M + "/status", Json.obj("memberId", i2, "kind", "RESTORATION", "decidedOn", today.toString(),
                "decision", "恢复党籍")).expect(201);
        assertEquals("NORMAL", api.get("/members/" + i2).expect(200).json().path("status").asText());
        // a letter out whose receipt came back: the member belongs elsewhere and leaves this platform's roll
        JsonNode out = admin.post(M + "/transfers", Json.obj("kind", "OUT", "memberId", i1, "externalOrg", "上海市浦东新区某街道党工委",
                "addressee", "上海市浦东新区某街道党工委", "duesPaidTo", today.minusMonths(1).toString().substring(0, 7))).expect(201).json();
        out = admin.post(M + "/transfers/" + id(out) + "/issue", Json.obj(), out.path("version").asLong()).expect(200).json();
        admin.post(M + "/transfers/" + id(out) + "/complete", Json.obj("on", today.toString()), out.path("version").asLong()).expect(200);
        assertEquals("LEFT", api.get("/members/" + i1).expect(200).json().path("status").asText());

        // ---- rules are district settings; scope and enablement
        JsonNode rule = api.get(M + "/rules").expect(200).json().get(1);
        admin.put(M + "/rules/TALK", Json.obj("after", "APPLICATION", "minDays", 0, "maxDays", 60), rule.path("version").asLong()).problem(403);
        api.put(M + "/rules/ADMISSION", Json.obj("after", "PUBLIC_NOTICE", "enabled", false), 0).expectInvalid("enabled");
        otherAdmin.get(M + "/files/" + id(file)).problem(404);
        otherAdmin.get(M + "/files?unit=" + id(street)).problem(404);
        otherAdmin.get(M + "/transfers/" + id(transfer)).problem(404);
        otherAdmin.get(M + "/transfers/" + id(transfer) + "/letter.pdf").problem(404);
        otherAdmin.get(M + "/files/export?unit=" + id(street)).problem(404);
        JsonNode disabled = otherAdmin.get(M + "/files?unit=" + id(otherStreet)).problem(403);
        assertTrue(disabled.toString(), disabled.path("detail").asText().contains("membership"));

        // ---- uninstall and reinstall: everything still there
        long fileId = id(file);
        JsonNode before = admin.get(M + "/files/" + fileId).expect(200).json();
        api.post("/modules/membership/uninstall", "").expect(200);
        awaitTrue("the module's API gone", () -> api.get(M + "/rules").status() == 404);
        api.post("/modules/membership/install?timeout=" + SETTLE.toSeconds(), "").expect(200);
        awaitTrue("the module's API back", () -> admin.get(M + "/files/" + fileId).status() == 200);
        assertEquals(before, admin.get(M + "/files/" + fileId).expect(200).json());
        assertEquals(1, admin.get(M + "/statistics?unit=" + id(street) + "&year=" + admitted.getYear()).expect(200).json()
                .path("developed").asInt());
    }

    /**
     * Issue 20's training proven by education: a 发展对象 of a street where education is enabled too is added to the
     * street's sessions as a trainee (not a member: by the file's id, from membership's trainee directory); only held
     * sessions count, and the TRAINING step takes their hours (refused, naming the hours and the minimum, below 24).
     */
    @Test
    public void theTrainingIsProvenByTheEducationSessionsAttended() {
        awaitDemo(districtRoot());
        LocalDate today = LocalDate.now();
        JsonNode street = fixtures.unit(code("TS"), null, "STREET", "WORKING_COMMITTEE");
        JsonNode branch = fixtures.unit(code("TB"), id(street), "COMMUNITY", "BRANCH");
        JsonNode otherStreet = fixtures.unit(code("TO"), null, "STREET", "WORKING_COMMITTEE");
        for (String module : new String[] { "membership", "education" }) {
            api.putWithoutVersion("/modules/" + module + "/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        }
        long c1 = id(fixtures.member("联系人庚", id(branch)));
        long c2 = id(fixtures.member("联系人辛", id(branch)));
        long i1 = id(fixtures.member("介绍人壬", id(branch)));
        long i2 = id(fixtures.member("介绍人癸", id(branch)));
        Api secretary = account(code("tsec").toLowerCase(), "SECRETARY", id(branch));
        Api admin = account(code("tadm").toLowerCase(), "UNIT_ADMIN", id(street));
        Api otherAdmin = account(code("toth").toLowerCase(), "UNIT_ADMIN", id(otherStreet));

        // ---- a candidate (发展对象) of the branch, up to the political review
        LocalDate app = today.minusDays(700);
        JsonNode file = secretary.post(M + "/files", Json.obj("organizationId", id(branch), "name", "培训对象子", "sex", "FEMALE",
                "birthDate", "1998-03-09", "idNumber", IdNumbers.make("110105", LocalDate.of(1998, 3, 9), 47, false),
                "appliedOn", app.toString())).expect(201).json();
        file = ok(step(secretary, file, Json.obj("step", "TALK", "doneOn", app.plusDays(10).toString())));
        file = ok(step(secretary, file, Json.obj("step", "RECOMMENDATION", "doneOn", app.plusDays(20).toString())));
        file = ok(step(secretary, file, Json.obj("step", "ACTIVIST", "doneOn", app.plusDays(30).toString(), "contacts", Json.arr(c1, c2))));
        LocalDate cand = app.plusDays(400);
        admin.putWithoutVersion(M + "/plans", Json.obj("organizationId", id(street), "year", cand.getYear(), "quota", 1)).expect(200);
        file = ok(step(secretary, file, Json.obj("step", "CANDIDATE", "doneOn", cand.toString(), "introducers", Json.arr(i1, i2))));
        file = ok(step(secretary, file, Json.obj("step", "POLITICAL_REVIEW", "doneOn", cand.plusDays(10).toString())));
        long fileId = id(file);

        // ---- the street's session takes the candidate as a trainee: strict input, the street's own candidates only
        String day = today.minusDays(3).toString();
        JsonNode first = admin.post(EDU + "/sessions", Json.obj("unitId", id(street), "title", "发展对象集中培训（上）",
                "startsAt", day + "T08:30", "endsAt", day + "T17:30", "capacity", 20, "creditedHours", 16,
                "targetUnitIds", Json.arr(id(branch)))).expect(201).json();
        String trainees = EDU + "/sessions/" + id(first) + "/trainees";
        JsonNode candidates = admin.get(EDU + "/sessions/" + id(first) + "/trainee-candidates?q=培训对象").expect(200).json();
        assertEquals(candidates.toString(), fileId, candidates.get(0).path("fileId").asLong());
        JsonNode unknown = admin.post(trainees, Json.obj("fileId", 987654321L)).expectInvalid("fileId");
        assertTrue(unknown.toString(), unknown.toString().contains("987"));
        admin.inLanguage("zh-CN").post(trainees, Json.obj("fileId", 987654321L)).expectInvalid("fileId");
        admin.post(trainees, Json.obj("fileId", "x")).problem(422);
        admin.post(trainees, Json.obj()).expectInvalid("fileId");
        otherAdmin.post(trainees, Json.obj("fileId", fileId)).problem(404);
        JsonNode added = admin.post(trainees, Json.obj("fileId", fileId)).expect(201).json();
        assertEquals("培训对象子", added.path("name").asText());
        assertEquals(16.0, added.path("hours").asDouble(), 1e-9);
        admin.post(trainees, Json.obj("fileId", fileId)).problem(409);
        JsonNode listed = secretary.get(trainees).expect(200).json();
        assertTrue(listed.toString(), listed.path("directory").asBoolean());
        assertEquals(listed.toString(), 1, listed.path("items").size());

        // ---- a planned session proves nothing yet: the step is refused naming the hours attended and the minimum
        JsonNode planned = step(secretary, file, Json.obj("step", "TRAINING", "doneOn", today.toString(), "hours", 40))
                .expectInvalid("hours");
        assertTrue(planned.toString(), planned.toString().contains("attended 0 study hours") && planned.toString().contains("24"));
        first = admin.post(EDU + "/sessions/" + id(first) + "/hold", Json.obj("present", Json.arr(c1)), first.path("version").asLong())
                .expect(200).json();
        JsonNode sixteen = step(secretary, file, Json.obj("step", "TRAINING", "doneOn", today.toString())).expectInvalid("hours");
        assertTrue(sixteen.toString(), sixteen.toString().contains("attended 16 study hours") && sixteen.toString().contains("fewer than the 24"));
        JsonNode zh = step(secretary.inLanguage("zh-CN"), file, Json.obj("step", "TRAINING", "doneOn", today.toString())).expectInvalid("hours");
        assertTrue(zh.toString(), zh.toString().contains("共 16 学时，不足 24 学时"));
        admin.post(EDU + "/sessions/" + id(first) + "/archive", Json.obj(), first.path("version").asLong()).expect(200);
        admin.deleteWithoutVersion(trainees + "/" + fileId).problem(409);

        // ---- a second session of 8 hours; a third one the candidate is taken off again
        JsonNode second = admin.post(EDU + "/sessions", Json.obj("unitId", id(street), "title", "发展对象集中培训（下）",
                "startsAt", day + "T18:30", "endsAt", day + "T21:00", "capacity", 20, "creditedHours", 8,
                "targetUnitIds", Json.arr(id(branch)))).expect(201).json();
        admin.post(EDU + "/sessions/" + id(second) + "/trainees", Json.obj("fileId", fileId)).expect(201);
        admin.post(EDU + "/sessions/" + id(second) + "/hold", Json.obj(), second.path("version").asLong()).expect(200);
        JsonNode third = admin.post(EDU + "/sessions", Json.obj("unitId", id(street), "title", "发展对象集中培训（补）",
                "startsAt", today.plusDays(10) + "T09:00", "endsAt", today.plusDays(10) + "T12:00", "capacity", 20,
                "creditedHours", 3, "targetUnitIds", Json.arr(id(branch)))).expect(201).json();
        admin.post(EDU + "/sessions/" + id(third) + "/trainees", Json.obj("fileId", fileId)).expect(201);
        admin.deleteWithoutVersion(EDU + "/sessions/" + id(third) + "/trainees/" + fileId).expect(204);
        admin.deleteWithoutVersion(EDU + "/sessions/" + id(third) + "/trainees/" + fileId).problem(404);
        JsonNode training = secretary.get(M + "/files/" + fileId + "/training").expect(200).json();
        assertEquals(training.toString(), 24, training.path("minimum").asInt());
        assertEquals(training.toString(), 24.0, training.path("attended").path("total").asDouble(), 1e-9);
        assertEquals(training.toString(), 2, training.path("attended").path("sessions").size());

        // ---- sessions held after the step's day prove nothing of it; 16 + 8 hours held by today: the step takes them
        JsonNode before = step(secretary, file, Json.obj("step", "TRAINING", "doneOn", today.minusDays(4).toString()))
                .expectInvalid("hours");
        assertTrue(before.toString(), before.toString().contains("attended 0 study hours"));
        file = ok(step(secretary, file, Json.obj("step", "TRAINING", "doneOn", today.toString(), "hours", 99)));
        JsonNode steps = secretary.get(M + "/files/" + fileId + "/steps").expect(200).json();
        JsonNode recorded = steps.get(steps.size() - 1);
        assertEquals("TRAINING", recorded.path("code").asText());
        assertEquals(recorded.toString(), 24, recorded.path("hours").asInt());
    }

    private static Response step(Api as, JsonNode file, ObjectNode body) {
        return as.post(M + "/files/" + id(file) + "/steps", body, file.path("version").asLong());
    }

    private static JsonNode ok(Response r) {
        return r.expect(200).json();
    }

    private static ObjectNode vote(String step, LocalDate on, int entitled, int present, int inFavour) {
        return Json.obj("step", step, "doneOn", on.toString(), "entitled", entitled, "present", present, "inFavour", inFavour);
    }

    private long count(long unit, String filter) {
        return api.get("/members?subtreeOf=" + unit + "&" + filter + "&size=1").expect(200).json().path("total").asLong();
    }

    private long unit(String name) {
        for (JsonNode u : api.get("/organizations?name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                + "&size=10").expect(200).json().path("items")) {
            if (name.equals(u.path("name").asText())) {
                return id(u);
            }
        }
        throw new AssertionError("no unit " + name);
    }

    private long districtRoot() {
        return api.demoDistrictId();
    }

    /** The module's figures of 2024 once its demo data is in (core loads its demo first, then the modules'). */
    private JsonNode awaitDemo(long district) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = api.get(M + "/statistics?unit=" + district + "&year=2024");
            if (last.status() == 200 && last.json().path("transfers").path("IN").asInt() >= 4) {
                return last.json();
            }
            Api.sleep(500);
        }
        throw new AssertionError("the membership demo data did not appear: " + last);
    }

    /** Creates an account with a temporary password, signs in once to replace it, returns a Basic client. */
    private Api account(String username, String role, Long organizationId) {
        return api.newAccount(username, role, organizationId, null);
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
