package org.grassroots.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Api.Response;
import org.grassroots.itests.support.BadFiles;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Fixtures;
import org.grassroots.itests.support.IdNumbers;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code /api/core/imports} and {@code /api/core/exports}: member spreadsheets in and out (demo data off). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ImportIT extends DistrictTestSupport {
    static final List<String> MEMBER_HEADERS = List.of("姓名", "性别", "民族", "出生日期", "公民身份号码", "学历", "联系电话",
            "党员类别", "入党日期", "转正日期", "所在党组织编码", "职务岗位", "党员状态", "流动去向", "居住社区编码", "标签");
    private static final String BOM = "\uFEFF";

    @Configuration
    public Option[] configuration() {
        return District.configuration(false);
    }

    @Override
    protected List<String> readinessPaths() {
        List<String> paths = new ArrayList<>(Api.CORE_PATHS);
        paths.add("/imports/template?kind=MEMBERS&format=CSV");
        return paths;
    }

    @Test
    public void templatesCanBeDownloaded() {
        Response csv = api.get("/imports/template?kind=MEMBERS&format=CSV").expect(200);
        assertTrue(csv.toString(), csv.contentType().startsWith("text/csv"));
        assertTrue(csv.toString(), csv.header("Content-Disposition").orElse("").contains(".csv"));
        List<String> lines = lines(csv.text());
        assertEquals(csv.toString(), MEMBER_HEADERS, List.of(lines.get(0).split(",", -1)));

        Response xlsx = api.get("/imports/template?kind=MEMBERS&format=XLSX").expect(200);
        assertTrue(xlsx.toString(), xlsx.contentType().startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertTrue("an XLSX file is a zip archive", xlsx.bytes().length > 100 && xlsx.bytes()[0] == 'P'
                && xlsx.bytes()[1] == 'K');

        Response organizations = api.get("/imports/template?kind=ORGANIZATIONS&format=CSV").expect(200);
        assertFalse(organizations.toString(), lines(organizations.text()).isEmpty());

        api.get("/imports/template?format=CSV").expectInvalid("kind");
        Response badKind = api.get("/imports/template?kind=CATS&format=CSV");
        assertTrue(badKind.toString(), badKind.status() >= 400 && badKind.status() < 500);
        badKind.expectInvalid("kind");
    }

    @Test
    public void aGoodUtf8CsvImportsEveryRow() {
        JsonNode root = fixtures.root("IMP");
        JsonNode branch = fixtures.branch(root, "IMPB");
        JsonNode community = fixtures.unit(Fixtures.code("IMPC"), id(root), "COMMUNITY", "NONE");
        long before = totalMembers();

        String male = IdNumbers.next(true);
        String female = IdNumbers.next(false);
        String third = IdNumbers.next(true);
        String csv = csv(
                row("王建国", male, code(branch)),
                probationary(row("李秀英", female, code(branch)), code(community), "骑手、快递员"),
                row("赵强", third.toLowerCase(), code(branch)));

        JsonNode report = importCsv(csv.getBytes(UTF_8)).expect(200).json();
        assertTrue(report.toString(), report.get("committed").asBoolean());
        assertEquals(report.toString(), 3, report.get("rows").asInt());
        assertEquals(report.toString(), 3, report.get("imported").asInt());
        assertEquals(report.toString(), 0, report.get("errors").size());
        assertEquals("MEMBERS", report.get("kind").asText());
        assertFalse(report.get("jobId").asText().isBlank());

        assertEquals(before + 3, totalMembers());
        assertEquals(3, api.get("/members?subtreeOf=" + id(root)).expect(200).json().get("total").asLong());
        JsonNode li = memberByIdNumber(female);
        assertEquals("李秀英", li.get("name").asText());
        assertEquals("FEMALE", li.get("sex").asText());
        // lists leave the birth date out (it would give away the masked digits): read it on the record
        assertEquals(IdNumbers.birthDate(female).toString(),
                api.get("/members/" + li.get("id").asLong()).expect(200).json().get("birthDate").asText());
        assertEquals("PROBATIONARY", li.get("category").asText());
        assertEquals("NORMAL", li.get("status").asText());
        assertEquals(id(branch), li.get("organizationId").asLong());
        assertEquals(id(community), li.get("residenceCommunityId").asLong());
        Set<String> tags = new HashSet<>();
        li.get("tags").forEach(t -> tags.add(t.asText()));
        assertEquals(Set.of("骑手", "快递员"), tags);
        assertEquals("赵强", memberByIdNumber(third).get("name").asText());
        assertEquals("MALE", memberByIdNumber(male).get("sex").asText());
    }

    @Test
    public void aGbkEncodedCsvImportsToo() {
        JsonNode root = fixtures.root("GBK");
        JsonNode branch = fixtures.branch(root, "GBKB");
        String first = IdNumbers.next(false);
        String second = IdNumbers.next(true);
        String csv = csv(row("欧阳娜娜", first, code(branch)), row("诸葛亮", second, code(branch)));

        JsonNode report = importCsv(csv.getBytes(Charset.forName("GBK"))).expect(200).json();
        assertTrue(report.toString(), report.get("committed").asBoolean());
        assertEquals(report.toString(), 2, report.get("imported").asInt());
        assertEquals("欧阳娜娜", memberByIdNumber(first).get("name").asText());
        assertEquals("诸葛亮", memberByIdNumber(second).get("name").asText());
        assertEquals("汉族", memberByIdNumber(second).get("ethnicity").asText());
    }

    @Test
    public void aFileWithBadRowsStoresNothingAndNamesEveryBadCell() {
        JsonNode root = fixtures.root("BADF");
        JsonNode branch = fixtures.branch(root, "BADFB");
        String existing = IdNumbers.next(true);
        fixtures.member(Fixtures.memberDraft("已有党员", existing, id(branch)));
        long before = totalMembers();

        String good = IdNumbers.next(true);
        String male = IdNumbers.next(true);
        String twice = IdNumbers.next(false);
        String csv = csv(
                row("好行", good, code(branch)),                                   // row 2: fine
                row("校验位错", IdNumbers.BAD_CHECKSUM, code(branch)),             // row 3: check character
                row("单位不存在", IdNumbers.next(true), "NO-SUCH-UNIT"),           // row 4: unknown unit code
                row("性别不符", male, code(branch)).replaceFirst(",男,", ",女,"),   // row 5: sex vs ID number
                row("重复已有", existing, code(branch)),                           // row 6: ID number already stored
                row("文件内一", twice, code(branch)),                              // row 7: fine on its own
                row("文件内二", twice, code(branch)),                              // row 8: same ID as row 7
                row("张\u202E伟", IdNumbers.next(true), code(branch)),             // row 9: direction override
                row("铃声", IdNumbers.next(false), code(branch)).replace(",党员,", ",\u0007,")); // row 10: BEL

        Response refused = importCsv(csv.getBytes(UTF_8)).expect(422);
        assertTrue(refused.toString(), refused.contentType().startsWith(Api.PROBLEM_JSON));
        JsonNode report = refused.json();
        assertFalse(report.toString(), report.path("detail").asText().isBlank());
        assertFalse(report.toString(), report.get("committed").asBoolean());
        assertEquals(report.toString(), 0, report.get("imported").asInt());
        assertEquals(report.toString(), 9, report.get("rows").asInt());
        List<String> cells = new ArrayList<>();
        Set<Integer> rows = new HashSet<>();
        report.get("errors").forEach(e -> {
            cells.add(e.get("row").asInt() + ":" + e.get("column").asText());
            rows.add(e.get("row").asInt());
            assertFalse(e.toString(), e.path("reason").asText().isBlank());
        });
        // issue 13: refused text cells are listed with the other row errors, once each
        for (String expected : List.of("3:公民身份号码", "4:所在党组织编码", "5:性别", "6:公民身份号码", "9:姓名", "10:职务岗位")) {
            assertTrue("expected an error at " + expected + " in " + report, cells.contains(expected));
        }
        assertTrue("expected an error on row 8 (ID number given twice) in " + report, rows.contains(8));
        assertFalse("row 2 is fine: " + report, rows.contains(2));
        assertEquals(report.toString(), 1, cells.stream().filter("9:姓名"::equals).count());
        assertTrue(report.toString(), report.toString().contains("U+202E"));

        // all or nothing: not even the good rows were stored
        assertEquals(before, totalMembers());
        assertEquals(0, api.get("/members?idNumber=" + good).expect(200).json().get("total").asLong());
        assertEquals(0, api.get("/members?idNumber=" + twice).expect(200).json().get("total").asLong());

        // issue 13: a header-only file, a cell with a direction override, and an XLSX zip bomb are refused clearly
        String headerOnly = String.join(",", MEMBER_HEADERS) + "\n";
        Response empty = importCsv(headerOnly.getBytes(UTF_8)).expect(422);
        assertTrue(empty.toString(), empty.json().toString().matches("(?s).*(没有数据行|no data rows).*"));
        // caps: a sheet 306 columns wide is refused as a whole, a cell longer than Excel allows is listed
        String wide = String.join(",", MEMBER_HEADERS) + ",x".repeat(290) + "\r\n" + row("宽", IdNumbers.next(true), code(branch)) + "\r\n";
        Response tooWide = importCsv(wide.getBytes(UTF_8)).expect(422);
        assertTrue(tooWide.toString(), tooWide.json().toString().matches("(?s).*(306 columns|306 列).*"));
        Response overlong = importCsv(csv(row("长".repeat(40_000), IdNumbers.next(true), code(branch))).getBytes(UTF_8))
                .expect(422);
        assertTrue(overlong.toString(), overlong.json().toString().matches("(?s).*32,?767.*"));
        long start = System.nanoTime();
        Response bomb = api.postBytes("/imports?kind=MEMBERS&format=XLSX&wait=true", "application/octet-stream",
                BadFiles.zipBomb(100)).expect(422);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(bomb.toString(), bomb.json().toString().matches("(?s).*(解压后|unpacks to far more).*"));
        assertTrue("a zip bomb took " + millis + " ms to refuse", millis < 5_000);
        assertEquals(before, totalMembers());

        // a file that is not a member sheet at all
        Response noHeaders = importCsv("a,b,c\n1,2,3\n".getBytes(UTF_8));
        assertEquals(noHeaders.toString(), 422, noHeaders.status());
        assertFalse(noHeaders.json().path("committed").asBoolean(true));
        assertEquals(before, totalMembers());
    }

    /**
     * Issue 13: core's real-world fixtures (bundles/core/src/test/resources/spreadsheets: CSV in UTF-8 with and without
     * BOM, GBK, GB18030 beyond GBK; POI-written XLSX with a merged title or merged group headings above the header and
     * empty rows below) each import their two members, 䶮 and 𠮷 intact.
     */
    @Test
    public void realWorldSpreadsheetsImport() throws java.io.IOException {
        JsonNode root = fixtures.root("FX");
        long branch = id(fixtures.unit("FX-BRANCH", id(root), "COMMUNITY", "BRANCH"));
        List<String> files = List.of("members-utf8.csv", "members-utf8-bom.csv", "members-gbk.csv",
                "members-gb18030.csv", "members-poi-merged-title.xlsx", "members-poi-group-headers.xlsx",
                "members-libreoffice-merged-title.xlsx", "members-libreoffice-from-csv.xlsx");
        for (String file : files) {
            byte[] bytes;
            try (java.io.InputStream in = ImportIT.class.getResourceAsStream("/spreadsheets/" + file)) {
                assertNotNull("fixture " + file, in);
                bytes = in.readAllBytes();
            }
            String format = file.endsWith(".csv") ? "CSV" : "XLSX";
            Response answer = api.postBytes("/imports?kind=MEMBERS&format=" + format + "&wait=true",
                    "application/octet-stream", bytes);
            assertEquals(file + ": " + answer, 200, answer.status());
            assertEquals(file + ": " + answer, 2, answer.json().get("imported").asInt());
        }
        assertEquals(2L * files.size(), api.get("/members?subtreeOf=" + branch).expect(200).json().get("total").asLong());
        assertEquals(1, api.get("/members?name=" + java.net.URLEncoder.encode("王䶮", UTF_8)).expect(200).json()
                .get("total").asLong());
        assertEquals(1, api.get("/members?name=" + java.net.URLEncoder.encode("𠮷祥", UTF_8)).expect(200).json()
                .get("total").asLong());
    }

    @Test
    public void anAsyncImportReachesDone() {
        JsonNode root = fixtures.root("ASY");
        JsonNode branch = fixtures.branch(root, "ASYB");
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(row("异步党员" + i, IdNumbers.next(i % 2 == 0), code(branch)));
        }
        // UTF-8 with a byte order mark, as Excel writes it
        byte[] file = (BOM + csv(rows.toArray(new String[0]))).getBytes(UTF_8);

        Response accepted = api.postBytes("/imports?kind=MEMBERS&format=CSV", "application/octet-stream", file)
                .expect(202);
        String location = accepted.header("Location").orElseThrow(() -> new AssertionError("no Location: " + accepted));
        String jobId = accepted.json().get("jobId").asText();
        assertTrue(accepted.toString(), location.endsWith("/imports/" + jobId));

        JsonNode done = awaitJob(location);
        assertEquals(done.toString(), "DONE", done.get("phase").asText());
        assertEquals(jobId, done.get("jobId").asText());
        assertEquals("MEMBERS", done.get("kind").asText());
        JsonNode report = done.get("report");
        assertNotNull(done.toString(), report);
        assertTrue(done.toString(), report.get("committed").asBoolean());
        assertEquals(done.toString(), 40, report.get("imported").asInt());
        assertEquals(40, api.get("/members?subtreeOf=" + id(root)).expect(200).json().get("total").asLong());
        // the imported rows carry their unit's path: found by subtree, page by page, with the right total
        JsonNode lastPage = api.get("/members?subtreeOf=" + id(branch) + "&size=15&page=2").expect(200).json();
        assertEquals(40, lastPage.get("total").asLong());
        assertEquals(10, lastPage.get("items").size());
        JsonNode pastTheEnd = api.get("/members?subtreeOf=" + id(branch) + "&size=15&page=3").expect(200).json();
        assertEquals(40, pastTheEnd.get("total").asLong());
        assertEquals(0, pastTheEnd.get("items").size());

        // a bad file ends FAILED with its errors, storing nothing
        Response badJob = api.postBytes("/imports?kind=MEMBERS&format=CSV", "application/octet-stream",
                csv(row("坏", IdNumbers.BAD_CHECKSUM, code(branch))).getBytes(UTF_8)).expect(202);
        JsonNode failed = awaitJob(badJob.header("Location").orElseThrow());
        assertEquals(failed.toString(), "FAILED", failed.get("phase").asText());
        assertFalse(failed.toString(), failed.get("report").get("committed").asBoolean());
        assertTrue(failed.toString(), failed.get("report").get("errors").size() > 0);
        assertEquals(40, api.get("/members?subtreeOf=" + id(root)).expect(200).json().get("total").asLong());

        api.get("/imports/no-such-job").problem(404);
    }

    @Test
    public void anExportContainsTheImportedMembers() {
        JsonNode root = fixtures.root("EXP");
        JsonNode a = fixtures.branch(root, "EXPA");
        JsonNode b = fixtures.branch(root, "EXPB");
        JsonNode elsewhere = fixtures.branch(fixtures.root("EXPX"), "EXPY");
        List<String> ids = List.of(IdNumbers.next(true), IdNumbers.next(false), IdNumbers.next(true));
        String csv = csv(row("导出甲", ids.get(0), code(a)), row("导出乙", ids.get(1), code(a)),
                probationary(row("导出丙", ids.get(2), code(b)), "", "骑手"));
        importCsv(csv.getBytes(UTF_8)).expect(200);
        String outsider = IdNumbers.next(true);
        fixtures.member(Fixtures.memberDraft("不导出", outsider, id(elsewhere)));

        Response export = api.get("/exports?kind=MEMBERS&format=CSV&subtreeOf=" + id(root)).expect(200);
        assertTrue(export.toString(), export.contentType().startsWith("text/csv"));
        assertTrue(export.toString(), export.header("Content-Disposition").orElse("").contains(".csv"));
        List<String> lines = lines(export.text());
        assertEquals(export.toString(), MEMBER_HEADERS, List.of(lines.get(0).split(",", -1)));
        assertEquals(export.toString(), 4, lines.size());
        for (String idNumber : ids) {
            assertTrue("missing " + idNumber + " in " + export, export.text().contains(idNumber));
        }
        assertTrue(export.text().contains("导出甲"));
        assertTrue(export.text().contains("导出丙"));
        assertTrue(export.text().contains(code(b)));
        assertFalse("a member outside the subtree: " + export, export.text().contains(outsider));

        // the export reads back in: delete nothing, but a re-import of the same file is refused as duplicates
        Response again = importCsv(export.bytes());
        assertEquals(again.toString(), 422, again.status());
        assertEquals(3, api.get("/members?subtreeOf=" + id(root)).expect(200).json().get("total").asLong());

        api.get("/exports?kind=MEMBERS&format=CSV").expectInvalid("subtreeOf");
        api.get("/exports?kind=MEMBERS&format=CSV&subtreeOf=987654321").problem(404);
    }

    private Response importCsv(byte[] file) {
        return api.postBytes("/imports?kind=MEMBERS&format=CSV&wait=true", "application/octet-stream", file);
    }

    private JsonNode awaitJob(String location) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode progress = null;
        while (System.nanoTime() < deadline) {
            progress = api.get(location).expect(200).json();
            String phase = progress.get("phase").asText();
            assertTrue(progress.toString(), Set.of("QUEUED", "PARSING", "VALIDATING", "WRITING", "DONE", "FAILED")
                    .contains(phase));
            if (phase.equals("DONE") || phase.equals("FAILED")) {
                return progress;
            }
            Api.sleep(200);
        }
        fail("the import job did not finish within 60 s: " + progress);
        return null;
    }

    private long totalMembers() {
        return api.get("/members?size=1").expect(200).json().get("total").asLong();
    }

    private JsonNode memberByIdNumber(String idNumber) {
        JsonNode page = api.get("/members?idNumber=" + idNumber).expect(200).json();
        assertEquals(page.toString(), 1, page.get("total").asLong());
        return page.get("items").get(0);
    }

    private static String code(JsonNode unit) {
        return unit.get("code").asText();
    }

    public static String csv(String... rows) {
        return String.join(",", MEMBER_HEADERS) + "\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    /** A full member whose sex and birth date agree with the ID number. */
    public static String row(String name, String idNumber, String organizationCode) {
        LocalDate birth = IdNumbers.birthDate(idNumber);
        String sex = IdNumbers.isMale(idNumber.toUpperCase()) ? "男" : "女";
        return String.join(",", name, sex, "汉族", birth.toString(), idNumber, "本科", "13800138000", "正式党员",
                birth.plusYears(25).toString(), birth.plusYears(26).toString(), organizationCode, "党员", "正常", "",
                "", "");
    }

    /** The row as a probationary member with a residence community and tags. */
    static String probationary(String row, String residenceCode, String tags) {
        String[] cells = row.split(",", -1);
        cells[7] = "预备党员";
        cells[9] = "";
        cells[14] = residenceCode;
        cells[15] = tags;
        return String.join(",", cells);
    }

    private static List<String> lines(String text) {
        String body = text.startsWith(BOM) ? text.substring(1) : text;
        List<String> lines = new ArrayList<>();
        for (String line : body.split("\r?\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
