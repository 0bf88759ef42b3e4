package org.grassroots.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.io.Spreadsheets;
import org.grassroots.itests.support.KarafShell;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Api.Response;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.KarafLog;
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
 * 强村共富 over HTTP against the district distribution with the demo data on: the demo's 53/91/3 classification
 * computed from scores, then the module's workflows on a fresh subtree (classify, propose/confirm, recommend, pair
 * through the states), illegal transitions (409), bad input (422), scope, and uninstall/reinstall with data intact.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RuralIT extends DistrictTestSupport {
    private static final String RURAL = "/api/rural";
    private static final int YEAR = 2031;

    @Inject
    private SessionFactory sessionFactory;
    @Inject
    private Spreadsheets spreadsheets;

    @Configuration
    public Option[] configuration() {
        return District.configurationWithDemoOf("rural", "industrial"); // the work record orders both sections
    }

    @Test
    public void demoDataClassifiesTheDistrictsVillagesFromTheirScores() {
        long district = districtRoot();
        JsonNode categories = awaitDemoCategories(district);
        assertEquals(53, categories.path("DEMONSTRATION").asInt());
        assertEquals(91, categories.path("EXCELLENCE").asInt());
        assertEquals(3, categories.path("FOUNDATION").asInt());

        // every classification is backed by its computed score and confirmed by the district
        JsonNode page = api.get(RURAL + "/classifications?unit=" + district + "&year=2024&size=500").expect(200).json();
        assertEquals(147, page.path("total").asInt());
        for (JsonNode c : page.path("items")) {
            assertEquals("CONFIRMED", c.path("status").asText());
            assertEquals(c.path("computedCategory").asText(), c.path("category").asText());
            double score = c.path("score").asDouble();
            String expected = score >= 85 ? "DEMONSTRATION" : score >= 60 ? "EXCELLENCE" : "FOUNDATION";
            assertEquals(expected, c.path("category").asText());
        }
        JsonNode history = api.get(RURAL + "/villages/" + page.path("items").get(0).path("villageId").asLong()
                + "/classifications").expect(200).json();
        assertEquals(2, history.size()); // 2024 and 2023

        JsonNode stats = statistics(district, 2024);
        assertTrue(stat(stats, "rural.visits.coverage").path("value").asDouble() > 50);
        assertTrue(stat(stats, "rural.pairings.coverage").path("value").asDouble() > 50);
        assertTrue(stat(stats, "rural.income.growth").path("value").asDouble() > 0);
        // the demo keeps a few pairings whose enterprise does not fit: they are listed for re-pairing
        assertTrue(api.get(RURAL + "/repairing?unit=" + district).expect(200).json().size() > 0);
    }

    /**
     * The year-end work record of the demo district: rural's section (action 5) reproduces the report's 53 / 91 / 3
     * villages from the classifications, compared with 2023, with a generated summary in both languages; the
     * industrial section (action 7) follows it.
     */
    @Test
    public void theWorkRecordOfTheDemoDistrictReproducesTheReportsVillageFigures() {
        long district = districtRoot();
        awaitDemoCategories(district);
        JsonNode record = api.get("/work-record?subtreeOf=" + district + "&year=2024").expect(200).json();
        assertEquals(record.toString(), 2024, record.path("year").asInt());
        List<String> order = new ArrayList<>();
        JsonNode rural = null;
        for (JsonNode section : record.path("sections")) {
            order.add(section.path("module").asText());
            if ("rural".equals(section.path("module").asText())) {
                rural = section;
            }
        }
        assertTrue(order.toString(), order.indexOf("rural") >= 0 && order.indexOf("rural") < order.indexOf("industrial"));
        assertEquals(record.toString(), 0, record.path("failed").size());
        Map<String, JsonNode> figures = new HashMap<>();
        rural.path("figures").forEach(f -> figures.put(f.path("id").asText(), f));
        assertEquals(53, figures.get("rural.villages.category.DEMONSTRATION").path("value").asInt());
        assertEquals(91, figures.get("rural.villages.category.EXCELLENCE").path("value").asInt());
        assertEquals(3, figures.get("rural.villages.category.FOUNDATION").path("value").asInt());
        assertEquals("示范村", figures.get("rural.villages.category.DEMONSTRATION").at("/label/zhCN").asText());
        assertTrue(rural.toString(), figures.get("rural.villages.category.DEMONSTRATION").path("previousYear").isNumber());
        assertEquals("m/rural/classification", figures.get("rural.villages.category.DEMONSTRATION").path("drillDown").asText());
        assertTrue(rural.toString(), rural.at("/summary/zhCN").asText().contains("示范村53个、创优村91个、强基村3个"));
        assertTrue(rural.toString(), rural.at("/summary/en").asText().contains("53 demonstration"));
        api.get("/work-record?year=2024").expectInvalid("subtreeOf");
        api.get("/work-record?subtreeOf=" + district + "&year=1800").expectInvalid("year");
        api.get("/work-record?subtreeOf=987654321&year=2024").problem(404);
    }

    /**
     * The dashboard never shows a code: every breakdown key of every figure of the demo district (core's and each
     * module's) comes with its zh-CN and English label; the console's label sets and the years with data are served.
     */
    @Test
    public void everyBreakdownKeyOfTheDemoFiguresHasALabel() {
        long district = districtRoot();
        awaitDemoCategories(district);
        JsonNode report = api.get("/statistics?subtreeOf=" + district + "&year=2024").expect(200).json();
        int keys = 0;
        for (JsonNode module : report.path("modules")) {
            for (JsonNode statistic : module.path("statistics")) {
                for (var key = statistic.path("breakdown").fieldNames(); key.hasNext(); keys++) {
                    String code = key.next();
                    JsonNode label = statistic.path("labels").path(code);
                    String where = module.path("module").asText() + " " + statistic.path("id").asText() + " key " + code;
                    assertFalse(where + " has no zh-CN label", label.path("zhCN").asText().isBlank());
                    assertFalse(where + " has no English label", label.path("en").asText().isBlank());
                }
            }
        }
        assertTrue("the demo figures have breakdowns: " + report, keys > 10);
        assertTrue(report.toString(), report.toString().contains("\"previousIncome\":{\"zhCN\":\"上年收入（万元）\""));

        JsonNode labels = api.get("/labels").expect(200).json();
        assertEquals("帮扶中", labels.path("rural.PairingStatus").path("ACTIVE").path("zhCN").asText());
        assertEquals("Street", labels.path("core.UnitType").path("STREET").path("en").asText());
        JsonNode years = api.get("/statistics/years?subtreeOf=" + district).expect(200).json();
        assertTrue(years.toString(), years.path("years").toString().contains("2024"));
    }

    @Test
    public void demoModeEnablesTheModuleForTheDemoDistrict() {
        long district = districtRoot();
        awaitDemoCategories(district); // the module's demo loader enables it once core's villages are there
        JsonNode setting = api.get("/modules/rural/enablement?unit=" + district).expect(200).json();
        assertTrue(setting.toString(), setting.path("enabled").asBoolean());
        assertEquals(setting.toString(), district, setting.path("inheritedFrom").asLong());
    }

    /**
     * A street's administrator sees the villages of their street only: another street's records answer 404 and
     * lists hold their own villages; enterprises are theirs or the district's, never another street's.
     */
    @Test
    public void aStreetSeesItsOwnVillagesAndTheEnterprisesItMayPairWith() throws IOException {
        JsonNode district = fixtures.unit(code("RURD"), null, "DISTRICT", "WORKING_COMMITTEE");
        long districtId = id(district);
        enable(districtId);
        Subtree a = subtree(districtId);
        Subtree b = subtree(districtId);
        api.put(RURAL + "/villages/" + a.villages.get(0) + "/income/2030", Json.obj("amount", 20), 0).expect(200);
        api.put(RURAL + "/villages/" + b.villages.get(0) + "/income/2030", Json.obj("amount", 10), 0).expect(200);
        long needOfB = id(api.post(RURAL + "/needs", Json.obj("villageId", b.villages.get(0), "type", "SALES",
                "description", "农产品销路")).expect(201).json());
        Api streetA = account("rural-" + a.street, "UNIT_ADMIN", a.street);

        streetA.get(RURAL + "/villages/" + b.villages.get(0) + "/classifications").problem(404);
        streetA.get(RURAL + "/villages/" + b.villages.get(0) + "/scores/2030").problem(404);
        streetA.put(RURAL + "/villages/" + b.villages.get(0) + "/income/2030", Json.obj("amount", 1), 1).problem(404);
        streetA.get(RURAL + "/needs/" + needOfB).problem(404);
        streetA.get(RURAL + "/income?unit=" + b.street + "&year=2030").problem(404);
        streetA.get(RURAL + "/income?unit=" + districtId + "&year=2030").problem(404);
        streetA.post(RURAL + "/needs", Json.obj("villageId", b.villages.get(0), "type", "SALES", "description", "x"))
                .expectInvalid("villageId");
        JsonNode own = streetA.get(RURAL + "/income?unit=" + a.street + "&year=2030").expect(200).json();
        assertEquals(own.toString(), 1, own.path("total").asInt());
        assertEquals(a.villages.get(0).longValue(), own.path("items").get(0).path("villageId").asLong());
        assertEquals(2, api.get(RURAL + "/income?unit=" + districtId + "&year=2030").expect(200).json().path("total").asInt());
        assertEquals(0, streetA.get(RURAL + "/needs?unit=" + a.street).expect(200).json().path("total").asInt());

        String token = a.code;
        JsonNode ownEnterprise = streetA.post(RURAL + "/enterprises", enterprise("本街道企业" + token, "种植业", "蔬菜种植",
                "蔬菜", "INDUSTRY", 36.7, 117.1, null)).expect(201).json();
        assertEquals(a.street, ownEnterprise.path("organizationId").asLong()); // the caller's unit by default
        JsonNode ofDistrict = api.post(RURAL + "/enterprises", enterprise("区级企业" + token, "物流", "冷链物流", "冷链",
                "SALES", 36.7, 117.1, districtId)).expect(201).json();
        long ofB = id(api.post(RURAL + "/enterprises", enterprise("其他街道企业" + token, "建筑业", "道路", "道路",
                "INFRASTRUCTURE", 36.7, 117.1, b.street)).expect(201).json());
        streetA.post(RURAL + "/enterprises", enterprise("越权" + token, "建筑业", "道路", "道路", "INFRASTRUCTURE",
                36.7, 117.1, b.street)).expectInvalid("organizationId");

        JsonNode visible = streetA.get(RURAL + "/enterprises?q=" + token).expect(200).json();
        List<Long> ids = new ArrayList<>();
        visible.path("items").forEach(e -> ids.add(id(e)));
        assertEquals(List.of(id(ownEnterprise), id(ofDistrict)), ids);
        assertEquals(3, api.get(RURAL + "/enterprises?q=" + token).expect(200).json().path("total").asInt());
        streetA.get(RURAL + "/enterprises/" + ofB).problem(404);
        streetA.get(RURAL + "/enterprises/" + id(ofDistrict)).expect(200);
        streetA.put(RURAL + "/enterprises/" + id(ofDistrict), enterprise("区级企业" + token, "物流", "冷链", "冷链", "SALES",
                36.7, 117.1, null), ofDistrict.path("version").asLong()).problem(403);
        streetA.post(RURAL + "/pairings", Json.obj("enterpriseId", ofB, "villageId", a.villages.get(0)))
                .expectInvalid("enterpriseId");
        JsonNode pairing = streetA.post(RURAL + "/pairings", Json.obj("enterpriseId", id(ofDistrict), "villageId",
                a.villages.get(0))).expect(201).json();
        assertEquals("rural-" + a.street, pairing.path("proposedBy").asText());

        // the street's enterprise sheet holds what it sees; uploaded back, the district's row is refused and the
        // whole file with it; without that row the street's own enterprise changes
        Sheet sheet = spreadsheets.read(FileFormat.XLSX, new ByteArrayInputStream(
                streetA.get(RURAL + "/sheets/enterprises").expect(200).bytes()));
        List<String> names = new ArrayList<>();
        sheet.rows().forEach(r -> names.add(r.value("企业名称")));
        assertEquals(List.of("本街道企业" + token, "区级企业" + token), names);
        List<List<String>> rows = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            List<String> cells = new ArrayList<>();
            sheet.headers().forEach(h -> cells.add(h.equals("主营业务") ? "蔬菜种植与销售" : row.value(h)));
            rows.add(cells);
        }
        JsonNode refused = streetA.send("POST", RURAL + "/sheets/enterprises", FileFormat.XLSX.mediaType(),
                BodyPublishers.ofByteArray(xlsx(sheet.headers(), rows))).problem(422);
        assertRowErrors(refused, "3 编号");
        assertEquals("蔬菜种植", streetA.get(RURAL + "/enterprises/" + id(ownEnterprise)).expect(200).json()
                .path("mainBusiness").asText());
        JsonNode changed = streetA.send("POST", RURAL + "/sheets/enterprises", FileFormat.XLSX.mediaType(),
                BodyPublishers.ofByteArray(xlsx(sheet.headers(), rows.subList(0, 1)))).expect(200).json();
        assertEquals(1, changed.path("updated").asInt());
        assertEquals("蔬菜种植与销售", streetA.get(RURAL + "/enterprises/" + id(ownEnterprise)).expect(200).json()
                .path("mainBusiness").asText());
    }

    @Test
    public void classificationWorkflow() {
        Subtree s = subtree();
        ObjectNode model = Json.obj("criteria", Json.arr(
                        Json.obj("code", "ORGANIZATION", "zhCN", "组织建设", "en", "Organization", "weight", 50),
                        Json.obj("code", "ECONOMY", "zhCN", "集体经济", "en", "Economy", "weight", 50)),
                "demonstrationMin", 85, "excellenceMin", 60);
        api.put(RURAL + "/models/" + YEAR, Json.obj("criteria", Json.arr(), "demonstrationMin", 50, "excellenceMin", 70), 0)
                .expectInvalid("criteria", "excellenceMin");
        Response saved = api.put(RURAL + "/models/" + YEAR, model, 0).expect(200);
        api.put(RURAL + "/models/" + YEAR, model, 0).problem(409); // stale version

        scores(s.villages.get(0), 90, 95); // 92.5 → demonstration
        scores(s.villages.get(1), 70, 60); // 65 → excellence
        // the third village's scores come from the assessment sheet (CSV here): all rows or none, errors per cell
        String header = "村代码,村名称,组织建设,ECONOMY\n";
        JsonNode refused = uploadScores(s, header + "NOPE,x,1,2\n" + s.villageCodes.get(2) + ",村,40,500\n").problem(422);
        assertRowErrors(refused, "2 村代码", "3 ECONOMY");
        assertTrue(api.get(RURAL + "/villages/" + s.villages.get(2) + "/scores/" + YEAR).expect(200).json()
                .path("scores").isEmpty());
        assertEquals(1, uploadScores(s, header + s.villageCodes.get(2) + ",村,40,50\n")
                .expect(200).json().path("updated").asInt()); // 45 → foundation
        api.put(RURAL + "/villages/" + s.villages.get(0) + "/scores/" + YEAR,
                Json.obj("scores", Json.obj("NOT_A_CRITERION", 10, "ECONOMY", 120)), 0)
                .expectInvalid("scores.NOT_A_CRITERION", "scores.ECONOMY");
        api.put(RURAL + "/villages/" + s.street + "/scores/" + YEAR, Json.obj("scores", Json.obj("ECONOMY", 10)), 0)
                .expectInvalid("village");

        JsonNode run = api.post(RURAL + "/classifications/" + YEAR + "/run", null).expect(200).json();
        assertEquals(3, run.path("villages").asInt());
        assertEquals(1, run.path("categories").path("DEMONSTRATION").asInt());
        assertEquals(1, run.path("categories").path("EXCELLENCE").asInt());
        assertEquals(1, run.path("categories").path("FOUNDATION").asInt());
        // re-running a classified year must be explicit
        assertTrue(api.post(RURAL + "/classifications/" + YEAR + "/run", null).problem(409).path("detail").asText()
                .contains("rerun"));
        assertTrue(api.post(RURAL + "/classifications/" + YEAR + "/run?rerun=true", null).expect(200).json()
                .path("rerun").asBoolean());

        JsonNode list = api.get(RURAL + "/classifications?unit=" + s.street + "&year=" + YEAR + "&sort=-score").expect(200).json();
        assertEquals(3, list.path("total").asInt());
        JsonNode best = list.path("items").get(0);
        assertEquals("DEMONSTRATION", best.path("computedCategory").asText());
        assertEquals(92.5, best.path("score").asDouble(), 1e-9);
        long id = id(best);

        api.post(RURAL + "/classifications/" + id + "/confirm", null, best.path("version").asLong()).problem(409); // not proposed
        // a proposal that differs from the computed category needs a reason
        api.post(RURAL + "/classifications/" + id + "/propose", Json.obj("category", "EXCELLENCE"), best.path("version").asLong())
                .expectInvalid("reason");
        JsonNode proposed = api.post(RURAL + "/classifications/" + id + "/propose", Json.obj(), best.path("version").asLong())
                .expect(200).json();
        assertEquals("PROPOSED", proposed.path("status").asText());
        assertEquals(District.ADMIN, proposed.path("proposedBy").asText()); // the signed-in caller
        assertFalse(proposed.path("proposedAt").isNull());
        JsonNode confirmed = api.post(RURAL + "/classifications/" + id + "/confirm", null, proposed.path("version").asLong())
                .expect(200).json();
        assertEquals("CONFIRMED", confirmed.path("status").asText());
        assertFalse(confirmed.path("confirmedAt").isNull());
        api.post(RURAL + "/classifications/" + id + "/confirm", null, confirmed.path("version").asLong()).problem(409);
        String listed = RURAL + "/classifications?unit=" + s.street + "&year=" + YEAR;
        assertEquals(1, api.get(listed + "&category=FOUNDATION").expect(200).json().path("total").asInt());
        assertEquals(id, id(api.get(listed + "&status=CONFIRMED&category=DEMONSTRATION").expect(200).json()
                .path("items").get(0)));
        assertEquals(2, api.get(listed + "&status=COMPUTED").expect(200).json().path("total").asInt());

        String exported = api.get(RURAL + "/sheets/classifications/" + YEAR + "?format=CSV&unit=" + s.street).expect(200).text();
        assertTrue(exported, exported.contains(s.villageCodes.get(0)) && exported.contains("示范村") && exported.contains("强基村"));

        JsonNode history = api.get(RURAL + "/villages/" + s.villages.get(0) + "/classifications").expect(200).json();
        assertEquals(1, history.size());
        assertEquals("DEMONSTRATION", history.get(0).path("category").asText());
        assertTrue(saved.etagVersion() > 0);
    }

    /** A district administrator limited to one street re-runs the classification of that street's villages only. */
    @Test
    public void aScopedAdministratorClassifiesOnlyTheVillagesOfTheirSubtree() {
        int year = 2033;
        Subtree mine = subtree();
        Subtree other = subtree();
        api.put(RURAL + "/models/" + year, Json.obj("criteria", Json.arr(
                        Json.obj("code", "ORGANIZATION", "zhCN", "组织建设", "en", "Organization", "weight", 50),
                        Json.obj("code", "ECONOMY", "zhCN", "集体经济", "en", "Economy", "weight", 50)),
                "demonstrationMin", 85, "excellenceMin", 60), 0).expect(200);
        for (long village : List.of(mine.villages.get(0), other.villages.get(0))) {
            api.put(RURAL + "/villages/" + village + "/scores/" + year,
                    Json.obj("scores", Json.obj("ORGANIZATION", 90, "ECONOMY", 95)), 0).expect(200);
        }
        assertEquals(2, api.post(RURAL + "/classifications/" + year + "/run", null).expect(200).json()
                .path("villages").asInt());
        JsonNode theirs = api.get(RURAL + "/classifications?unit=" + other.street + "&year=" + year).expect(200).json()
                .path("items").get(0);
        api.post(RURAL + "/classifications/" + id(theirs) + "/propose", Json.obj(), theirs.path("version").asLong())
                .expect(200);

        Api scoped = account(code("rurda").toLowerCase(java.util.Locale.ROOT), "DISTRICT_ADMIN", mine.street);
        JsonNode rerun = scoped.post(RURAL + "/classifications/" + year + "/run?rerun=true", null).expect(200).json();
        assertEquals(rerun.toString(), 1, rerun.path("villages").asInt());
        assertEquals("the other street's proposal is untouched", "PROPOSED",
                api.get(RURAL + "/classifications/" + id(theirs)).expect(200).json().path("status").asText());
    }

    /**
     * Spreadsheets go through core's service: an XLSX downloaded, edited and uploaded again changes the data; a
     * file with bad rows is refused whole with every bad cell (row, column, reason) and stores nothing.
     */
    @Test
    public void spreadsheetsRoundTripAndBadRowsAreRefusedWhole() throws Exception {
        Subtree s = subtree();
        api.put(RURAL + "/villages/" + s.villages.get(0) + "/income/" + YEAR, Json.obj("amount", 50), 0).expect(200);
        Response download = api.get(RURAL + "/sheets/income/" + YEAR + "?unit=" + s.street).expect(200);
        assertTrue(download.contentType(), download.contentType().startsWith(FileFormat.XLSX.mediaType()));
        Sheet sheet = spreadsheets.read(FileFormat.XLSX, new ByteArrayInputStream(download.bytes()));
        assertEquals(3, sheet.rows().size());
        assertEquals("50", sheet.rows().get(0).value("集体经济收入（万元）"));

        // edited in "Excel": two amounts filled in, one left blank
        List<List<String>> edited = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            String code = row.value("村代码");
            String amount = code.equals(s.villageCodes.get(0)) ? "60" : code.equals(s.villageCodes.get(1)) ? "70.5" : "";
            edited.add(List.of(code, row.value("村名称"), row.value("年度"), amount, "", ""));
        }
        JsonNode imported = uploadIncome(s, xlsx(sheet.headers(), edited)).expect(200).json();
        assertEquals(2, imported.path("updated").asInt());
        assertEquals(1, imported.path("unchanged").asInt());
        assertEquals(List.of(60.0, 70.5), amounts(s));

        // bad rows: an unknown village and a word for an amount; the good row is not stored either
        List<List<String>> bad = List.of(List.of(s.villageCodes.get(0), "", "", "99", "", ""),
                List.of("NOPE-1", "", "", "5", "", ""), List.of(s.villageCodes.get(1), "", "", "很多", "", ""));
        JsonNode refused = uploadIncome(s, xlsx(sheet.headers(), bad)).problem(422);
        assertRowErrors(refused, "3 村代码", "4 集体经济收入（万元）");
        assertEquals(List.of(60.0, 70.5), amounts(s));
        uploadIncome(s, "not a spreadsheet".getBytes(UTF_8)).problem(422);

        // needs and visits come back unchanged from their own sheets: ids name the stored records
        api.post(RURAL + "/needs", Json.obj("villageId", s.villages.get(0), "type", "SALES", "description", "销路",
                "keywords", "销售 电商")).expect(201);
        byte[] needs = api.get(RURAL + "/sheets/needs?unit=" + s.street).expect(200).bytes();
        JsonNode again = api.send("POST", RURAL + "/sheets/needs?unit=" + s.street, FileFormat.XLSX.mediaType(),
                BodyPublishers.ofByteArray(needs)).expect(200).json();
        assertEquals(1, again.path("updated").asInt());
        assertEquals(1, api.get(RURAL + "/needs?unit=" + s.street).expect(200).json().path("total").asInt());
        api.post(RURAL + "/visits", Json.obj("villageId", s.villages.get(1), "leaderName", "王书记", "visitedOn",
                LocalDate.now().toString())).expect(201);
        String visits = api.get(RURAL + "/sheets/visits?format=CSV&unit=" + s.street).expect(200).text();
        JsonNode visitImport = api.send("POST", RURAL + "/sheets/visits?format=CSV&unit=" + s.street, "text/csv",
                BodyPublishers.ofString(visits + (visits.endsWith("\n") ? "" : "\r\n") + ",\"" + s.villageCodes.get(2) + "\",,李主任," + LocalDate.now() + ",道路\n"))
                .expect(200).json();
        assertEquals(visitImport.toString(), 1, visitImport.path("created").asInt());
        assertEquals(1, visitImport.path("unchanged").asInt());
        assertEquals(2, api.get(RURAL + "/visits?unit=" + s.street).expect(200).json().path("total").asInt());
    }

    @Test
    public void pairingWorkflowWithExplainedRecommendations() {
        Subtree s = subtree();
        long village = s.villages.get(0);
        api.put(RURAL + "/villages/" + village + "/profile", Json.obj("latitude", 37.70, "longitude", 118.60,
                "mainIndustry", "种植业"), 0).expect(200);
        long grower = id(api.post(RURAL + "/enterprises", enterprise("莲藕合作社" + s.code, "种植业", "莲藕种植与深加工",
                "莲藕 种植 深加工", "INDUSTRY", 37.71, 118.61, s.street)).expect(201).json());
        long builder = id(api.post(RURAL + "/enterprises", enterprise("道路工程" + s.code, "建筑业", "道路硬化、排水",
                "道路 排水", "INFRASTRUCTURE", 37.70, 118.60, s.street)).expect(201).json());
        // the platform administrator has no unit of their own: an enterprise names the unit that registers it
        api.post(RURAL + "/enterprises", enterprise("无归属" + s.code, "建筑业", "道路", "道路", "INFRASTRUCTURE", 37.7,
                118.6, null)).expectInvalid("organizationId");

        api.post(RURAL + "/needs", Json.obj("villageId", s.street, "description", "")).expectInvalid("villageId", "type", "description");
        long need = id(api.post(RURAL + "/needs", Json.obj("villageId", village, "type", "INDUSTRY", "industry", "种植业",
                "description", "莲藕种植扩大与深加工", "keywords", "莲藕、种植、深加工")).expect(201).json());

        JsonNode recommendations = api.get(RURAL + "/recommendations?village=" + s.villageCodes.get(0) + "&limit=100")
                .expect(200).json();
        assertEquals(1, recommendations.size());
        JsonNode ranked = recommendations.get(0).path("enterprises");
        assertEquals(grower, ranked.get(0).path("enterpriseId").asLong());
        for (JsonNode r : ranked) {
            double sum = 0;
            for (JsonNode part : r.path("components")) {
                sum += part.path("points").asDouble();
                assertFalse(part.path("reason").asText().isEmpty());
            }
            assertEquals(r.path("score").asDouble(), sum, 1e-6);
        }
        api.get(RURAL + "/recommendations?village=&limit=5").expectInvalid("village");
        // each score's reasons in the caller's language: Chinese without English words
        JsonNode chinese = api.inLanguage("zh-CN").get(RURAL + "/recommendations?village=" + s.villageCodes.get(0) + "&limit=3")
                .expect(200).json();
        for (JsonNode part : chinese.get(0).path("enterprises").get(0).path("components")) {
            assertFalse(part.toString(), part.path("reason").asText().matches("(?s).*[A-Za-z]{2,}.*"));
        }

        // an old pairing with the builder does not fit the need: proposed for re-pairing with the grower
        JsonNode pairing = api.post(RURAL + "/pairings", Json.obj("enterpriseId", builder, "villageId", village, "needId", need))
                .expect(201).json();
        assertEquals("PROPOSED", pairing.path("status").asText());
        long pid = id(pairing);
        JsonNode illegal = api.post(RURAL + "/pairings/" + pid + "/activate", null, pairing.path("version").asLong()).problem(409);
        assertTrue(illegal.path("detail").asText(), illegal.path("detail").asText().contains("PROPOSED"));
        // the same refusal read in Chinese (issue 15 point 6): statuses by their names, no codes
        JsonNode illegalZh = api.inLanguage("zh-CN").post(RURAL + "/pairings/" + pid + "/activate", null,
                pairing.path("version").asLong()).problem(409);
        assertTrue(illegalZh.toString(), illegalZh.path("detail").asText()
                .startsWith("该结对（编号 " + pid + "）当前为“待商定”，不能改为“帮扶中”；下一步只能是："));
        api.post(RURAL + "/pairings", Json.obj("enterpriseId", builder, "villageId", village)).problem(409); // one at a time
        JsonNode agreed = api.post(RURAL + "/pairings/" + pid + "/agree", null, pairing.path("version").asLong()).expect(200).json();
        assertEquals("AGREED", agreed.path("status").asText());
        assertEquals(District.ADMIN, agreed.path("agreedBy").asText());
        api.post(RURAL + "/pairings/" + pid + "/activate", null, pairing.path("version").asLong()).problem(409); // stale
        JsonNode active = api.post(RURAL + "/pairings/" + pid + "/activate", null, agreed.path("version").asLong()).expect(200).json();
        assertEquals("ACTIVE", active.path("status").asText());
        assertFalse(active.path("activatedAt").isNull());

        JsonNode repairing = api.get(RURAL + "/repairing?unit=" + s.street).expect(200).json();
        assertEquals(1, repairing.size());
        assertEquals(pid, repairing.get(0).path("pairing").path("id").asLong());
        assertEquals(grower, repairing.get(0).path("suggestion").path("enterpriseId").asLong());

        api.post(RURAL + "/pairings/" + pid + "/end", Json.obj("successful", false), active.path("version").asLong())
                .expectInvalid("reason");
        JsonNode ended = api.post(RURAL + "/pairings/" + pid + "/end", Json.obj("reason", "业务与需求不匹配，重新结对",
                "successful", false), active.path("version").asLong()).expect(200).json();
        assertEquals("ENDED", ended.path("status").asText());
        assertEquals("业务与需求不匹配，重新结对", ended.path("endReason").asText());
        api.post(RURAL + "/pairings/" + pid + "/agree", null, ended.path("version").asLong()).problem(409);
        assertEquals(0, api.get(RURAL + "/repairing?unit=" + s.street).expect(200).json().size());

        JsonNode list = api.get(RURAL + "/pairings?unit=" + s.street + "&status=ENDED").expect(200).json();
        assertEquals(1, list.path("total").asInt());
        // scope: another subtree does not see this pairing
        Subtree other = subtree();
        assertEquals(0, api.get(RURAL + "/pairings?unit=" + other.street).expect(200).json().path("total").asInt());
        api.get(RURAL + "/pairings").expectInvalid("unit");
        // a unit that has not enabled the module is refused clearly
        JsonNode disabled = fixtures.root("RURX");
        api.get(RURAL + "/pairings?unit=" + id(disabled)).problem(403);
    }

    @Test
    public void visitsTasksCoverageAndEconomy() {
        Subtree s = subtree();
        int year = LocalDate.now().getYear();
        api.post(RURAL + "/visits", Json.obj("villageId", s.villages.get(0), "leaderName", "", "visitedOn",
                LocalDate.now().plusDays(3).toString())).expectInvalid("leaderName", "visitedOn");
        JsonNode visit = api.post(RURAL + "/visits", Json.obj("villageId", s.villages.get(0), "leaderName", "王书记",
                "visitedOn", LocalDate.now().toString(), "findings", "道路需硬化")).expect(201).json();
        JsonNode coverage = api.get(RURAL + "/visits/coverage?unit=" + s.street + "&year=" + year).expect(200).json();
        assertEquals(3, coverage.path("villages").asInt());
        assertEquals(1, coverage.path("visited").asInt());
        assertEquals(2, coverage.path("notVisited").size());

        JsonNode task = api.post(RURAL + "/visits/" + id(visit) + "/tasks", Json.obj("description", "制定道路硬化方案",
                "owner", "街道党工委", "dueOn", LocalDate.now().plusDays(30).toString())).expect(201).json();
        assertEquals("OPEN", task.path("status").asText());
        JsonNode done = api.post(RURAL + "/tasks/" + id(task) + "/status", Json.obj("status", "DONE"),
                task.path("version").asLong()).expect(200).json();
        assertEquals("DONE", done.path("status").asText());
        api.post(RURAL + "/tasks/" + id(task) + "/status", Json.obj("status", "OPEN"), done.path("version").asLong()).problem(409);

        long village = s.villages.get(1);
        api.put(RURAL + "/villages/" + village + "/income/" + (year - 1), Json.obj("amount", 100), 0).expect(200);
        JsonNode income = api.put(RURAL + "/villages/" + village + "/income/" + year, Json.obj("amount", 112.5), 0)
                .expect(200).json();
        assertEquals(0.125, income.path("growth").asDouble(), 1e-9);
        api.put(RURAL + "/villages/" + village + "/income/" + year, Json.obj("amount", -1), 1).expectInvalid("amount");
        api.post(RURAL + "/projects", Json.obj("villageId", village, "name", "莲藕种植基地", "startYear", year,
                "investment", 120, "output", 260, "status", "IN_PROGRESS")).expect(201);
        assertEquals(1, api.get(RURAL + "/projects?unit=" + s.street).expect(200).json().path("total").asInt());
        JsonNode stats = statistics(s.street, year);
        assertEquals(33.3, stat(stats, "rural.visits.coverage").path("value").asDouble(), 1e-9);
        assertEquals(12.5, stat(stats, "rural.income.growth").path("value").asDouble(), 1e-9);
    }

    @Test
    public void shellCommandsAndReinstallKeepTheData() throws Exception {
        Subtree s = subtree();
        long village = s.villages.get(0);
        api.put(RURAL + "/villages/" + village + "/income/2030", Json.obj("amount", 42), 0).expect(200);
        awaitDemoCategories(districtRoot());
        String stats = shell("grassroots:rural-stats " + districtCode() + " 2024");
        assertTrue(stats, stats.contains("DEMONSTRATION=53.0") && stats.contains("EXCELLENCE=91.0") && stats.contains("FOUNDATION=3.0"));
        String recommended = shell("grassroots:rural-recommend " + villageCode("间家坊村"));
        assertTrue(recommended, recommended.contains("莲香农业科技有限公司"));

        assertTrue(api.post("/modules/rural/uninstall", null).status() < 300);
        await(RURAL + "/income?unit=" + s.street + "&year=2030", 404);
        assertTrue(api.post("/modules/rural/install?timeout=120", null).status() < 300);
        Response back = await(RURAL + "/income?unit=" + s.street + "&year=2030", 200);
        assertEquals(42, back.json().path("items").get(0).path("amount").asDouble(), 1e-9);
        // the demo data is not loaded twice
        JsonNode categories = awaitDemoCategories(districtRoot());
        assertEquals(53, categories.path("DEMONSTRATION").asInt());
    }

    /**
     * A street with no villages (most of the district's streets and every park): each of the module's lists and its
     * figures answer, empty, instead of 500, and the district's statistics report carries rural's figures for it
     * with no module named as failed.
     */
    @Test
    public void everyListAndFigureAnswersForAStreetWithoutVillages() {
        JsonNode district = fixtures.unit(code("RURE"), null, "DISTRICT", "WORKING_COMMITTEE");
        long street = id(fixtures.unit(code("RURES"), id(district), "STREET", "WORKING_COMMITTEE"));
        enable(id(district));
        JsonNode paths = api.get(RURAL + "/openapi.json").expect(200).json().path("paths");
        int asked = 0;
        for (java.util.Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            JsonNode get = paths.path(path).path("get");
            if (get.isMissingNode() || path.contains("{") || !takes(get, "unit")) {
                continue;
            }
            String query = "?unit=" + street + (takes(get, "year") ? "&year=2024" : "");
            Response answer = api.get(RURAL + path + query);
            assertEquals(path + " for a street without villages: " + answer, 200, answer.status());
            asked++;
        }
        assertTrue("the module's lists that take a unit were asked: " + asked, asked >= 5);
        JsonNode report = api.get("/statistics?subtreeOf=" + street + "&year=2024").expect(200).json();
        assertEquals(report.toString(), 0, report.path("failed").size());
        boolean rural = false;
        for (JsonNode module : report.path("modules")) {
            rural |= "rural".equals(module.path("module").asText());
        }
        assertTrue("rural's figures are in the report: " + report, rural);
    }

    private static boolean takes(JsonNode operation, String parameter) {
        for (JsonNode p : operation.path("parameters")) {
            if (parameter.equals(p.path("name").asText()) && "query".equals(p.path("in").asText())) {
                return true;
            }
        }
        return false;
    }

    @Test
    public void aVillageMovedToAnotherStreetTakesItsRecordsAlong() {
        JsonNode district = fixtures.unit(code("RURM"), null, "DISTRICT", "WORKING_COMMITTEE");
        enable(id(district));
        Subtree from = subtree(id(district));
        Subtree to = subtree(id(district));
        long village = from.villages.get(0);
        api.put(RURAL + "/villages/" + village + "/income/2030", Json.obj("amount", 7), 0).expect(200);
        api.post(RURAL + "/needs", Json.obj("villageId", village, "type", "SALES", "description", "搬迁村的销路")).expect(201);
        assertEquals(1, api.get(RURAL + "/income?unit=" + from.street + "&year=2030").expect(200).json().path("total").asInt());

        JsonNode unit = api.get("/organizations/" + village).expect(200).json();
        api.post("/organizations/" + village + "/move", Json.obj("parentId", to.street),
                org.grassroots.itests.support.Fixtures.version(unit)).expect(200);

        // the rows' copy of the village path was rewritten with the move: lists of the new street find them
        assertEquals(0, api.get(RURAL + "/income?unit=" + from.street + "&year=2030").expect(200).json().path("total").asInt());
        JsonNode moved = api.get(RURAL + "/income?unit=" + to.street + "&year=2030").expect(200).json();
        assertEquals(moved.toString(), village, moved.path("items").get(0).path("villageId").asLong());
        assertEquals(0, api.get(RURAL + "/needs?unit=" + from.street).expect(200).json().path("total").asInt());
        assertEquals(1, api.get(RURAL + "/needs?unit=" + to.street).expect(200).json().path("total").asInt());
    }

    // ---- helpers

    private static final class Subtree {
        String code;
        long street;
        List<Long> villages = new ArrayList<>();
        List<String> villageCodes = new ArrayList<>();
    }

    /** Query parameters that cannot be read answer 422 naming them, as everywhere; refusals log no stack trace. */
    @Test
    public void unreadableQueryParametersAnswer422NamingThemAndRefusalsAreQuiet() {
        awaitDemoCategories(districtRoot()); // the module's API is up and its demo data loaded
        String unit = "?unit=" + districtRoot();
        String classifications = RURAL + "/classifications" + unit + "&year=2024";
        // enum: the allowed values are named
        JsonNode status = api.get(classifications + "&status=LOST").expectInvalid("status");
        assertTrue(status.toString(), status.toString().contains("CONFIRMED"));
        api.get(classifications + "&category=GOLD").expectInvalid("category");
        // number and year
        api.get(RURAL + "/classifications?unit=abc&year=2024").expectInvalid("unit");
        api.get(RURAL + "/income" + unit + "&year=abc").expectInvalid("year");
        api.get(RURAL + "/visits" + unit + "&year=99999999999").expectInvalid("year");
        // page and size overflow, unknown sort key
        api.get(classifications + "&size=100000").expectInvalid("size");
        api.get(classifications + "&page=99999999999").expectInvalid("page");
        api.get(classifications + "&page=-1").expectInvalid("page");
        JsonNode sort = api.get(classifications + "&sort=-nosuch").expectInvalid("sort");
        assertTrue(sort.toString(), sort.toString().contains("score"));
        assertEquals(0, api.get(classifications + "&page=" + (Integer.MAX_VALUE / 500) + "&size=500").expect(200).json()
                .path("items").size());

        KarafLog.assertQuiet("refused rural requests", () -> {
            for (int i = 0; i < 3; i++) {
                api.get(RURAL + "/visits/987654321").problem(404);
                api.get(RURAL + "/pairings/987654321").problem(404);
                api.post(RURAL + "/visits", Json.obj("villageId", 987654321L)).problem(422);
                api.get(classifications + "&size=100000").expectInvalid("size");
            }
        });
    }

    private Subtree subtree() {
        return subtree(null);
    }

    /** A street with three villages: a root of its own, or below {@code district} (which then enables the module). */
    private Subtree subtree(Long district) {
        Subtree s = new Subtree();
        JsonNode street = district == null ? fixtures.root("RURS")
                : fixtures.unit(code("RURS"), district, "STREET", "WORKING_COMMITTEE");
        s.code = street.path("code").asText();
        s.street = id(street);
        if (district == null) {
            enable(s.street);
        }
        for (int i = 0; i < 3; i++) {
            String code = code("RURV");
            JsonNode village = api.post("/organizations", Json.with(
                            org.grassroots.itests.support.Fixtures.unitDraft(code, code + "村", s.street, "VILLAGE", "BRANCH"),
                            "domain", "RURAL")).expect(201).json();
            s.villages.add(id(village));
            s.villageCodes.add(code);
        }
        return s;
    }

    private Response uploadScores(Subtree s, String csv) {
        return api.send("POST", RURAL + "/sheets/scores/" + YEAR + "?format=CSV&unit=" + s.street, "text/csv",
                BodyPublishers.ofString(csv));
    }

    private Response uploadIncome(Subtree s, byte[] xlsx) {
        return api.send("POST", RURAL + "/sheets/income/" + YEAR + "?unit=" + s.street, FileFormat.XLSX.mediaType(),
                BodyPublishers.ofByteArray(xlsx));
    }

    private List<Double> amounts(Subtree s) {
        List<Double> amounts = new ArrayList<>();
        api.get(RURAL + "/income?unit=" + s.street + "&year=" + YEAR + "&sort=amount").expect(200).json().path("items")
                .forEach(i -> amounts.add(i.path("amount").asDouble()));
        return amounts;
    }

    private byte[] xlsx(List<String> headers, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        spreadsheets.write(FileFormat.XLSX, headers, rows, out);
        return out.toByteArray();
    }

    /** The problem lists exactly these "row column" cells. */
    private static void assertRowErrors(JsonNode problem, String... cells) {
        List<String> found = new ArrayList<>();
        problem.path("rowErrors").forEach(e -> {
            found.add(e.path("row").asInt() + " " + e.path("column").asText());
            assertFalse(e.toString(), e.path("reason").asText().isBlank());
        });
        assertEquals(problem.toString(), List.of(cells), found);
    }

    private void scores(long village, double organization, double economy) {
        api.put(RURAL + "/villages/" + village + "/scores/" + YEAR,
                Json.obj("scores", Json.obj("ORGANIZATION", organization, "ECONOMY", economy)), 0).expect(200);
    }

    private static ObjectNode enterprise(String name, String industry, String business, String keywords, String capacity,
                                         double lat, double lon, Long owner) {
        return Json.obj("name", name, "industry", industry, "mainBusiness", business, "keywords", keywords,
                "capacities", Json.arr(capacity), "latitude", lat, "longitude", lon, "organizationId", owner);
    }

    /** A street that runs 强村共富 enables it (inherited by its villages); nothing is enabled by default. */
    private void enable(long unit) {
        api.putWithoutVersion("/modules/rural/enablement/" + unit, Json.obj("enabled", true)).expect(200);
    }

    private long districtRoot() {
        return api.demoDistrictId();
    }

    private String districtCode() {
        return api.get("/organizations/" + districtRoot()).expect(200).json().path("code").asText();
    }

    private String villageCode(String name) {
        JsonNode page = api.get("/organizations?name=" + java.net.URLEncoder.encode(name, UTF_8) + "&unitType=VILLAGE")
                .expect(200).json();
        return page.path("items").get(0).path("code").asText();
    }

    private JsonNode statistics(long unit, int year) {
        return api.get(RURAL + "/statistics?unit=" + unit + "&year=" + year).expect(200).json();
    }

    private static JsonNode stat(JsonNode stats, String id) {
        for (JsonNode s : stats) {
            if (id.equals(s.path("id").asText())) {
                return s;
            }
        }
        throw new AssertionError("no statistic " + id + " in " + stats);
    }

    /** Polls until the module's demo classification of 2024 is in (core loads its demo first, then this module). */
    private JsonNode awaitDemoCategories(long district) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Response r = api.get(RURAL + "/statistics?unit=" + district + "&year=2024");
            if (r.status() == 200) {
                last = stat(r.json(), "rural.villages.category");
                if (last.path("value").asInt() > 0) {
                    return last.path("breakdown");
                }
            }
            Api.sleep(500);
        }
        throw new AssertionError("the rural demo classification did not appear: " + last);
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

    /** An account scoped to {@code unit}, signed in once to replace its temporary password; a Basic client. */
    private Api account(String username, String role, long unit) {
        return api.newAccount(username, role, unit, null);
    }

    private String shell(String command) throws Exception {
        return KarafShell.run(sessionFactory, command);
    }
}
