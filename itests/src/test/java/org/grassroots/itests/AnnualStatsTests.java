package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.nio.charset.StandardCharsets;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Api.Response;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Json;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 党内统计年报 over HTTP on the district distribution with the demo (and membership's demo): every member table of
 * the district sums to core's member count, membership's reductions (deaths) are included, the XLSX has one sheet
 * per table (opened with POI in {@code AnnualStatsBrowserIT}); a branch prepares and submits its report, the street returns it with a reason (422 and
 * nothing stored without one), the branch submits again and the street accepts it; steps out of order answer 409
 * naming the allowed ones; the street sees which branch is missing; another street sees nothing (404).
 * <p>
 * Run by {@link MembershipIT}, which extends this class: both need the district with membership's demo, and one
 * container start fewer saves CI a minute. The tests write below streets of their own and read the demo district.
 */
abstract class AnnualStatsTests extends DistrictTestSupport {
    private static final String A = "/annual-stats";
    private static final Duration SETTLE = Duration.ofSeconds(150);

    @Test
    public void theDistrictsTablesSumToItsMembersAndOpenInExcel() throws IOException {
        long district = districtRoot();
        JsonNode tables = awaitDemo(district);
        long members = api.get("/members?subtreeOf=" + district + "&size=1").expect(200).json().path("total").asLong();
        assertTrue(tables.toString(), members > 30000);
        assertEquals(members, tables.path("members").asLong());
        List<String> titles = new ArrayList<>();
        for (JsonNode table : tables.path("tables")) {
            String id = table.path("id").asText();
            titles.add(table.path("title").path("zhCN").asText());
            long sum = 0;
            for (JsonNode row : table.path("rows")) {
                sum += row.path("count").asLong();
                assertTrue(id + " " + row, !row.path("label").path("zhCN").asText().isBlank());
            }
            assertEquals(id, table.path("total").asLong(), sum);
            if (id.startsWith("members.")) {
                assertEquals(id, members, sum);
            }
            if (id.startsWith("organizations.party-org-type")) {
                assertEquals(id, tables.path("organizations").asLong(), sum);
                assertTrue(tables.toString(), sum > 1600);
            }
        }
        assertTrue(titles.toString(), titles.containsAll(List.of("党员性别构成", "党员年龄构成", "党员学历构成", "党员民族构成",
                "党员类别", "党组织类型", "党员增加情况", "党员减少情况")));
        assertEquals(2, row(tables, "changes.reduced", "membership.DEATH").path("count").asLong());
        assertTrue(tables.toString(), row(tables, "changes.added", "core.admitted").path("count").asLong() > 0);

        // the workbook: one sheet per table, named by its title (POI opens it in AnnualStatsBrowserIT, which runs
        // outside the container; here the probe reads the archive itself)
        Response xlsx = api.get(A + "/tables/xlsx?unit=" + district + "&year=2024").expect(200);
        assertTrue(xlsx.contentType(), xlsx.contentType().contains("spreadsheetml"));
        Response chinese = api.inLanguage("zh-CN").get(A + "/tables/xlsx?unit=" + district + "&year=2024").expect(200);
        assertEquals(titles, sheetNames(chinese.bytes()));
        assertTrue(entry(chinese.bytes(), "xl/worksheets/sheet1.xml").contains("合计"));
        Response english = api.inLanguage("en").get(A + "/tables/xlsx?unit=" + district + "&year=2024").expect(200);
        assertEquals("Members by sex", sheetNames(english.bytes()).get(0));

        // bad input: every field named, in Chinese by default and in English when asked
        api.get(A + "/tables?year=2024").expectInvalid("unit");
        api.get(A + "/tables?unit=" + district + "&year=1800").expectInvalid("year");
        api.get(A + "/reports/" + district + "/1800").expectInvalid("year");
        api.get(A + "/tables?unit=999999999&year=2024").problem(404);
        String zh = api.inLanguage("zh-CN").get(A + "/tables?unit=" + district).text();
        assertTrue(zh, zh.contains("缺少"));
        // the district is the top: it prepares, and submits nowhere
        JsonNode report = api.get(A + "/reports/" + district + "/2024").expect(200).json();
        assertEquals("[\"PREPARE\"]", report.path("allowed").toString());
    }

    @Test
    public void aBranchSubmitsTheStreetReturnsAndAccepts() {
        awaitDemo(districtRoot());
        int year = LocalDate.now().getYear();
        JsonNode street = fixtures.unit(code("AS"), null, "STREET", "WORKING_COMMITTEE");
        JsonNode branch = fixtures.branch(street, "AB");
        JsonNode silent = fixtures.branch(street, "AC");
        JsonNode other = fixtures.unit(code("AO"), null, "STREET", "WORKING_COMMITTEE");
        fixtures.member("年报甲", id(branch));
        fixtures.member("年报乙", id(branch));
        fixtures.member("年报丙", id(silent));
        String secretaryName = code("asec").toLowerCase();
        Api secretary = account(secretaryName, "SECRETARY", id(branch));
        Api streetAdmin = account(code("aadm").toLowerCase(), "UNIT_ADMIN", id(street));
        Api otherAdmin = account(code("aoth").toLowerCase(), "UNIT_ADMIN", id(other));
        String report = A + "/reports/" + id(branch) + "/" + year;

        JsonNode none = secretary.get(report).expect(200).json();
        assertEquals("NONE", none.path("status").asText());
        assertEquals(0, none.path("version").asLong());
        assertEquals("[\"PREPARE\"]", none.path("allowed").toString());
        // out of order: 409 naming the allowed step, in Chinese and English
        JsonNode early = secretary.inLanguage("zh-CN").post(report + "/submit", Json.obj(), 0).problem(409);
        assertTrue(early.toString(), early.toString().contains("现在可以：编制"));
        JsonNode earlyEn = secretary.post(report + "/submit", Json.obj(), 0).problem(409);
        assertTrue(earlyEn.toString(), earlyEn.toString().contains("Allowed now: PREPARE"));
        // no version: 428; a stale one: 409
        assertEquals(428, secretary.send("POST", report + "/prepare", "application/json",
                java.net.http.HttpRequest.BodyPublishers.ofString("{}")).status());

        Response prepared = secretary.post(report + "/prepare", Json.obj(), 0).expect(200);
        assertEquals("PREPARED", prepared.json().path("status").asText());
        assertEquals(2, prepared.json().path("members").asLong());
        long v = prepared.etagVersion();
        secretary.post(report + "/submit", Json.obj(), v + 5).problem(409);
        // a secretary cannot decide; the branch's own level cannot either
        secretary.post(report + "/accept", Json.obj(), v).problem(403);
        Response submitted = secretary.post(report + "/submit", Json.obj(), v).expect(200);
        assertEquals("SUBMITTED", submitted.json().path("status").asText());
        assertEquals(secretaryName, submitted.json().path("submittedBy").asText());
        assertTrue(submitted.json().toString(), !submitted.json().path("submittedAt").isNull());
        String inbox = streetAdmin.get("/notifications").expect(200).text();
        assertTrue(inbox, inbox.contains("core.annual-report.submit"));

        // the street sees the silent branch missing
        JsonNode below = streetAdmin.get(A + "/reports/" + id(street) + "/" + year + "/below").expect(200).json();
        assertEquals(2, below.path("expected").asInt());
        assertEquals(1, below.path("submitted").asInt());
        assertEquals(1, below.path("missing").asInt());
        for (JsonNode u : below.path("units")) {
            assertEquals(u.toString(), u.path("unitId").asLong() == id(silent), u.path("missing").asBoolean());
        }

        // returning needs a reason: 422, nothing stored
        long s = submitted.etagVersion();
        streetAdmin.post(report + "/return", Json.obj("reason", " "), s).expectInvalid("reason");
        assertEquals("SUBMITTED", streetAdmin.get(report).expect(200).json().path("status").asText());
        JsonNode returned = streetAdmin.post(report + "/return", Json.obj("reason", "学历一栏请核实"), s).expect(200).json();
        assertEquals("RETURNED", returned.path("status").asText());
        assertEquals("学历一栏请核实", returned.path("returnReason").asText());
        assertTrue(secretary.get("/notifications").expect(200).text().contains("core.annual-report.return"));

        Response again = secretary.post(report + "/prepare", Json.obj(), returned.path("version").asLong()).expect(200);
        Response resubmitted = secretary.post(report + "/submit", Json.obj(), again.etagVersion()).expect(200);
        JsonNode accepted = streetAdmin.post(report + "/accept", Json.obj(), resubmitted.etagVersion()).expect(200).json();
        assertEquals("ACCEPTED", accepted.path("status").asText());
        assertEquals("[]", accepted.path("allowed").toString());
        assertEquals(6, accepted.path("history").size());
        JsonNode done = secretary.inLanguage("zh-CN").post(report + "/prepare", Json.obj(), accepted.path("version").asLong())
                .problem(409);
        assertTrue(done.toString(), done.toString().contains("已接收"));

        // scope: another street sees nothing of it
        otherAdmin.get(report).problem(404);
        otherAdmin.get(A + "/tables?unit=" + id(branch) + "&year=" + year).problem(404);
        otherAdmin.post(report + "/return", Json.obj("reason", "x"), 1).problem(404);
        JsonNode streetTables = streetAdmin.get(A + "/tables?unit=" + id(street) + "&year=" + year).expect(200).json();
        assertEquals(3, streetTables.path("members").asLong());
    }

    /** The sheet names in the workbook's order (xl/workbook.xml). */
    static List<String> sheetNames(byte[] xlsx) throws IOException {
        Matcher m = Pattern.compile("<sheet [^>]*name=\"([^\"]+)\"").matcher(entry(xlsx, "xl/workbook.xml"));
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String entry(byte[] zip, String name) throws IOException {
        // a file, not a stream: the writer streams its entries with sizes after the data, which ZipInputStream refuses
        java.nio.file.Path file = java.nio.file.Files.createTempFile("annual-stats", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            try (ZipFile archive = new ZipFile(file.toFile())) {
                ZipEntry entry = archive.getEntry(name);
                if (entry == null) {
                    throw new AssertionError("no " + name + " in the workbook");
                }
                return unescape(new String(archive.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    /** The writer escapes characters beyond ASCII as numeric references (&#x515a;): the text as a reader sees it. */
    private static String unescape(String xml) {
        Matcher m = Pattern.compile("&#x([0-9a-fA-F]+);|&#([0-9]+);").matcher(xml);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            int code = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            m.appendReplacement(text, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        return m.appendTail(text).toString();
    }

    private static JsonNode row(JsonNode tables, String table, String key) {
        for (JsonNode t : tables.path("tables")) {
            if (t.path("id").asText().equals(table)) {
                for (JsonNode r : t.path("rows")) {
                    if (r.path("key").asText().equals(key)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no row " + key + " in " + table + ": " + tables);
    }

    /** The demo is loaded and membership's demo counted: the district's 2024 tables include its two deaths. */
    private JsonNode awaitDemo(long district) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = api.get(A + "/tables?unit=" + district + "&year=2024");
            if (last.status() == 200 && last.json().path("contributors").toString().contains("membership")
                    && last.json().toString().contains("membership.DEATH\",\"label\":{\"zhCN\":\"死亡\",\"en\":\"Death\"},\"count\":2")) {
                return last.json();
            }
            Api.sleep(1000);
        }
        throw new AssertionError("the demo did not settle: " + last);
    }

    private long districtRoot() {
        return api.demoDistrictId();
    }

    private Api account(String username, String role, Long organizationId) {
        return api.newAccount(username, role, organizationId, null);
    }
}
