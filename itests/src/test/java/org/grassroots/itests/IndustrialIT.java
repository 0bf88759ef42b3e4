package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Fixtures;
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
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 工业社区 end to end on the park distribution, the way a park works with it: the park administrator sets up the
 * community, a grid (a core unit created through the module), a grid worker, enterprise coverage and the catalog;
 * the grid worker logs a request; the administrator assigns, starts and resolves it; the worker rates it. Illegal
 * steps answer 409, bad input 422, another park's administrator sees nothing (404) and a park without the module is
 * refused (403); the statistics reflect the data; an overdue request is escalated once with an event; the module is
 * uninstalled and reinstalled with its data intact. Core's attachments and notifications
 * ({@link AttachmentsNotificationsTests}) run in this class's container.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IndustrialIT extends AttachmentsNotificationsTests {
    private static final String IND = "/api/industrial";
    private static final Duration SETTLE = Duration.ofSeconds(120);

    @Inject
    private SessionFactory sessions;

    @Inject
    private BundleContext context;

    @Inject
    @Filter("(osgi.jndi.service.name=grassroots)")
    private DataSource dataSource;

    @Configuration
    public Option[] configuration() {
        return District.configuration("park", false);
    }

    @Test
    public void aParkRunsItsIndustrialCommunityFromSetUpToRatedRequests() throws Exception {
        int year = LocalDate.now().getYear();
        // ---- the district sets up two parks; only the first enables the module so far
        JsonNode park = fixtures.unit(code("PARK"), null, "PARK", "COMMITTEE");
        JsonNode otherPark = fixtures.unit(code("PARKB"), null, "PARK", "COMMITTEE");
        api.putWithoutVersion("/modules/industrial/enablement/" + id(park), Json.obj("enabled", true)).expect(200);
        String adminName = code("padmin").toLowerCase();
        Api admin = account(adminName, "UNIT_ADMIN", id(park), null);
        Api otherAdmin = account(code("oadmin").toLowerCase(), "UNIT_ADMIN", id(otherPark), null);

        // ---- the park administrator: community, grid (through core), enterprises, worker, coverage, catalog
        JsonNode community = admin.post(IND + "/communities", Json.obj("parkId", id(park), "name", "测试园区工业社区",
                "serviceCenter", "园区党群服务中心")).expect(201).json();
        admin.post(IND + "/communities", Json.obj("parkId", id(park), "name", "第二个")).problem(409);
        String gridCode = code("G");
        JsonNode grid = admin.post(IND + "/communities/" + id(community) + "/grids", Json.obj("code", gridCode,
                "name", gridCode + "网格", "partyOrgType", "JOINT_BRANCH")).expect(201).json();
        assertEquals("GRID", api.get("/organizations/" + id(grid)).expect(200).json().path("unitType").asText());
        JsonNode covered = admin.post("/organizations", Fixtures.unitDraft(code("E"), "甲科技有限公司" + code("x"),
                id(grid), "ENTERPRISE", "BRANCH")).expect(201).json();
        JsonNode uncovered = admin.post("/organizations", Fixtures.unitDraft(code("E"), "乙制造有限公司" + code("x"),
                id(grid), "ENTERPRISE", "NONE")).expect(201).json();
        JsonNode worker = admin.post("/members", Fixtures.memberDraft("网格员甲", org.grassroots.itests.support.IdNumbers.next(true),
                id(grid))).expect(201).json();
        long personalReads = personalReads(id(worker));
        admin.post(IND + "/workers", Json.obj("gridId", id(grid), "memberId", id(worker), "role", "LEADER")).expect(201);
        admin.post(IND + "/workers", Json.obj("gridId", id(grid), "memberId", id(worker))).problem(409);
        // checking that the member exists (and showing the worker's name) is not reading personal data
        assertEquals(personalReads, personalReads(id(worker)));
        // bad input: an enterprise without a Party organization cannot cover another one
        admin.putWithoutVersion(IND + "/enterprises/" + id(covered), Json.obj("coverage", "JOINT_BRANCH",
                "coveringOrganizationId", id(uncovered))).expectInvalid("coveringOrganizationId");
        admin.putWithoutVersion(IND + "/enterprises/" + id(covered), Json.obj("coverage", "OWN_BRANCH",
                "contactName", "张经理", "contactPhone", "0531-88886666")).expect(200);
        admin.putWithoutVersion(IND + "/enterprises/" + id(uncovered), Json.obj("coverage", "NONE")).expect(200);
        // the contact phone is personal data: in full (and audited) on the record for those entitled, masked in lists
        assertEquals("0531-88886666", admin.get(IND + "/enterprises/" + id(covered)).expect(200).json()
                .path("contactPhone").asText());
        String enterpriseList = admin.get(IND + "/enterprises?unit=" + id(park)).expect(200).text();
        assertTrue(enterpriseList, enterpriseList.contains("053******6666") && !enterpriseList.contains("0531-88886666"));
        JsonNode phoneReads = api.get("/audit?actor=" + adminName + "&entityType=industrial.enterprise&size=50").expect(200).json();
        assertTrue(phoneReads.toString(), phoneReads.toString().contains("READ_PERSONAL"));
        JsonNode grids = admin.get(IND + "/communities/" + id(community) + "/grids").expect(200).json();
        assertEquals(grids.toString(), 1, grids.size());
        assertEquals(2, grids.get(0).path("enterprises").asInt());
        assertEquals(1, grids.get(0).path("covered").asInt());
        assertEquals(1, grids.get(0).path("workers").asInt());
        admin.post(IND + "/services", Json.obj("parkId", id(park), "name", "惠企政策解读", "category", "POLICY",
                "provider", "园区经济发展部")).expect(201);

        // ---- the grid worker logs requests for the enterprise
        String workerName = code("worker").toLowerCase();
        Api gridWorker = account(workerName, "SECRETARY", id(grid), id(worker));
        gridWorker.post(IND + "/requests", Json.obj("organizationId", id(covered), "category", "NOPE", "title", " "))
                .expectInvalid("category", "title");
        gridWorker.post(IND + "/requests", Json.obj("organizationId", id(grid), "category", "POLICY", "title", "x"))
                .expectInvalid("organizationId");
        JsonNode request = gridWorker.post(IND + "/requests", Json.obj("organizationId", id(covered), "category", "POLICY",
                "title", "高新技术企业认定咨询", "description", "企业希望了解认定条件", "attachments", Json.arr(
                        Json.obj("name", "营业执照.pdf", "size", 120345, "contentType", "application/pdf",
                                "reference", "DOC-2024-001"))))
                .expect(201).json();
        assertEquals("SUBMITTED", request.path("status").asText());
        assertEquals(id(worker), request.path("submitterMemberId").asLong());
        assertEquals(id(grid), request.path("gridId").asLong());
        assertEquals(id(park), request.path("parkId").asLong());
        assertFalse(request.path("dueAt").isNull());
        assertEquals(1, request.path("attachments").size());
        assertEquals("[\"ASSIGN\"]", request.path("allowedActions").toString());
        gridWorker.post(IND + "/requests/" + id(request) + "/assign", Json.obj("assigneeDepartment", "x"), 0).problem(403);

        // ---- the park administrator handles it
        long v = request.path("version").asLong();
        admin.post(IND + "/requests/" + id(request) + "/assign", Json.obj("assigneeDepartment", "园区经济发展部"), v + 7).problem(409);
        admin.post(IND + "/requests/" + id(request) + "/assign", Json.obj(), v).expectInvalid("assigneeMemberId");
        JsonNode assigned = step(admin, request, "assign", Json.obj("assigneeDepartment", "园区经济发展部", "assigneeMemberId", id(worker)));
        assertEquals("ASSIGNED", assigned.path("status").asText());
        JsonNode resolvedTooEarly = admin.post(IND + "/requests/" + id(request) + "/resolve", Json.obj("resolution", "x"),
                assigned.path("version").asLong()).problem(409);
        assertTrue(resolvedTooEarly.toString(), resolvedTooEarly.path("detail").asText().contains("allowed: assign, start"));
        JsonNode started = step(admin, assigned, "start", Json.obj());
        admin.post(IND + "/requests/" + id(request) + "/resolve", Json.obj(), started.path("version").asLong())
                .expectInvalid("resolution");
        JsonNode resolved = step(admin, started, "resolve", Json.obj("resolution", "已上门讲解认定条件"));
        assertEquals("RESOLVED", resolved.path("status").asText());
        assertTrue(resolved.path("onTime").asBoolean());

        // ---- the worker rates it for the enterprise; a rated request cannot be reopened
        gridWorker.post(IND + "/requests/" + id(request) + "/rate", Json.obj("rating", 6), resolved.path("version").asLong())
                .expectInvalid("rating");
        JsonNode rated = step(gridWorker, resolved, "rate", Json.obj("rating", 5, "comment", "很满意"));
        assertEquals("RATED", rated.path("status").asText());
        JsonNode illegal = gridWorker.post(IND + "/requests/" + id(request) + "/reopen", Json.obj("reason", "again"),
                rated.path("version").asLong()).problem(409);
        assertTrue(illegal.toString(), illegal.path("detail").asText().contains("RATED"));
        // the same refusal read in Chinese (issue 15 point 6): no codes, no English
        JsonNode illegalZh = gridWorker.inLanguage("zh-CN").post(IND + "/requests/" + id(request) + "/reopen",
                Json.obj("reason", "again"), rated.path("version").asLong()).problem(409);
        assertEquals(illegalZh.toString(), "企业诉求 " + id(request) + " 当前为“已评价”，现在不能重启；可进行的操作：无，诉求已办结",
                illegalZh.path("detail").asText());
        JsonNode history = admin.get(IND + "/requests/" + id(request) + "/history").expect(200).json();
        List<String> steps = new ArrayList<>();
        history.forEach(h -> steps.add(h.path("action").asText() + ":" + h.path("actor").asText()));
        assertEquals(List.of("SUBMIT:" + workerName, "ASSIGN:" + adminName, "START:" + adminName, "RESOLVE:" + adminName,
                "RATE:" + workerName), steps);

        // a second request is resolved and reopened by the enterprise
        JsonNode second = gridWorker.post(IND + "/requests", Json.obj("organizationId", id(uncovered), "category", "FACILITIES",
                "title", "厂区用电增容")).expect(201).json();
        second = step(admin, second, "assign", Json.obj("assigneeDepartment", "园区物业服务中心"));
        second = step(admin, second, "start", Json.obj());
        second = step(admin, second, "resolve", Json.obj("resolution", "已协调供电公司"));
        second = step(gridWorker, second, "reopen", Json.obj("reason", "仍未通电"));
        assertEquals("REOPENED", second.path("status").asText());
        assertEquals(1, second.path("reopenCount").asInt());
        assertEquals(1, admin.get(IND + "/requests?unit=" + id(park) + "&status=REOPENED").expect(200).json().path("total").asInt());
        assertEquals(2, admin.get(IND + "/requests?unit=" + id(grid) + "&year=" + year).expect(200).json().path("total").asInt());
        admin.get(IND + "/requests?unit=" + id(park) + "&status=LOST").expectInvalid("status");

        // ---- scope: another park's administrator sees nothing of this park; a park without the module is refused
        otherAdmin.get(IND + "/requests/" + id(request)).problem(404);
        otherAdmin.get(IND + "/requests?unit=" + id(park)).problem(404);
        JsonNode disabled = otherAdmin.get(IND + "/requests?unit=" + id(otherPark)).problem(403);
        assertTrue(disabled.toString(), disabled.path("detail").asText().contains("industrial"));
        api.putWithoutVersion("/modules/industrial/enablement/" + id(otherPark), Json.obj("enabled", true)).expect(200);
        assertEquals(0, otherAdmin.get(IND + "/requests?unit=" + id(otherPark)).expect(200).json().path("total").asInt());
        otherAdmin.post(IND + "/requests/" + id(second) + "/assign", Json.obj("assigneeDepartment", "x"),
                second.path("version").asLong()).problem(404);

        // ---- statistics: the module's panel and the platform dashboard count the same data
        JsonNode stats = admin.get(IND + "/statistics?unit=" + id(park) + "&year=" + year).expect(200).json();
        JsonNode total = stats.path("total");
        assertEquals(stats.toString(), 2, total.path("enterprises").asInt());
        assertEquals(1, total.path("covered").asInt());
        assertEquals(50.0, total.path("coveredPercent").asDouble(), 1e-9);
        assertEquals(2, total.path("requests").asInt());
        assertEquals(1, total.path("byStatus").path("RATED").asInt());
        assertEquals(1, total.path("byStatus").path("REOPENED").asInt());
        assertEquals(1, total.path("byCategory").path("POLICY").asInt());
        assertEquals(5.0, total.path("averageRating").asDouble(), 1e-9);
        assertEquals(100.0, total.path("onTimePercent").asDouble(), 1e-9);
        assertEquals(gridCode, stats.path("grids").get(0).path("code").asText());
        JsonNode dashboard = admin.get("/statistics?subtreeOf=" + id(park) + "&year=" + year).expect(200).json();
        assertTrue(dashboard.toString(), dashboard.toString().contains("industrial.enterprises.coverage"));
        String shellStats = KarafShell.run(sessions, "grassroots:industrial-stats " + park.path("code").asText() + " " + year);
        assertTrue(shellStats, shellStats.contains("requests 2") && shellStats.contains("(50.0%)"));

        // ---- overdue: the deadline of the reopened request passes; the check escalates it once, with an event
        List<Event> overdue = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> topic = new Hashtable<>();
        topic.put(EventConstants.EVENT_TOPIC, "org/grassroots/industrial/request/OVERDUE");
        ServiceRegistration<EventHandler> listener = context.registerService(EventHandler.class, overdue::add, topic);
        try {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement s = c.prepareStatement("UPDATE IND_SERVICE_REQUEST SET DUE_AT = ? WHERE ID = ?")) {
                s.setTimestamp(1, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusDays(3)));
                s.setLong(2, id(second));
                assertEquals(1, s.executeUpdate());
            }
            assertTrue(admin.get(IND + "/requests/" + id(second)).expect(200).json().path("overdue").asBoolean());
            assertEquals(1, admin.get(IND + "/requests?unit=" + id(park) + "&overdue=true").expect(200).json().path("total").asInt());
            String check = KarafShell.run(sessions, "grassroots:industrial-overdue-check");
            assertTrue(check, check.contains("[" + id(second) + "]") || check.contains(", " + id(second) + "]")
                    || check.contains("[" + id(second) + ","));
            Long reopened = id(second);
            awaitTrue("the OVERDUE event", () -> overdue.stream().anyMatch(e -> reopened.equals(e.getProperty("requestId"))));
            Event event = overdue.stream().filter(e -> reopened.equals(e.getProperty("requestId"))).findFirst().get();
            assertEquals(id(park), ((Number) event.getProperty("parkId")).longValue());
            assertFalse(admin.get(IND + "/requests/" + id(second)).expect(200).json().path("escalatedAt").isNull());
            String again = KarafShell.run(sessions, "grassroots:industrial-overdue-check");
            assertFalse(again, again.contains(Long.toString(id(second))));
        } finally {
            listener.unregister();
        }

        // ---- spreadsheets: requests out, coverage in (all rows or none)
        String csv = admin.get(IND + "/requests/export?unit=" + id(park) + "&format=CSV").expect(200).text();
        assertTrue(csv, csv.contains("高新技术企业认定咨询") && csv.contains("厂区用电增容") && csv.contains("已评价"));
        String coverage = admin.get(IND + "/enterprises/export?unit=" + id(park) + "&format=CSV").expect(200).text();
        assertTrue(coverage, coverage.contains(covered.path("code").asText()) && coverage.contains("单独组建"));
        assertTrue(coverage, coverage.contains("053******6666") && !coverage.contains("0531-88886666"));
        String header = "企业代码,党组织覆盖,覆盖党组织代码\n";
        JsonNode refused = admin.send("POST", IND + "/enterprises/import?unit=" + id(park) + "&format=CSV", "text/csv",
                BodyPublishers.ofString(header + uncovered.path("code").asText() + ",联合组建,NO-SUCH-ORG\nNOPE,未覆盖,\n")).problem(422);
        assertEquals(refused.toString(), 2, refused.path("rowErrors").size());
        assertEquals("NONE", admin.get(IND + "/enterprises/" + id(uncovered)).expect(200).json().path("coverage").asText());
        JsonNode imported = admin.send("POST", IND + "/enterprises/import?unit=" + id(park) + "&format=CSV", "text/csv",
                BodyPublishers.ofString(header + uncovered.path("code").asText() + ",联合组建," + covered.path("code").asText() + "\n"))
                .expect(200).json();
        assertEquals(1, imported.path("updated").asInt());
        assertEquals("JOINT_BRANCH", admin.get(IND + "/enterprises/" + id(uncovered)).expect(200).json().path("coverage").asText());

        // ---- uninstall and reinstall the module: every record is still there
        JsonNode before = admin.get(IND + "/requests/" + id(request)).expect(200).json();
        JsonNode historyBefore = admin.get(IND + "/requests/" + id(request) + "/history").expect(200).json();
        api.post("/modules/industrial/uninstall", "").expect(200);
        awaitTrue("the module's API gone", () -> api.get(IND + "/categories").status() == 404);
        api.post("/modules/industrial/install?timeout=" + SETTLE.toSeconds(), "").expect(200);
        awaitTrue("the module's API back", () -> admin.get(IND + "/requests/" + id(request)).status() == 200);
        assertEquals(before, admin.get(IND + "/requests/" + id(request)).expect(200).json());
        assertEquals(historyBefore, admin.get(IND + "/requests/" + id(request) + "/history").expect(200).json());
        assertEquals(2, admin.get(IND + "/statistics?unit=" + id(park) + "&year=" + year).expect(200).json()
                .path("total").path("enterprises").asInt());
    }

    /** The module's openapi.json, read by swagger-core, carries request and response schemas. */
    @Test
    public void openApiDescribesRequestAndResponseSchemas() {
        awaitModuleApi();
        JsonNode doc = api.get(IND + "/openapi.json").expect(200).json();
        assertEquals(IND, doc.at("/servers/0/url").asText());
        JsonNode submit = doc.at("/paths/~1requests/post");
        assertEquals(submit.toString(), "#/components/schemas/ServiceRequestDraft",
                submit.at("/requestBody/content/application~1json/schema/$ref").asText());
        assertEquals(submit.toString(), "#/components/schemas/ServiceRequest",
                submit.at("/responses/2XX/content/application~1json/schema/$ref").asText());
        assertTrue(submit.toString(), submit.at("/responses/default/content").has("application/problem+json"));
        JsonNode request = doc.at("/components/schemas/ServiceRequest/properties");
        assertTrue(request.toString(), request.has("title") && request.has("version"));
        assertTrue(request.toString(), request.at("/status/enum").toString().contains("IN_PROGRESS"));
        JsonNode list = doc.at("/paths/~1requests/get");
        assertFalse(list.toString(), list.at("/responses/2XX/content/application~1json/schema").isMissingNode());
        assertTrue(list.toString(), list.path("parameters").toString().contains("\"size\""));
    }

    /** Query parameters that cannot be read answer 422 naming them, as everywhere; refusals log no stack trace. */
    @Test
    public void unreadableQueryParametersAnswer422NamingThemAndRefusalsAreQuiet() {
        awaitModuleApi();
        // enum: the allowed values are named
        JsonNode status = api.get(IND + "/requests?status=LOST").expectInvalid("status");
        assertTrue(status.toString(), status.toString().contains("IN_PROGRESS"));
        api.get(IND + "/activities?kind=PICNIC").expectInvalid("kind");
        api.get(IND + "/enterprises?coverage=ALL").expectInvalid("coverage");
        api.get(IND + "/requests/export?format=PDF").expectInvalid("format");
        // number and year
        api.get(IND + "/requests?grid=abc").expectInvalid("grid");
        api.get(IND + "/requests?unit=99999999999999999999").expectInvalid("unit");
        JsonNode year = api.get(IND + "/requests?year=1999").expectInvalid("year");
        assertTrue(year.toString(), year.toString().contains("2000"));
        api.get(IND + "/statistics?year=abc").expectInvalid("year");
        // page and size overflow (of a park the module is enabled for: the unit is checked first)
        JsonNode park = fixtures.unit(code("QPARK"), null, "PARK", "COMMITTEE");
        api.putWithoutVersion("/modules/industrial/enablement/" + id(park), Json.obj("enabled", true)).expect(200);
        String requests = IND + "/requests?unit=" + id(park);
        api.get(requests + "&size=100000").expectInvalid("size");
        api.get(requests + "&page=99999999999").expectInvalid("page");
        api.get(requests + "&page=-1").expectInvalid("page");
        JsonNode sort = api.get(requests + "&sort=secret").expectInvalid("sort");
        assertTrue(sort.toString(), sort.toString().contains("submittedAt"));

        KarafLog.assertQuiet("refused industrial requests", () -> {
            for (int i = 0; i < 3; i++) {
                api.get(IND + "/requests/987654321").problem(404);
                api.get(IND + "/activities/987654321").problem(404);
                api.post(IND + "/requests", Json.obj("title", "")).problem(422);
                api.get(requests + "&size=100000").expectInvalid("size");
                api.get(requests + "&sort=secret").expectInvalid("sort");
            }
        });
    }

    /** The platform is up before the first test; the module's own application may still be starting. */
    private static void awaitModuleApi() {
        awaitTrue("the module's API served", () -> api.get(IND + "/openapi.json").status() == 200);
    }

    private static JsonNode step(Api as, JsonNode request, String action, Object body) {
        return as.post(IND + "/requests/" + id(request) + "/" + action, body, request.path("version").asLong()).expect(200).json();
    }

    /** Creates an account with a temporary password, signs in once to replace it, returns a Basic client. */
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

    /** READ_PERSONAL lines about one member in the audit trail. */
    private long personalReads(long memberId) {
        long reads = 0;
        for (JsonNode entry : api.get("/audit?entityType=member&entityId=" + memberId + "&size=100").expect(200).json()
                .get("items")) {
            reads += "READ_PERSONAL".equals(entry.path("action").asText()) ? 1 : 0;
        }
        return reads;
    }
}
