package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.KarafShell;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Core's attachments, notifications, notices and collection tasks over HTTP, on the park distribution (core and
 * industrial): files of a service request uploaded, listed, downloaded with safe headers, a renamed executable
 * refused, another park's administrator shown nothing (404); an overdue request lands in the park administrator's
 * inbox and nobody else's; a street's notice signed by one of its two branches; a collection task's completion view.
 * <p>
 * Run by {@link IndustrialIT}, which extends this class: both need the park distribution without demo data, and one
 * container start fewer saves CI half a minute. The tests work in parks of their own, with administrators of their own.
 */
abstract class AttachmentsNotificationsTests extends DistrictTestSupport {
    private static final String IND = "/api/industrial";
    private static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R');
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] EXE = bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0xB8, 0);

    @Inject
    private SessionFactory sessions;

    @Inject
    private BundleContext context;

    /**
     * Moves a request's deadline two days back, on the platform's DataSource as registered now. At a fresh container's
     * start pax-jdbc may re-create the DataSource once (when pax-transx re-registers its transaction manager, seen at
     * some starts), which leaves an instance injected earlier closed; so look it up per attempt.
     */
    private int makeOverdue(long requestId) throws Exception {
        Exception last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            ServiceReference<DataSource> reference = context.getServiceReferences(DataSource.class,
                    "(osgi.jndi.service.name=grassroots)").stream().findFirst().orElse(null);
            if (reference != null) {
                DataSource dataSource = context.getService(reference);
                try (Connection c = dataSource.getConnection();
                     PreparedStatement s = c.prepareStatement("UPDATE IND_SERVICE_REQUEST SET DUE_AT = ? WHERE ID = ?")) {
                    s.setTimestamp(1, java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusDays(2)));
                    s.setLong(2, requestId);
                    return s.executeUpdate();
                } catch (java.sql.SQLException e) {
                    last = e;
                } finally {
                    context.ungetService(reference);
                }
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the platform's DataSource refused the update five times: " + last);
    }

    @Test
    public void requestFilesAreCheckedScopedServedSafelyAndOverdueRequestsReachTheParkAdministratorsInbox() throws Exception {
        JsonNode park = fixtures.unit(code("PARK"), null, "PARK", "COMMITTEE");
        JsonNode otherPark = fixtures.unit(code("PARKB"), null, "PARK", "COMMITTEE");
        api.putWithoutVersion("/modules/industrial/enablement/" + id(park), Json.obj("enabled", true)).expect(200);
        Api admin = account(code("fadmin").toLowerCase(), "UNIT_ADMIN", id(park));
        Api otherAdmin = account(code("fother").toLowerCase(), "UNIT_ADMIN", id(otherPark));
        JsonNode enterprise = fixtures.unit(code("E"), id(park), "ENTERPRISE", "BRANCH");
        JsonNode request = admin.post(IND + "/requests", Json.obj("organizationId", id(enterprise), "category", "POLICY",
                "title", "附件测试诉求", "attachments", Json.arr(Json.obj("name", "旧附件.pdf", "size", 10,
                        "contentType", "application/pdf", "reference", "DOC-1")))).expect(201).json();
        String owner = "?module=industrial&ownerType=request&ownerId=" + id(request);

        // ---- upload through core's API and through the module's endpoint; both show on the request
        JsonNode photo = admin.postBytes("/attachments" + owner + "&filename=" + enc("现场照片.png"), "image/png", PNG)
                .expect(201).json();
        assertEquals("PNG", photo.path("type").asText());
        assertEquals(PNG.length, photo.path("sizeBytes").asInt());
        assertEquals(id(enterprise), admin.get("/attachments/" + id(photo)).expect(200).json().path("unitId").asLong());
        JsonNode withPdf = admin.postBytes(IND + "/requests/" + id(request) + "/attachments?filename=" + enc("会议纪要.pdf"),
                "application/pdf", PDF).expect(200).json();
        assertEquals(withPdf.toString(), 3, withPdf.path("attachments").size());
        assertEquals(2, admin.get("/attachments" + owner).expect(200).json().size());

        // ---- a renamed executable is refused on its bytes, and nothing is stored
        admin.postBytes("/attachments" + owner + "&filename=report.pdf", "application/pdf", EXE).expectInvalid("file");
        admin.postBytes(IND + "/requests/" + id(request) + "/attachments?filename=setup.pdf", "application/pdf", EXE)
                .expectInvalid("file");
        admin.postBytes("/attachments" + owner, "image/png", PNG).expectInvalid("filename");
        assertEquals(2, admin.get("/attachments" + owner).expect(200).json().size());

        // ---- downloads: the sniffed type, nosniff, a sandbox, inline only for images
        Api.Response image = admin.get("/attachments/" + id(photo) + "/content").expect(200);
        assertTrue(Arrays.equals(PNG, image.bytes()));
        assertEquals("image/png", image.contentType());
        assertEquals("nosniff", image.header("X-Content-Type-Options").orElse(""));
        assertTrue(image.header("Content-Security-Policy").orElse(""), image.header("Content-Security-Policy").orElse("").contains("sandbox"));
        assertTrue(image.header("Content-Disposition").orElse("").startsWith("inline"));
        long pdfId = admin.get("/attachments" + owner).expect(200).json().get(1).path("id").asLong();
        Api.Response pdf = admin.get("/attachments/" + pdfId + "/content").expect(200);
        assertTrue(pdf.contentType().startsWith("application/pdf"));
        String disposition = pdf.header("Content-Disposition").orElse("");
        assertTrue(disposition, disposition.startsWith("attachment") && disposition.contains("UTF-8''%E4%BC%9A"));

        // ---- out of scope: another park's administrator sees nothing, not even that the files exist
        otherAdmin.get("/attachments/" + id(photo)).problem(404);
        otherAdmin.get("/attachments/" + id(photo) + "/content").problem(404);
        assertEquals(0, otherAdmin.get("/attachments" + owner).expect(200).json().size());
        otherAdmin.postBytes("/attachments" + owner + "&filename=x.png", "image/png", PNG).problem(404);
        otherAdmin.deleteWithoutVersion("/attachments/" + id(photo)).problem(404);
        admin.postBytes("/attachments?module=nope&ownerType=request&ownerId=1&filename=x.png", "image/png", PNG).problem(404);

        // ---- delete is audited; the upload was too
        admin.deleteWithoutVersion("/attachments/" + id(photo)).expect(204);
        admin.get("/attachments/" + id(photo)).problem(404);
        String trail = api.get("/audit?entityType=core.attachment&entityId=" + id(photo)).expect(200).json().toString();
        assertTrue(trail, trail.contains("ATTACH") && trail.contains("DELETE"));

        // ---- overdue: the check notifies the park's administrators, nobody else
        long before = admin.get("/notifications/count").expect(200).json().path("unread").asLong();
        long otherBefore = otherAdmin.get("/notifications/count").expect(200).json().path("unread").asLong();
        assertEquals(1, makeOverdue(id(request)));
        String check = KarafShell.run(sessions, "grassroots:industrial-overdue-check");
        assertTrue(check, check.contains(Long.toString(id(request))));
        assertEquals(before + 1, admin.get("/notifications/count").expect(200).json().path("unread").asLong());
        assertEquals(otherBefore, otherAdmin.get("/notifications/count").expect(200).json().path("unread").asLong());
        JsonNode inbox = admin.get("/notifications?unread=true").expect(200).json().path("items");
        JsonNode overdue = find(inbox, "entityId", id(request));
        assertEquals("industrial.request.overdue", overdue.path("kind").asText());
        assertTrue(overdue.path("title").path("zhCN").asText().contains("附件测试诉求"));
        assertFalse(overdue.path("title").path("en").asText().isBlank());
        otherAdmin.post("/notifications/" + id(overdue) + "/read", Json.obj()).problem(404);
        admin.post("/notifications/" + id(overdue) + "/read", Json.obj()).expect(204);
        assertEquals(before, admin.get("/notifications/count").expect(200).json().path("unread").asLong());
        admin.post("/notifications/" + id(overdue) + "/dismiss", Json.obj()).expect(204);
        assertTrue(ids(admin.get("/notifications?size=500").expect(200).json().path("items")).stream().noneMatch(i -> i == id(overdue)));
    }

    @Test
    public void aStreetsNoticeIsSignedByOneOfTwoBranchesAndItsCollectionTaskShowsWhoHandedIn() {
        JsonNode street = fixtures.root("NS");
        JsonNode branchA = fixtures.branch(street, "NA");
        JsonNode branchB = fixtures.branch(street, "NB");
        JsonNode elsewhere = fixtures.root("NX");
        Api streetAdmin = account(code("nsadmin").toLowerCase(), "UNIT_ADMIN", id(street));
        Api secretaryA = account(code("nsa").toLowerCase(), "SECRETARY", id(branchA));
        Api secretaryB = account(code("nsb").toLowerCase(), "SECRETARY", id(branchB));
        Api stranger = account(code("nsx").toLowerCase(), "UNIT_ADMIN", id(elsewhere));

        // ---- a notice to the street's branches (its direct children by default)
        streetAdmin.post("/notices", Json.obj("organizationId", id(street), "title", " ")).expectInvalid("title");
        secretaryA.post("/notices", Json.obj("organizationId", id(branchA), "title", "x")).problem(403);
        streetAdmin.post("/notices", Json.obj("organizationId", id(street), "title", "x", "unitIds", Json.arr(id(elsewhere))))
                .expectInvalid("unitIds[0]");
        JsonNode notice = streetAdmin.post("/notices", Json.obj("organizationId", id(street), "title", "关于开展主题党日活动的通知",
                "body", "请各支部于月底前完成。")).expect(201).json();
        assertEquals(2, notice.path("addressed").asInt());
        JsonNode note = find(secretaryA.get("/notifications").expect(200).json().path("items"), "entityId", id(notice));
        assertEquals("core.notice.issued", note.path("kind").asText());
        assertEquals(1, secretaryA.get("/notices").expect(200).json().path("total").asInt());

        secretaryA.post("/notices/" + id(notice) + "/receipts/" + id(branchB) + "/sign", Json.obj()).problem(404);
        streetAdmin.post("/notices/" + id(notice) + "/receipts/" + id(branchA) + "/sign", Json.obj()).problem(403);
        JsonNode signed = secretaryA.post("/notices/" + id(notice) + "/receipts/" + id(branchA) + "/sign", Json.obj())
                .expect(200).json();
        assertTrue(signed.path("signed").asBoolean());
        secretaryA.post("/notices/" + id(notice) + "/receipts/" + id(branchA) + "/sign", Json.obj()).problem(409);
        JsonNode unsigned = streetAdmin.get("/notices/" + id(notice) + "/receipts?signed=false").expect(200).json();
        assertEquals(unsigned.toString(), List.of(id(branchB)), ids(unsigned, "unitId"));
        assertEquals(1, streetAdmin.get("/notices/" + id(notice)).expect(200).json().path("signed").asInt());
        assertEquals(1, secretaryB.get("/notices/" + id(notice) + "/receipts").expect(200).json().size());
        stranger.get("/notices/" + id(notice)).problem(404);
        assertEquals(0, stranger.get("/notices").expect(200).json().path("total").asInt());
        String trail = api.get("/audit?entityType=core.notice&entityId=" + id(notice)).expect(200).json().toString();
        assertTrue(trail, trail.contains("ISSUE") && trail.contains("SIGN"));

        // ---- a form: branch A hands in, B does not; the completion view says so
        String due = Instant.now().plus(7, ChronoUnit.DAYS).toString();
        streetAdmin.post("/collections", Json.obj("organizationId", id(street), "title", "x", "kind", "FORM", "dueAt", due))
                .expectInvalid("fields");
        JsonNode form = streetAdmin.post("/collections", Json.obj("organizationId", id(street), "title", "党员人数报送",
                "kind", "FORM", "fields", Json.arr("党员人数", "活动次数"), "dueAt", due)).expect(201).json();
        secretaryA.post("/collections/" + id(form) + "/submissions/" + id(branchA), Json.obj("values", Json.obj("党员人数", "12")))
                .expectInvalid("values.活动次数");
        JsonNode handedIn = secretaryA.post("/collections/" + id(form) + "/submissions/" + id(branchA),
                Json.obj("values", Json.obj("党员人数", "12", "活动次数", "3"))).expect(200).json();
        assertEquals("SUBMITTED", handedIn.path("status").asText());
        JsonNode completion = streetAdmin.get("/collections/" + id(form) + "/completion").expect(200).json();
        assertEquals(completion.toString(), 2, completion.path("addressed").asInt());
        assertEquals(1, completion.path("submitted").asInt());
        assertEquals(1, completion.path("pending").asInt());
        JsonNode a = find(completion.path("units"), "unitId", id(branchA));
        assertEquals("12", a.path("values").path("党员人数").asText());
        assertEquals("PENDING", find(completion.path("units"), "unitId", id(branchB)).path("status").asText());
        stranger.get("/collections/" + id(form) + "/completion").problem(404);

        // ---- a file: branch B uploads it for the task and hands it in; the street downloads it
        JsonNode fileTask = streetAdmin.post("/collections", Json.obj("organizationId", id(street), "title", "活动记录上报",
                "kind", "FILE", "dueAt", due, "unitIds", Json.arr(id(branchB)))).expect(201).json();
        assertEquals(1, fileTask.path("addressed").asInt());
        secretaryA.postBytes("/attachments?module=core&ownerType=collection&ownerId=" + id(fileTask) + "&filename=a.pdf",
                "application/pdf", PDF).problem(404);
        JsonNode file = secretaryB.postBytes("/attachments?module=core&ownerType=collection&ownerId=" + id(fileTask)
                + "&filename=" + enc("活动记录.pdf"), "application/pdf", PDF).expect(201).json();
        secretaryB.post("/collections/" + id(fileTask) + "/submissions/" + id(branchB), Json.obj("attachmentId", 999999999))
                .expectInvalid("attachmentId");
        secretaryB.post("/collections/" + id(fileTask) + "/submissions/" + id(branchB), Json.obj("attachmentId", id(file)))
                .expect(200);
        JsonNode fileCompletion = streetAdmin.get("/collections/" + id(fileTask) + "/completion").expect(200).json();
        assertEquals(1, fileCompletion.path("submitted").asInt());
        assertEquals(id(file), fileCompletion.path("units").get(0).path("attachmentId").asLong());
        assertTrue(Arrays.equals(PDF, streetAdmin.get("/attachments/" + id(file) + "/content").expect(200).bytes()));
        secretaryA.get("/attachments/" + id(file)).problem(404);

        // ---- a unit that moves takes its receipts along: the administrator of its new place now sees the notice
        JsonNode moving = fixtures.branch(street, "NM");
        JsonNode toMoving = streetAdmin.post("/notices", Json.obj("organizationId", id(street), "title", "迁移测试",
                "unitIds", Json.arr(id(moving)))).expect(201).json();
        stranger.get("/notices/" + id(toMoving)).problem(404);
        api.post("/organizations/" + id(moving) + "/move", Json.obj("parentId", id(elsewhere)),
                org.grassroots.itests.support.Fixtures.version(moving)).expect(200);
        assertEquals(1, stranger.get("/notices/" + id(toMoving) + "/receipts").expect(200).json().size());
        assertEquals(0, streetAdmin.get("/notices/" + id(toMoving) + "/receipts").expect(200).json().size());
    }

    private static JsonNode find(JsonNode items, String field, long value) {
        for (JsonNode item : items) {
            if (item.path(field).asLong() == value) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + "=" + value + " in " + items);
    }

    private static List<Long> ids(JsonNode items) {
        return ids(items, "id");
    }

    private static List<Long> ids(JsonNode items, String field) {
        List<Long> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.path(field).asLong()));
        return ids;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** Creates an account with a temporary password, signs in once to replace it, returns a Basic client. */
    private Api account(String username, String role, long organizationId) {
        return api.newAccount(username, role, organizationId, null);
    }
}
