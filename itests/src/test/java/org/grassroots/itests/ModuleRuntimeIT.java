package org.grassroots.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.grassroots.itests.support.KarafShell;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Api.Response;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Fixtures;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.KarafLog;
import org.grassroots.itests.support.JvmFootprint;
import org.grassroots.itests.support.ModuleFixtures;
import org.grassroots.itests.support.Snapshot;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Action modules at runtime, against the district (demo data off): the module registry, installing and removing
 * modules without disturbing anything else (ARCHITECTURE rule 5), data surviving a reinstall, broken modules
 * reported as FAILED, misbehaving modules isolated ({@link FaultIsolationChecks}), KAR hot deployment, per-unit
 * enablement and the statistics report.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleRuntimeIT extends DistrictTestSupport {
    private static final String INDUSTRIAL = "industrial";
    private static final Set<String> INDUSTRIAL_BUNDLE = Set.of("org.grassroots.industrial");
    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static boolean fixturesAdded;

    @Inject
    private BundleContext context;
    @Inject
    private FeaturesService features;
    @Inject
    private SessionFactory sessionFactory;

    @Configuration
    public Option[] configuration() {
        Option[] base = org.ops4j.pax.exam.OptionUtils.combine(District.configuration(false), ModuleFixtures.options());
        return org.ops4j.pax.exam.OptionUtils.combine(base, new Option[] {
                org.ops4j.pax.exam.CoreOptions.systemProperty(FaultIsolationChecks.ROUNDS)
                        .value(System.getProperty(FaultIsolationChecks.ROUNDS, "1")) });
    }

    /** Every test starts with industrial installed and the fixtures' repository known, hello installed. */
    @Before
    public void modulesInPlace() throws Exception {
        if (!fixturesAdded) {
            features.addRepository(ModuleFixtures.writeRepository(new File(System.getProperty("karaf.data"))));
            fixturesAdded = true;
        }
        install(INDUSTRIAL).expect(200);
        install("hello").expect(200);
        awaitState(INDUSTRIAL, "ACTIVE");
        awaitOk("/api/industrial/openapi.json");
        awaitOk("/api/hello/ping");
    }

    @Test
    public void registryListsActiveModulesWithTheirDescriptorAndOfferedOnesAsAvailable() throws Exception {
        JsonNode industrial = api.get("/modules/industrial").expect(200).json();
        assertEquals("ACTIVE", industrial.get("state").asText());
        assertTrue(industrial.toString(), industrial.get("reason").isNull());
        assertEquals("工业社区", industrial.at("/name/zhCN").asText());
        assertEquals("Industrial community", industrial.at("/name/en").asText());
        assertEquals("FORTRESS", industrial.get("category").asText());
        assertEquals("/ui/industrial/index.js", industrial.at("/ui/script").asText());
        List<String> permissions = new ArrayList<>();
        industrial.get("permissions").forEach(p -> permissions.add(p.get("id").asText()));
        assertTrue(permissions.toString(), permissions.containsAll(List.of("industrial.read", "industrial.request.write", "industrial.request.handle", "industrial.admin")));
        assertEquals("industrial.requests", industrial.at("/statistics/0/id").asText());

        // offered by the fixtures' repository, not installed
        JsonNode broken = api.get("/modules/brokenactivation").expect(200).json();
        assertEquals("AVAILABLE", broken.get("state").asText());
        assertEquals("Fixture brokenactivation", broken.at("/name/en").asText());

        JsonNode list = api.get("/modules").expect(200).json();
        List<String> ids = new ArrayList<>();
        list.forEach(m -> ids.add(m.get("id").asText()));
        assertTrue(ids.toString(), ids.containsAll(List.of("industrial", "hello", "brokenactivation", "unresolvable")));
        assertFalse("core is the platform, not a module: " + ids, ids.contains("core"));

        api.get("/modules/nosuchmodule").problem(404);
        api.post("/modules/nosuchmodule/install", "").problem(404);

        // its UI contribution is served while it runs
        Response script = api.get(api.root() + "/ui/industrial/index.js").expect(200);
        assertTrue(script.text(), script.text().contains("export default"));

        String shell = shell("grassroots:module-list");
        assertTrue(shell, shell.contains("industrial") && shell.contains("ACTIVE") && shell.contains("AVAILABLE"));
    }

    @Test
    public void installingAndUninstallingRefreshesNoOtherBundle() {
        Snapshot before = Snapshot.of(context, INDUSTRIAL_BUNDLE, INDUSTRIAL);
        List<String> events = recordEventsOfOtherBundles();
        try {
            JsonNode removed = api.post("/modules/industrial/uninstall", "").expect(200).json();
            assertEquals("AVAILABLE", removed.get("state").asText());
            assertEquals("", before.differenceTo(Snapshot.of(context, INDUSTRIAL_BUNDLE, INDUSTRIAL)));

            JsonNode installed = install(INDUSTRIAL).expect(200).json();
            assertEquals("ACTIVE", installed.get("state").asText());
            awaitOk("/api/industrial/openapi.json");
            assertEquals("", before.differenceTo(Snapshot.of(context, INDUSTRIAL_BUNDLE, INDUSTRIAL)));
        } finally {
            stopRecording();
        }
        assertEquals("bundle events of other bundles: " + events, List.of(), List.copyOf(events));
        assertTrue(before.bundleCount() > 100 && before.serviceCount() > 100);
    }

    @Test
    public void twentyInstallUninstallCyclesFailNoRequestToCoreOrAnotherModule() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong requests = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> clients = new ArrayList<>();
        for (String path : List.of("/api/core/organizations/roots", "/api/hello/ping", "/api/core/modules")) {
            Api client = new Api(Integer.getInteger(District.HTTP_PORT_PROPERTY)).signIn(District.ADMIN, District.ADMIN_PASSWORD);
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    try {
                        Response response = client.get(path);
                        if (response.status() != 200) {
                            failures.add(response.toString());
                        }
                    } catch (RuntimeException e) {
                        failures.add(path + ": " + e);
                    }
                    requests.incrementAndGet();
                }
            }, "client " + path);
            thread.start();
            clients.add(thread);
        }
        Snapshot before = Snapshot.of(context, INDUSTRIAL_BUNDLE, INDUSTRIAL);
        // one cycle first, so that what the platform loads once for any module (lazily) is in the baseline
        api.post("/modules/industrial/uninstall", "").expect(200);
        install(INDUSTRIAL).expect(200);
        long classesBefore = JvmFootprint.loadedClassesAfterGc();
        try {
            for (int cycle = 0; cycle < 20; cycle++) {
                assertEquals("AVAILABLE", api.post("/modules/industrial/uninstall", "").expect(200).json().get("state").asText());
                assertEquals("ACTIVE", install(INDUSTRIAL).expect(200).json().get("state").asText());
            }
        } finally {
            running.set(false);
            for (Thread thread : clients) {
                thread.join(60_000);
            }
        }
        assertEquals("failed requests during 20 cycles: " + failures, List.of(), List.copyOf(failures));
        assertTrue("the clients sent requests throughout: " + requests, requests.get() >= 60);
        assertEquals("", before.differenceTo(Snapshot.of(context, INDUSTRIAL_BUNDLE, INDUSTRIAL)));
        // issue 25 point 5: nothing of the 20 uninstalled copies stays behind. A kept class loader would keep at least
        // the module's own classes, 20 times over; the allowance of three copies covers the JVM's own generated
        // classes and what other bundles load meanwhile.
        long growth = JvmFootprint.loadedClassesAfterGc() - classesBefore;
        int perCopy = JvmFootprint.classesIn(installedIndustrial());
        assertTrue("the module's bundle has classes: " + perCopy, perCopy > 20);
        assertTrue("classes loaded grew by " + growth + " over 20 cycles (" + perCopy + " classes a copy)",
                growth < 3L * perCopy);
        assertEquals("threads of uninstalled bundles", List.of(), JvmFootprint.threadsOfUninstalledBundles());
    }

    private Bundle installedIndustrial() {
        for (Bundle bundle : context.getBundles()) {
            if (INDUSTRIAL_BUNDLE.contains(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("the industrial bundle is not installed");
    }

    @Test
    public void uninstallThenReinstallKeepsAllTheModulesData() {
        JsonNode park = fixtures.root("IND");
        JsonNode enterprise = fixtures.unit(Fixtures.code("ENT"), id(park), "ENTERPRISE", "BRANCH");
        api.putWithoutVersion("/modules/industrial/enablement/" + id(park), Json.obj("enabled", true, "settings", Map.of("sla.days", "5")))
                .expect(200);
        List<JsonNode> created = new ArrayList<>();
        for (String title : List.of("用电增容", "招工对接", "政策咨询")) {
            created.add(api.post("/api/industrial/requests",
                    Json.obj("organizationId", id(enterprise), "category", "POLICY", "title", title, "description", "企业诉求：" + title)).expect(201).json());
        }
        JsonNode before = api.get("/api/industrial/requests?unit=" + id(park) + "&sort=title").expect(200).json();
        assertEquals(3, before.get("total").asInt());

        api.post("/modules/industrial/uninstall", "").expect(200);
        awaitStatus("/api/industrial/requests?unit=" + id(park), 404);
        install(INDUSTRIAL).expect(200);
        awaitOk("/api/industrial/requests?unit=" + id(park));

        JsonNode after = api.get("/api/industrial/requests?unit=" + id(park) + "&sort=title").expect(200).json();
        assertEquals(before, after);
        for (JsonNode request : created) {
            assertEquals(request, api.get("/api/industrial/requests/" + id(request)).expect(200).json());
        }
        JsonNode enablement = api.get("/modules/industrial/enablement?unit=" + id(enterprise)).expect(200).json();
        assertTrue(enablement.toString(), enablement.get("enabled").asBoolean());
        assertEquals("5", enablement.at("/settings/sla.days").asText());
    }

    @Test
    public void rowsFollowTheirUnitWhenItMovesWhileTheModuleIsUninstalled() {
        JsonNode from = fixtures.root("MVFROM");
        JsonNode to = fixtures.root("MVTO");
        JsonNode enterprise = fixtures.unit(Fixtures.code("MVENT"), id(from), "ENTERPRISE", "BRANCH");
        for (JsonNode root : List.of(from, to)) {
            api.putWithoutVersion("/modules/industrial/enablement/" + id(root), Json.obj("enabled", true)).expect(200);
        }
        JsonNode request = api.post("/api/industrial/requests", Json.obj("organizationId", id(enterprise),
                "category", "POLICY", "title", "搬迁后的诉求", "description", "单位移动时模块未安装")).expect(201).json();
        assertEquals(1, api.get("/api/industrial/requests?unit=" + id(from)).expect(200).json().get("total").asInt());

        api.post("/modules/industrial/uninstall", "").expect(200);
        awaitStatus("/api/industrial/requests?unit=" + id(from), 404);
        api.post("/organizations/" + id(enterprise) + "/move", Json.obj("parentId", id(to)),
                Fixtures.version(api.get("/organizations/" + id(enterprise)).expect(200).json())).expect(200);
        install(INDUSTRIAL).expect(200);
        awaitOk("/api/industrial/requests?unit=" + id(to));

        // core rewrote the module's copy of the path in the move's transaction, although the module was not there
        JsonNode under = api.get("/api/industrial/requests?unit=" + id(to)).expect(200).json();
        assertEquals(under.toString(), 1, under.get("total").asInt());
        assertEquals(id(request), under.at("/items/0/id").asLong());
        assertEquals(0, api.get("/api/industrial/requests?unit=" + id(from)).expect(200).json().get("total").asInt());
        // and a caller scoped to the old subtree no longer sees the request
        String scoped = Fixtures.code("mvadmin").toLowerCase();
        api.post("/api/auth/accounts", Json.obj("username", scoped, "displayName", scoped, "roles", Json.arr("UNIT_ADMIN"),
                "organizationId", id(from), "password", "Temp-Password-0001")).expect(201);
        api.signIn(scoped, "Temp-Password-0001").post("/api/auth/password", Json.obj("currentPassword",
                "Temp-Password-0001", "newPassword", "Chosen-Passw0rd-2026")).expect(204);
        api.basic(scoped, "Chosen-Passw0rd-2026").get("/api/industrial/requests/" + id(request)).problem(404);
    }

    @Test
    public void brokenModulesShowAsFailedWithTheReasonAndEverythingElseKeepsWorking() throws Exception {
        Snapshot before = Snapshot.of(context, Set.of("org.grassroots.fixture.brokenactivation",
                "org.grassroots.fixture.unresolvable"), INDUSTRIAL);
        try {
            JsonNode activation = install("brokenactivation").expect(200).json();
            assertEquals(activation.toString(), "FAILED", activation.get("state").asText());
            assertTrue(activation.toString(), activation.get("reason").asText().contains("fails on purpose"));
            assertTrue(activation.toString(), activation.get("reason").asText().contains("Exploding"));

            JsonNode refused = install("unresolvable").problem(409);
            assertTrue(refused.toString(), refused.get("detail").asText().contains("org.grassroots.fixture.nowhere"));
            JsonNode unresolvable = api.get("/modules/unresolvable").expect(200).json();
            assertEquals("FAILED", unresolvable.get("state").asText());
            assertTrue(unresolvable.toString(), unresolvable.get("reason").asText().contains("org.grassroots.fixture.nowhere"));

            api.get("/organizations/roots").expect(200);
            api.get("/api/hello/ping").expect(200);
            api.get("/api/industrial/openapi.json").expect(200);
            assertEquals("ACTIVE", api.get("/modules/industrial").expect(200).json().get("state").asText());
            String shell = shell("grassroots:module-list");
            assertTrue(shell, shell.contains("Exploding failed to activate"));
            assertEquals("", before.differenceTo(Snapshot.of(context, Set.of("org.grassroots.fixture.brokenactivation",
                    "org.grassroots.fixture.unresolvable"), INDUSTRIAL)));
        } finally {
            api.post("/modules/brokenactivation/uninstall", "").expect(200);
            api.post("/modules/unresolvable/uninstall", "").expect(200);
        }
        assertEquals("AVAILABLE", api.get("/modules/brokenactivation").expect(200).json().get("state").asText());
        assertEquals("AVAILABLE", api.get("/modules/unresolvable").expect(200).json().get("state").asText());
    }

    // issue 25 point 2: misbehaving modules are FAILED with their reason, the platform and the others keep answering

    @Test
    public void aModuleBlockingInItsActivationIsFailedAfterItsTimeAndHoldsUpNothingElse() throws Exception {
        for (int round = 0; round < FaultIsolationChecks.rounds(); round++) {
            faults().blockingActivation();
        }
    }

    @Test
    public void aModuleBlockingInItsActivationAfterItsMigrationHoldsUpNoOtherModulesMigration() throws Exception {
        for (int round = 0; round < FaultIsolationChecks.rounds(); round++) {
            faults().blockingAfterMigration();
        }
    }

    @Test
    public void aModuleLeavingAThreadRunningIsFailedAfterItsUninstallNamingTheThread() throws Exception {
        for (int round = 0; round < FaultIsolationChecks.rounds(); round++) {
            faults().threadLeak();
        }
    }

    @Test
    public void aSlowResourceHoldsOnlyItsOwnRequests() throws Exception {
        for (int round = 0; round < FaultIsolationChecks.rounds(); round++) {
            faults().slowResource();
        }
    }

    @Test
    public void aMigrationFailingHalfWayLeavesTheOldTablesAndDataAsTheyWere() throws Exception {
        // once, also in the soak variant: the upgrade's repository stays, and version 1 is not offered again
        faults().failedMigration();
    }

    private FaultIsolationChecks faults() {
        return new FaultIsolationChecks(api, context, features);
    }

    @Test
    public void aKarDroppedIntoDeployInstallsTheModuleAndRemovingItUninstalls() throws Exception {
        api.post("/modules/industrial/uninstall", "").expect(200);
        Snapshot before = Snapshot.of(context, INDUSTRIAL_BUNDLE, INDUSTRIAL);
        File deployed = new File(new File(System.getProperty("karaf.base"), "deploy"), "grassroots-industrial.kar");
        Files.copy(ModuleFixtures.artifact(ModuleFixtures.INDUSTRIAL_KAR).toPath(), deployed.toPath(),
                StandardCopyOption.REPLACE_EXISTING);
        try {
            awaitState(INDUSTRIAL, "ACTIVE");
            awaitOk("/api/industrial/openapi.json");
            assertEquals("", before.differenceTo(Snapshot.of(context, INDUSTRIAL_BUNDLE, INDUSTRIAL)));
        } finally {
            Files.delete(deployed.toPath());
        }
        awaitState(INDUSTRIAL, "AVAILABLE");
        assertEquals("", before.differenceTo(Snapshot.of(context, INDUSTRIAL_BUNDLE, INDUSTRIAL)));
    }

    @Test
    public void enablementIsInheritedDownTheSubtreeAndDisabledUnitsAreRefused() throws Exception {
        JsonNode park = fixtures.root("PARK");
        JsonNode grid = fixtures.branch(park, "GRID");
        JsonNode enterprise = fixtures.branch(grid, "ENT");
        String list = "/api/industrial/requests?unit=";

        JsonNode none = api.get("/modules/industrial/enablement?unit=" + id(enterprise)).expect(200).json();
        assertFalse(none.get("enabled").asBoolean());
        assertTrue(none.toString(), none.get("inheritedFrom").isNull());
        JsonNode refused = api.get(list + id(enterprise)).problem(403);
        assertTrue(refused.toString(), refused.get("detail").asText().contains("industrial"));
        api.post("/api/industrial/requests", Json.obj("organizationId", id(enterprise), "title", "x")).problem(403);

        api.putWithoutVersion("/modules/industrial/enablement/" + id(park), Json.obj("enabled", true)).expect(200);
        JsonNode inherited = api.get("/modules/industrial/enablement?unit=" + id(enterprise)).expect(200).json();
        assertTrue(inherited.get("enabled").asBoolean());
        assertEquals(id(park), inherited.get("inheritedFrom").asLong());
        api.get(list + id(enterprise)).expect(200);
        assertTrue(enabledIds(id(enterprise)).contains(INDUSTRIAL));

        JsonNode disabled = api.putWithoutVersion("/modules/industrial/enablement/" + id(grid),
                Json.obj("enabled", false, "settings", Map.of("reason", "试点结束"))).expect(200).json();
        assertFalse(disabled.get("enabled").asBoolean());
        JsonNode below = api.get("/modules/industrial/enablement?unit=" + id(enterprise)).expect(200).json();
        assertFalse(below.get("enabled").asBoolean());
        assertEquals(id(grid), below.get("inheritedFrom").asLong());
        assertEquals("试点结束", below.at("/settings/reason").asText());
        api.get(list + id(enterprise)).problem(403);
        api.get(list + id(park)).expect(200);
        assertFalse(enabledIds(id(enterprise)).contains(INDUSTRIAL));

        api.deleteWithoutVersion("/modules/industrial/enablement/" + id(grid)).expect(204);
        assertEquals(id(park), api.get("/modules/industrial/enablement?unit=" + id(enterprise)).expect(200).json()
                .get("inheritedFrom").asLong());

        // bad input
        api.putWithoutVersion("/modules/industrial/enablement/" + id(park), Json.obj("settings", Map.of())).expectInvalid("enabled");
        api.get("/modules/industrial/enablement").expectInvalid("unit");
        api.putWithoutVersion("/modules/nosuchmodule/enablement/" + id(park), Json.obj("enabled", true)).problem(404);
        api.get("/modules/industrial/enablement?unit=999999999").problem(404);
        api.post("/api/industrial/requests", Json.obj("organizationId", id(enterprise))).expectInvalid("title");

        // the shell, by unit code
        String code = park.get("code").asText();
        String off = shell("grassroots:module-disable industrial " + code);
        assertTrue(off, off.contains("disabled"));
        api.get(list + id(enterprise)).problem(403);
        String on = shell("grassroots:module-enable -s sla.days=3 industrial " + code);
        assertTrue(on, on.contains("enabled"));
        assertEquals("3", api.get("/modules/industrial/enablement?unit=" + id(enterprise)).expect(200).json()
                .at("/settings/sla.days").asText());
    }

    @Test
    public void statisticsAddCoreFiguresAndEveryActiveModulesFiguresForTheSubtree() {
        JsonNode park = fixtures.root("STAT");
        // requests come from enterprises (企业)
        JsonNode a = fixtures.unit(Fixtures.code("A"), id(park), "ENTERPRISE", "BRANCH");
        JsonNode b = fixtures.unit(Fixtures.code("B"), id(park), "ENTERPRISE", "BRANCH");
        fixtures.member("统计甲", id(a));
        fixtures.member("统计乙", id(a));
        fixtures.member("统计丙", id(b));
        api.putWithoutVersion("/modules/industrial/enablement/" + id(park), Json.obj("enabled", true)).expect(200);
        for (JsonNode unit : List.of(a, b, b)) {
            api.post("/api/industrial/requests", Json.obj("organizationId", id(unit), "category", "POLICY", "title", "诉求")).expect(201);
        }
        int year = Year.now(java.time.ZoneOffset.UTC).getValue();
        JsonNode report = api.get("/statistics?subtreeOf=" + id(park) + "&year=" + year).expect(200).json();
        assertEquals(id(park), report.get("subtreeOf").asLong());
        assertEquals(year, report.get("year").asInt());
        JsonNode core = module(report, "core");
        assertEquals(3, figure(core, "core.units").get("value").asInt());
        assertEquals(2, figure(core, "core.units").at("/breakdown/ENTERPRISE").asInt());
        assertEquals(3, figure(core, "core.party-organizations").get("value").asInt());
        assertEquals(3, figure(core, "core.members.by-category").get("value").asInt());
        assertEquals(3, figure(core, "core.members.by-status").at("/breakdown/NORMAL").asInt());
        JsonNode industrial = module(report, INDUSTRIAL);
        assertEquals(3, figure(industrial, "industrial.requests").get("value").asInt());
        assertEquals(3, figure(industrial, "industrial.requests").at("/breakdown/SUBMITTED").asInt());
        assertEquals(0, figure(module(api.get("/statistics?subtreeOf=" + id(park) + "&year=" + (year - 1)).expect(200).json(),
                INDUSTRIAL), "industrial.requests").get("value").asInt());

        api.post("/modules/industrial/uninstall", "").expect(200);
        JsonNode without = api.get("/statistics?subtreeOf=" + id(park) + "&year=" + year).expect(200).json();
        assertNull("an uninstalled module contributes nothing: " + without, find(without, INDUSTRIAL));
        api.get("/statistics?year=" + year).expectInvalid("subtreeOf");
        api.get("/statistics?subtreeOf=" + id(park)).expectInvalid("year");
    }

    @Test
    public void upgradeInstallsTheNewestOfferedVersionInPlaceOfTheOldOne() throws Exception {
        features.addRepository(ModuleFixtures.writeUpgradeRepository(new File(System.getProperty("karaf.data"))));
        JsonNode upgraded = api.post("/modules/hello/upgrade?timeout=" + SETTLE.toSeconds(), "").expect(200).json();
        assertEquals(upgraded.toString(), "ACTIVE", upgraded.get("state").asText());
        assertTrue(features.isInstalled(features.getFeature("grassroots-hello", "2.0.0")));
        assertFalse(features.isInstalled(features.getFeature("grassroots-hello", "1.0.0")));
        api.get("/api/hello/ping").expect(200);
        JsonNode newest = api.post("/modules/hello/upgrade", "").problem(409);
        assertTrue(newest.toString(), newest.get("detail").asText().contains("newest"));
        api.post("/modules/brokenactivation/upgrade", "").problem(409);
    }

    // --- helpers

    private Response install(String module) {
        return api.post("/modules/" + module + "/install?timeout=" + SETTLE.toSeconds(), "");
    }

    private List<String> enabledIds(long unit) {
        List<String> ids = new ArrayList<>();
        api.get("/modules/enabled?unit=" + unit).expect(200).json().forEach(m -> ids.add(m.get("id").asText()));
        return ids;
    }

    private static JsonNode module(JsonNode report, String module) {
        JsonNode found = find(report, module);
        if (found == null) {
            throw new AssertionError("no figures of " + module + " in " + report);
        }
        return found;
    }

    private static JsonNode find(JsonNode report, String module) {
        for (JsonNode m : report.get("modules")) {
            if (module.equals(m.get("module").asText())) {
                return m;
            }
        }
        return null;
    }

    private static JsonNode figure(JsonNode module, String id) {
        for (JsonNode s : module.get("statistics")) {
            if (id.equals(s.get("id").asText())) {
                return s;
            }
        }
        throw new AssertionError("no figure " + id + " in " + module);
    }

    private void awaitState(String module, String state) {
        await("module " + module + " " + state, () -> api.get("/modules/" + module).json(),
                m -> state.equals(m.path("state").asText()));
    }

    private void awaitOk(String path) {
        awaitStatus(path, 200);
    }

    private void awaitStatus(String path, int status) {
        try {
            await(path + " answering " + status, () -> api.get(path), r -> r.status() == status);
        } catch (AssertionError e) {
            // what the module registry and the log said meanwhile (a CI run once timed out here with no more to read)
            String module = path.replaceAll("^/api/([^/]+)/.*", "$1");
            throw new AssertionError(e.getMessage() + "\nmodule " + module + ": " + api.get("/modules/" + module)
                    + "\nthe container's log, last lines:\n" + KarafLog.fromStart().tail(80), e);
        }
    }

    private static <T> void await(String what, java.util.function.Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = probe.get();
            if (done.test(last)) {
                return;
            }
            Api.sleep(50);
        }
        fail("timed out waiting for " + what + "; last: " + last);
    }

    private BundleListener bundleListener;
    /**
     * Bundle events of bundles other than the industrial module: a refreshed bundle would be UNRESOLVED and RESOLVED
     * again (and STOPPED/STARTED if active). Framework PACKAGES_REFRESHED events are not a sign of that: Felix
     * refreshes an uninstalled bundle that nothing uses by itself, which touches no other bundle.
     */
    private List<String> recordEventsOfOtherBundles() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        bundleListener = event -> {
            if (!INDUSTRIAL_BUNDLE.contains(event.getBundle().getSymbolicName())) {
                events.add(event.getBundle().getSymbolicName() + " " + bundleEvent(event.getType()));
            }
        };
        context.addBundleListener(bundleListener);
        return events;
    }

    private void stopRecording() {
        context.removeBundleListener(bundleListener);
    }

    private static String bundleEvent(int type) {
        return switch (type) {
            case BundleEvent.INSTALLED -> "INSTALLED";
            case BundleEvent.STARTED -> "STARTED";
            case BundleEvent.STOPPED -> "STOPPED";
            case BundleEvent.UPDATED -> "UPDATED";
            case BundleEvent.UNINSTALLED -> "UNINSTALLED";
            case BundleEvent.RESOLVED -> "RESOLVED";
            case BundleEvent.UNRESOLVED -> "UNRESOLVED";
            case BundleEvent.STARTING -> "STARTING";
            case BundleEvent.STOPPING -> "STOPPING";
            default -> "type " + type;
        };
    }

    private String shell(String command) throws Exception {
        return KarafShell.run(sessionFactory, command);
    }

}
