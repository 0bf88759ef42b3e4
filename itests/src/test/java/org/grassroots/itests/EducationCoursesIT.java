package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.grassroots.itests.support.Api;
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
 * 党员教育 beyond sessions, over HTTP against the district distribution (no demo): photos of a practice teaching site
 * in core's attachment store (images only, frozen once the site is retired); an online course prepared by the
 * district with its materials and question bank, published, and its exam taken by a member in the browser (a fail,
 * then a pass that credits the hours once); the member's training certificate as PDF with the Chinese font and as
 * Word; roles, scope and bad input refused as they should be.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class EducationCoursesIT extends DistrictTestSupport {
    private static final String EDU = "/api/education";
    private static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Configuration
    public Option[] configuration() {
        return District.configuration(false);
    }

    private record World(JsonNode district, JsonNode street, JsonNode branch, JsonNode otherStreet, long memberId,
                         long otherMemberId, Api districtAdmin, Api secretary, Api otherAdmin, Api member, Api otherMember) {
    }

    private World world() {
        JsonNode district = fixtures.unit(code("EC"), null, "DISTRICT", "WORKING_COMMITTEE");
        api.putWithoutVersion("/modules/education/enablement/" + id(district), Json.obj("enabled", true)).expect(200);
        JsonNode street = fixtures.unit(code("ECS"), id(district), "STREET", "WORKING_COMMITTEE");
        JsonNode branch = fixtures.unit(code("ECB"), id(street), "COMMUNITY", "BRANCH");
        JsonNode otherStreet = fixtures.unit(code("ECO"), id(district), "STREET", "WORKING_COMMITTEE");
        JsonNode otherBranch = fixtures.unit(code("ECP"), id(otherStreet), "COMMUNITY", "BRANCH");
        long member = id(fixtures.member("赵课程", id(branch)));
        long other = id(fixtures.member("钱课程", id(otherBranch)));
        return new World(district, street, branch, otherStreet, member, other,
                account("ecdist", "DISTRICT_ADMIN", id(district), null), account("ecsec", "SECRETARY", id(branch), null),
                account("ecoth", "UNIT_ADMIN", id(otherStreet), null), account("ecmem", "MEMBER", id(branch), member),
                account("ecmem2", "MEMBER", id(otherBranch), other));
    }

    @Test
    public void sitePhotosCoursesExamsAndCertificates() throws IOException {
        World w = world();
        int year = LocalDate.now().getYear();

        // ---- photos of a site: images only, read in scope, frozen once the site is retired
        JsonNode site = w.secretary().post(EDU + "/sites", Json.obj("unitId", id(w.branch()), "name", "课程测试教学点",
                "category", "RED_CULTURE", "address", "测试路9号", "capacity", 40)).expect(201).json();
        String photos = EDU + "/sites/" + id(site) + "/photos";
        JsonNode list = w.secretary().postBytes(photos + "?filename=entrance.png", "image/png", PNG).expect(200).json();
        assertEquals(list.toString(), 1, list.size());
        assertEquals("PNG", list.get(0).path("type").asText());
        w.secretary().postBytes(photos + "?filename=ledger.pdf", "application/pdf", PDF).expectInvalid("file");
        assertEquals(1, w.districtAdmin().get(photos).expect(200).json().size());
        w.otherAdmin().get(photos).problem(404);
        w.member().get(photos).problem(403);
        w.member().postBytes(photos + "?filename=x.png", "image/png", PNG).problem(403);
        long photo = id(list.get(0));
        Api.Response content = w.districtAdmin().get("/api/core/attachments/" + photo + "/content").expect(200);
        assertEquals("image/png", content.contentType());
        assertEquals(0, w.secretary().deleteWithoutVersion(photos + "/" + photo).expect(200).json().size());
        w.secretary().deleteWithoutVersion(photos + "/" + photo).problem(404);
        w.secretary().postBytes(photos + "?filename=hall.png", "image/png", PNG).expect(200);
        site = step(w.districtAdmin(), "sites", site, "approve");
        site = step(w.districtAdmin(), "sites", site, "retire");
        w.secretary().postBytes(photos + "?filename=late.png", "image/png", PNG).problem(409);
        assertEquals(1, w.secretary().get(photos).expect(200).json().size());

        // ---- an online course of the street: materials, a question bank, published
        w.districtAdmin().post(EDU + "/courses", Json.obj("unitId", id(w.street()), "title", " ", "hours", 1.3, "passMark", 0,
                "links", Json.arr(Json.obj("title", "党章", "url", "javascript:alert(1)")))).expectInvalid("title", "hours",
                "passMark", "links[0].url");
        w.secretary().post(EDU + "/courses", Json.obj("unitId", id(w.branch()), "title", "x", "hours", 1)).problem(403);
        JsonNode course = w.districtAdmin().post(EDU + "/courses", Json.obj("unitId", id(w.street()), "title", "学习新党章",
                "description", "阅读党章全文后参加考试", "hours", 2.5, "passMark", 60, "links", Json.arr(
                        Json.obj("title", "中国共产党章程", "url", "https://www.12371.cn/special/zggcddzc/")))).expect(201).json();
        assertEquals("DRAFT", course.path("status").asText());
        JsonNode incomplete = w.districtAdmin().post(EDU + "/courses/" + id(course) + "/publish", Json.obj(), version(course)).problem(409);
        assertTrue(incomplete.toString(), incomplete.path("detail").asText().contains("0 questions"));
        String bank = EDU + "/courses/" + id(course) + "/questions";
        w.districtAdmin().put(bank, Json.obj("questions", Json.arr(Json.obj("text", "题", "choices", Json.arr("甲"), "answer", 3))),
                version(course)).expectInvalid("questions[0].choices", "questions[0].answer");
        course = w.districtAdmin().put(bank, Json.obj("questions", Json.arr(
                question("党的最高理想和最终目标是？", 1, "全面小康", "实现共产主义", "科技强国"),
                question("党的根本宗旨是？", 0, "全心全意为人民服务", "发展生产力"),
                question("党员几年一次参加民主评议？", 2, "三年", "两年", "每年"))), version(course)).expect(200).json();
        assertEquals(3, course.path("questions").size());
        assertEquals(1, course.path("questions").get(0).path("answer").asInt());
        course = step(w.districtAdmin(), "courses", course, "publish");
        assertEquals("PUBLISHED", course.path("status").asText());
        w.districtAdmin().put(bank, Json.obj("questions", Json.arr(question("q", 0, "a", "b"))), version(course)).problem(409);

        // ---- the member of the street's branch takes the exam; the member of the other street does not see it
        JsonNode mine = w.member().get(EDU + "/my/courses").expect(200).json();
        assertEquals(mine.toString(), 1, mine.size());
        assertEquals("学习新党章", mine.get(0).path("title").asText());
        assertEquals(0, w.otherMember().get(EDU + "/my/courses").expect(200).json().size());
        w.otherMember().get(EDU + "/my/courses/" + id(course)).problem(404);
        // ---- a file of the course (the street's): the member of a branch below downloads it; the other street's does not
        String courseFiles = EDU + "/courses/" + id(course) + "/files";
        w.secretary().postBytes(courseFiles + "?filename=x.pdf", "application/pdf", PDF).problem(403);
        JsonNode added = w.districtAdmin().postBytes(courseFiles + "?filename=reading.pdf", "application/pdf", PDF).expect(200).json();
        assertEquals(added.toString(), "reading.pdf", added.get(0).path("fileName").asText());
        long file = added.get(0).path("id").asLong();
        JsonNode ownFiles = w.member().get(EDU + "/my/courses/" + id(course) + "/files").expect(200).json();
        assertEquals(ownFiles.toString(), file, ownFiles.get(0).path("id").asLong());
        assertTrue(java.util.Arrays.equals(PDF, w.member().get("/api/core/attachments/" + file + "/content").expect(200).bytes()));
        w.otherMember().get(EDU + "/my/courses/" + id(course) + "/files").problem(404);
        w.otherMember().get("/api/core/attachments/" + file + "/content").problem(404);
        w.member().deleteWithoutVersion(courseFiles + "/" + file).problem(403);
        JsonNode paper = w.member().get(EDU + "/my/courses/" + id(course)).expect(200).json();
        assertEquals(3, paper.path("questions").size());
        assertTrue(paper.toString(), paper.path("questions").get(0).path("answer").isNull());
        String exam = EDU + "/my/courses/" + id(course) + "/exam";
        w.member().post(exam, Json.obj("answers", Json.arr(1, 7))).expectInvalid("answers");
        w.member().post(exam, Json.obj("answers", Json.arr(1, 7, 0))).expectInvalid("answers[1]");
        w.districtAdmin().post(exam, Json.obj("answers", Json.arr(1, 0, 2))).problem(403);
        JsonNode failed = w.member().post(exam, Json.obj("answers", Json.arr(1, 1, 0))).expect(200).json();
        assertEquals(33, failed.path("score").asInt());
        assertFalse(failed.path("passed").asBoolean());
        assertEquals(0.0, failed.path("creditedHours").asDouble(), 1e-9);
        JsonNode passed = w.member().post(exam, Json.obj("answers", Json.arr(1, 0, 2))).expect(200).json();
        assertEquals(100, passed.path("score").asInt());
        assertTrue(passed.path("passed").asBoolean());
        assertEquals(2.5, passed.path("creditedHours").asDouble(), 1e-9);
        JsonNode again = w.member().post(exam, Json.obj("answers", Json.arr(1, 0, 2))).problem(409);
        assertTrue(again.toString(), again.path("detail").asText().contains("学习新党章"));
        JsonNode hours = w.member().get(EDU + "/my/hours?year=" + year).expect(200).json();
        assertEquals(hours.toString(), 2.5, hours.path("hours").asDouble(), 1e-9);
        assertEquals(2.5, hours.path("courseHours").asDouble(), 1e-9);
        JsonNode managed = w.districtAdmin().get(EDU + "/courses/" + id(course)).expect(200).json();
        assertEquals(1, managed.path("takers").asInt());
        assertEquals(1, managed.path("passed").asInt());
        assertEquals(0, w.secretary().get(EDU + "/courses?unit=" + id(w.branch())).expect(200).json().path("total").asInt());
        assertEquals(1, w.districtAdmin().get(EDU + "/courses?unit=" + id(w.street()) + "&status=PUBLISHED").expect(200).json()
                .path("total").asInt());
        // study points count the course's hours (1 point an hour by the built-in rule)
        JsonNode points = w.member().get(EDU + "/my/points?year=" + year).expect(200).json();
        assertEquals(points.toString(), 2.5, points.path("points").asDouble(), 1e-9);
        // withdrawn: members no longer see it; back to draft, the bank changes again
        course = step(w.districtAdmin(), "courses", managed, "withdraw");
        assertEquals(0, w.member().get(EDU + "/my/courses").expect(200).json().size());
        course = step(w.districtAdmin(), "courses", course, "revise");
        assertEquals("DRAFT", course.path("status").asText());

        // ---- the member's certificate: PDF with the Chinese font, Word; nothing to certify without hours
        Api.Response pdf = w.member().inLanguage("zh-CN").get(EDU + "/my/certificate?year=" + year + "&format=pdf").expect(200);
        assertEquals("application/pdf", pdf.contentType());
        String text = pdfText(pdf.bytes()).replace("\n", "");
        assertTrue(text, text.contains("学习培训证明") && text.contains("赵课程") && text.contains("学习新党章"));
        assertTrue(text, text.contains("2.5"));
        Api.Response word = w.secretary().get(EDU + "/members/" + w.memberId() + "/certificate?year=" + year + "&format=docx").expect(200);
        assertTrue(word.contentType(), word.contentType().startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        w.secretary().get(EDU + "/members/" + w.memberId() + "/certificate?year=" + year).expectInvalid("format");
        w.otherAdmin().get(EDU + "/members/" + w.memberId() + "/certificate?year=" + year + "&format=pdf").problem(404);
        JsonNode nothing = w.otherAdmin().get(EDU + "/members/" + w.otherMemberId() + "/certificate?year=" + year + "&format=pdf").problem(409);
        assertTrue(nothing.toString(), nothing.path("detail").asText().contains("钱课程"));
        w.member().get(EDU + "/members/" + w.memberId() + "/certificate?format=pdf").problem(403);
    }

    private static JsonNode question(String text, int answer, String... choices) {
        return Json.obj("text", text, "choices", Json.arr((Object[]) choices), "answer", answer);
    }

    private static JsonNode step(Api as, String collection, JsonNode record, String action) {
        return as.post(EDU + "/" + collection + "/" + id(record) + "/" + action, Json.obj(), version(record)).expect(200).json();
    }

    private static long version(JsonNode record) {
        return record.path("version").asLong();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private Api account(String username, String role, long unit, Long memberId) {
        String name = code(username).toLowerCase();
        api.post("/api/auth/accounts", Json.obj("username", name, "displayName", name, "roles", Json.arr(role),
                "organizationId", unit, "memberId", memberId, "password", "Temp-Password-0001")).expect(201);
        api.signIn(name, "Temp-Password-0001").post("/api/auth/password", Json.obj("currentPassword",
                "Temp-Password-0001", "newPassword", "Chosen-Passw0rd-2026")).expect(204);
        return api.basic(name, "Chosen-Passw0rd-2026");
    }
}
