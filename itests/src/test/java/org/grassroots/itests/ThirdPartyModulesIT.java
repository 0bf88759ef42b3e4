package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Api.Response;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.KarafShell;
import org.grassroots.itests.support.ModuleFixtures;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Modules the platform does not ship: one compiled against the released 0.1 API (itests/fixtures/built-against-0.1,
 * shipped in a feature repository of its own like a third party's KAR), one asking for an API major version the
 * platform does not offer (needs-api-2), and what the registry keeps of a third-party module once its repository
 * is gone. docs/plugin-guide.md, "API versions and compatibility" and "Third-party modules".
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ThirdPartyModulesIT extends DistrictTestSupport {
    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static boolean fixturesAdded;

    @Inject
    private FeaturesService features;
    @Inject
    private SessionFactory sessionFactory;

    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(District.configuration(false), ModuleFixtures.options());
    }

    @Before
    public void fixturesKnown() throws Exception {
        if (!fixturesAdded) {
            features.addRepository(ModuleFixtures.writeRepository(new File(System.getProperty("karaf.data"))));
            fixturesAdded = true;
        }
    }

    /**
     * docs/plugin-guide.md, "API versions and compatibility": a module built against the released 0.1 API keeps
     * working while the API's major versions stay; one built for a major version the platform does not offer is
     * refused, and the registry names the package and version it lacks.
     */
    @Test
    public void aModuleBuiltAgainstThe01ApiRunsAndOneNeedingApi2IsRefusedNamingThePackageVersion() throws Exception {
        URI thirdParty = ModuleFixtures.writeThirdPartyRepository(new File(System.getProperty("karaf.data")));
        features.addRepository(thirdParty);
        try {
            JsonNode legacy = install("legacy").expect(200).json();
            assertEquals(legacy.toString(), "ACTIVE", legacy.get("state").asText());
            awaitOk("/api/legacy/whoami");
            Response whoami = api.get("/api/legacy/whoami").expect(200);
            assertEquals(District.ADMIN, whoami.json().get("user").asText());
            assertEquals("\"1\"", whoami.header("ETag").orElseThrow());

            JsonNode refused = install("nextapi").problem(409);
            assertTrue(refused.toString(), refused.get("detail").asText().contains("org.grassroots.core.api.module"));
            JsonNode nextapi = api.get("/modules/nextapi").expect(200).json();
            assertEquals("FAILED", nextapi.get("state").asText());
            String reason = nextapi.get("reason").asText();
            assertTrue(reason, reason.contains("osgi.wiring.package=org.grassroots.core.api.module"));
            assertTrue(reason, reason.contains("version>=2.0.0"));
            assertEquals("ACTIVE", api.get("/modules/legacy").expect(200).json().get("state").asText());
        } finally {
            api.post("/modules/legacy/uninstall", "").expect(200);
            api.post("/modules/nextapi/uninstall", "").expect(200);
            features.removeRepository(thirdParty);
        }
    }

    /**
     * A third-party module (its own feature repository, as from its KAR) stays in the registry after that
     * repository is removed: available while the repository can still be read (installing adds it back), failed
     * with the reason when it cannot; cleaning it up removes its enablement and the entry, refused while installed.
     */
    @Test
    public void aRemovedThirdPartyModuleStaysListedUntilCleanedUp() throws Exception {
        URI thirdParty = ModuleFixtures.writeThirdPartyRepository(new File(System.getProperty("karaf.data")));
        features.addRepository(thirdParty);
        long unit = id(fixtures.root("TP"));
        try {
            install("legacy").expect(200);
            api.putWithoutVersion("/modules/legacy/enablement/" + unit, Json.obj("enabled", true)).expect(200);
            assertTrue(api.post("/modules/legacy/cleanup", "").problem(409).get("detail").asText().contains("uninstall"));

            api.post("/modules/legacy/uninstall", "").expect(200);
            features.removeRepository(thirdParty);
            JsonNode removed = api.get("/modules/legacy").expect(200).json();
            assertEquals(removed.toString(), "AVAILABLE", removed.get("state").asText());
            assertEquals("Fixture legacy", removed.at("/name/en").asText());

            JsonNode again = install("legacy").expect(200).json();
            assertEquals(again.toString(), "ACTIVE", again.get("state").asText());
            assertNotNull("installing added the repository back", features.getRepository(thirdParty));
            assertTrue(api.get("/modules/legacy/enablement?unit=" + unit).expect(200).json().get("enabled").asBoolean());

            api.post("/modules/legacy/uninstall", "").expect(200);
            features.removeRepository(thirdParty);
            Files.delete(new File(thirdParty).toPath());
            JsonNode gone = api.get("/modules/legacy").expect(200).json();
            assertEquals(gone.toString(), "FAILED", gone.get("state").asText());
            assertTrue(gone.toString(), gone.get("reason").asText().contains("cannot be read any more"));
            assertTrue(gone.toString(), gone.get("reason").asText().contains(thirdParty.toString()));
            install("legacy").problem(409);

            String cleaned = shell("grassroots:module-cleanup legacy");
            assertTrue(cleaned, cleaned.contains("1 unit enablement setting(s) removed"));
            api.get("/modules/legacy").problem(404);
            api.post("/modules/legacy/cleanup", "").problem(404);
        } finally {
            if (features.getRepository(thirdParty) != null) {
                api.post("/modules/legacy/uninstall", "");
                features.removeRepository(thirdParty);
            }
        }
    }

    private Response install(String module) {
        return api.post("/modules/" + module + "/install?timeout=" + SETTLE.toSeconds(), "");
    }

    private void awaitOk(String path) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = api.get(path);
            if (last.status() == 200) {
                return;
            }
            Api.sleep(50);
        }
        fail("timed out waiting for " + path + " to answer 200; last: " + last);
    }

    private String shell(String command) throws Exception {
        return KarafShell.run(sessionFactory, command);
    }
}
