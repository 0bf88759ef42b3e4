package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.ModuleProject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The park distribution (distribution/park): boots core and the park's modules only, and takes another module at
 * runtime. That module is generated from the module archetype and built offline here, and its KAR is dropped into
 * deploy/ exactly as docs/plugin-guide.md tells a plugin developer; it then answers under /api/&lt;id&gt;/, serves its
 * console page, keeps its data across removal and redeployment, and no bundle already running is stopped.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ParkDistributionIT extends DistrictTestSupport {
    /** The grassroots features the park boots: core with its libraries, and the park's modules. */
    static final Set<String> PARK_FEATURES = Set.of("grassroots-core", "grassroots-jersey", "grassroots-persistence",
            "grassroots-spreadsheets", "grassroots-documents", "grassroots-openapi", "grassroots-industrial");
    /** The action modules among them. */
    static final Set<String> PARK_MODULES = Set.of("industrial");
    private static final String MODULE = "volunteer";
    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(120);

    @Inject
    private FeaturesService features;

    /** The park's module must be up too before the registry is asked which modules are active. */
    @Override
    protected java.util.List<String> readinessPaths() {
        return java.util.List.of("/organizations/roots", "/members?size=1", "/api/industrial/openapi.json");
    }

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(District.configuration("park", false),
                // for ModuleProject, which runs inside the container
                systemProperty(ModuleProject.MVN).value(System.getProperty(ModuleProject.MVN, "mvn")),
                systemProperty(ModuleProject.VERSION).value(System.getProperty(ModuleProject.VERSION, "")),
                systemProperty(ModuleProject.ARCHETYPE_PLUGIN).value(System.getProperty(ModuleProject.ARCHETYPE_PLUGIN, "")),
                systemProperty(ModuleProject.REPOSITORY).value(System.getProperty("org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("user.home") + "/.m2/repository")),
                systemProperty("grassroots.itests.work").value(District.workDirectory().getAbsolutePath()));
    }

    @Test
    public void bootsCoreAndOnlyTheParkModules() throws Exception {
        Set<String> installed = Arrays.stream(features.listInstalledFeatures()).map(Feature::getName)
                .filter(name -> name.startsWith("grassroots-")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(PARK_FEATURES), installed);
        // the module registry agrees: the park's modules are the only active ones
        Set<String> active = new TreeSet<>();
        for (JsonNode module : api.get("/modules").expect(200).json()) {
            if ("ACTIVE".equals(module.get("state").asText())) {
                active.add(module.get("id").asText());
            }
        }
        assertEquals(PARK_MODULES, active);
        api.get("/api/health").expect(200);
        // every distribution's etc/custom.properties: the JDK packages Derby wires by DynamicImport come by boot
        // delegation, so a busy resolver cannot leave pax-jdbc-derby unstarted (docs/decisions.md)
        String bootDelegation = context.getProperty("org.osgi.framework.bootdelegation");
        for (String jdkPackage : List.of("javax.naming", "javax.naming.*", "javax.sql", "javax.transaction.xa")) {
            assertTrue(jdkPackage + " is not boot-delegated: " + bootDelegation,
                    Arrays.stream(bootDelegation.split(",")).map(String::trim).anyMatch(jdkPackage::equals));
        }
    }

    @Test
    public void aModuleGeneratedFromTheArchetypeDeploysIntoTheRunningPark() throws Exception {
        Path work = District.workDirectory().toPath().resolve("archetype-it").resolve(Long.toString(System.nanoTime()));
        ModuleProject project = ModuleProject.generateAndBuild(work, MODULE, "志愿服务", "Volunteer service");
        String feature = "grassroots-" + MODULE;
        Path deployed = Path.of(System.getProperty("karaf.base")).resolve("deploy").resolve(project.kar().getFileName());

        Map<Long, Integer> before = bundleStates();
        Set<Long> disturbed = new ConcurrentSkipListSet<>();
        BundleListener watcher = event -> {
            if (before.containsKey(event.getBundle().getBundleId()) && (event.getType() == BundleEvent.STOPPING
                    || event.getType() == BundleEvent.UNRESOLVED || event.getType() == BundleEvent.UPDATED)) {
                disturbed.add(event.getBundle().getBundleId());
            }
        };
        context.addBundleListener(watcher);
        try {
            Files.copy(project.kar(), deployed, StandardCopyOption.REPLACE_EXISTING);
            await("the module's feature installed from deploy/", () -> installed(feature));

            // the module registers in the platform and is served under /api/<id>/ once enabled for a unit
            JsonNode park = fixtures.root("PRK");
            JsonNode other = fixtures.root("PRO");
            await("the module's REST resource on the whiteboard",
                    () -> api.get("/api/" + MODULE + "/activities?unit=" + id(park)).status() != 404);
            JsonNode info = api.get("/modules/" + MODULE).expect(200).json();
            assertEquals(info.toString(), "ACTIVE", info.get("state").asText());
            assertEquals("志愿服务", info.get("name").get("zhCN").asText());
            api.get("/api/" + MODULE + "/activities?unit=" + id(park)).problem(403);
            api.send("PUT", "/modules/" + MODULE + "/enablement/" + id(park), "application/json",
                    java.net.http.HttpRequest.BodyPublishers.ofString(Json.obj("enabled", true).toString())).expect(200);

            JsonNode created = api.post("/api/" + MODULE + "/activities", Json.obj("organizationId", id(park),
                    "title", "园区志愿服务日", "heldOn", "2024-03-05", "participants", 40)).expect(201).json();
            assertEquals("园区志愿服务日", created.get("title").asText());
            api.get("/api/" + MODULE + "/activities/" + id(created)).expect(200);
            assertEquals(1, api.get("/api/" + MODULE + "/activities?unit=" + id(park)).expect(200).json()
                    .get("total").asLong());
            api.post("/api/" + MODULE + "/activities", Json.obj("organizationId", id(park), "title", " ",
                    "heldOn", "2199-01-01", "participants", 0)).expectInvalid("title", "heldOn", "participants");
            api.post("/api/" + MODULE + "/activities", Json.obj("organizationId", id(other), "title", "未启用",
                    "heldOn", "2024-03-05", "participants", 3)).problem(403);
            Api.Response page = api.get(api.root() + "/ui/" + MODULE + "/index.js").expect(200);
            assertTrue(page.text(), page.text().contains("export default") && page.text().contains("id: '" + MODULE + "'"));

            // removing the KAR uninstalls the module; the data stays for the next deployment
            Files.delete(deployed);
            await("the module's feature uninstalled after its KAR left deploy/", () -> !installed(feature));
            await("the module's REST resource gone", () -> api.get("/api/" + MODULE + "/activities?unit=" + id(park))
                    .status() == 404);
            Files.copy(project.kar(), deployed, StandardCopyOption.REPLACE_EXISTING);
            await("the module back", () -> api.get("/api/" + MODULE + "/activities?unit=" + id(park)).status() == 200);
            JsonNode again = api.get("/api/" + MODULE + "/activities?unit=" + id(park)).expect(200).json();
            assertEquals(again.toString(), id(created), id(again.get("items").get(0)));
        } finally {
            context.removeBundleListener(watcher);
            Files.deleteIfExists(deployed);
        }
        // hot deploy disturbed no one: no bundle that ran before was stopped, refreshed or updated
        assertEquals("bundles stopped, unresolved or updated by the deployment", Set.of(), disturbed);
        Map<Long, Integer> after = bundleStates();
        after.keySet().retainAll(before.keySet());
        assertEquals(before, after);
    }

    private boolean installed(String feature) {
        try {
            Feature found = features.getFeature(feature);
            return found != null && features.isInstalled(found);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<Long, Integer> bundleStates() {
        Map<Long, Integer> states = new TreeMap<>();
        for (Bundle bundle : context.getBundles()) {
            states.put(bundle.getBundleId(), bundle.getState());
        }
        return states;
    }

    /** Polls until the condition holds; fails after {@link #DEPLOY_TIMEOUT} (a safety net, not a timing check). */
    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEPLOY_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + DEPLOY_TIMEOUT + ": " + what);
            }
            Api.sleep(250);
        }
    }
}
