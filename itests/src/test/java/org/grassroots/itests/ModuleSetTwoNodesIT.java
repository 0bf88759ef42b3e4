package org.grassroots.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.KarafInstance;
import org.grassroots.itests.support.Postgres;
import org.grassroots.itests.support.TwoNodes;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * One module set on two nodes (issue 26 point 3): two districts on one PostgreSQL database, started at the same
 * moment. A module installed or uninstalled through node A is followed by node B within the convergence interval; a
 * node that was stopped while the set changed catches up when it starts; the registry shows each node's state; each
 * bundle's migrations ran once although both nodes migrated the empty database at once.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ModuleSetTwoNodesIT {
    /** Two nodes starting together on a loaded 2-core CI machine took 6 min once; a limit, not a cost. */
    private static final Duration STARTUP = Duration.ofSeconds(600);
    /** The nodes' convergence interval (moduleSetSeconds) and how long a test waits for a node to follow. */
    private static final int INTERVAL_SECONDS = 2;
    private static final Duration FOLLOW = Duration.ofSeconds(60);

    private static TwoNodes nodes;

    @BeforeClass
    public static void start() throws Exception {
        nodes = TwoNodes.unpack(RestartPersistenceITAccess.distribution(), "module-set",
                Map.of("moduleSetSeconds", Integer.toString(INTERVAL_SECONDS)));
        nodes.startBoth(STARTUP);
    }

    @AfterClass
    public static void stop() {
        if (nodes != null) {
            nodes.close();
        }
    }

    @Test
    public void a_eachBundleMigratedOnceAlthoughBothNodesStartedTogether() throws SQLException {
        List<String> histories = new ArrayList<>();
        try (Connection connection = Postgres.connect(nodes.database()); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public' AND table_name LIKE '%SCHEMA_HISTORY' ORDER BY 1")) {
                while (rs.next()) {
                    histories.add(rs.getString(1));
                }
            }
            assertTrue(histories.toString(), histories.contains("CORE_SCHEMA_HISTORY") && histories.size() > 5);
            for (String history : histories) {
                try (ResultSet rs = statement.executeQuery("SELECT \"script\", COUNT(*) FROM \"" + history + "\" "
                        + "WHERE \"type\" = 'SQL' GROUP BY \"script\" HAVING COUNT(*) <> 1 OR MIN(CASE WHEN \"success\" "
                        + "THEN 1 ELSE 0 END) = 0")) {
                    if (rs.next()) {
                        fail(history + ": script " + rs.getString(1) + " recorded " + rs.getInt(2) + " times or failed");
                    }
                }
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"" + history + "\" WHERE \"type\" = 'SQL'")) {
                    rs.next();
                    assertTrue(history + " applied no script", rs.getInt(1) > 0);
                }
            }
        }
    }

    @Test
    public void b_theRegistryShowsBothNodesStates() {
        JsonNode rural = await(nodes.a().api(), "both nodes report rural installed", () -> {
            JsonNode module = nodes.a().api().get("/modules/rural").expect(200).json();
            return module.path("nodes").size() == 2 && allIn(module, "INSTALLED") ? module : null;
        });
        assertNotEquals(rural.toString(), rural.at("/nodes/0/node").asText(), rural.at("/nodes/1/node").asText());
        assertTrue(rural.toString(), rural.at("/nodes/0/node").asText().endsWith(":" + nodes.a().httpPort())
                || rural.at("/nodes/1/node").asText().endsWith(":" + nodes.a().httpPort()));
        // the same on the other node
        assertEquals(2, nodes.b().api().get("/modules/rural").expect(200).json().path("nodes").size());
    }

    @Test
    public void c_aModuleUninstalledAndInstalledThroughAIsFollowedByB() {
        Api a = nodes.a().api();
        Api b = nodes.b().api();
        assertEquals("AVAILABLE", a.post("/modules/rural/uninstall", "").expect(200).json().path("state").asText());
        a.get("/api/rural/openapi.json").expect(404);
        awaitStatus(b, "/api/rural/openapi.json", 404);
        await(a, "both nodes report rural absent", () -> allIn(a.get("/modules/rural").expect(200).json(), "ABSENT") ? a : null);

        assertEquals("ACTIVE", a.post("/modules/rural/install", "").expect(200).json().path("state").asText());
        awaitStatus(b, "/api/rural/openapi.json", 200);
        assertEquals("ACTIVE", b.get("/modules/rural").expect(200).json().path("state").asText());
    }

    @Test
    public void d_aNodeThatWasDownWhileTheSetChangedCatchesUpWhenItStarts() {
        KarafInstance b = nodes.b();
        b.stop(Duration.ofSeconds(60));
        Api a = nodes.a().api();
        a.post("/modules/buildings/uninstall", "").expect(200);
        a.post("/modules/rural/uninstall", "").expect(200);
        a.post("/modules/rural/install", "").expect(200);

        TwoNodes.start(b, STARTUP);
        awaitStatus(b.api(), "/api/buildings/openapi.json", 404);
        b.api().get("/api/rural/openapi.json").expect(200);
        JsonNode buildings = await(a, "both nodes report buildings absent", () -> {
            JsonNode module = a.get("/modules/buildings").expect(200).json();
            return allIn(module, "ABSENT") ? module : null;
        });
        assertEquals(buildings.toString(), "AVAILABLE", buildings.path("state").asText());
        // who decided, in the audit trail
        JsonNode audit = a.get("/audit?entityType=module-set&size=50").expect(200).json();
        assertTrue(audit.toString(), audit.toString().contains("buildings"));
    }

    private static boolean allIn(JsonNode module, String state) {
        if (module.path("nodes").size() != 2) {
            return false;
        }
        for (JsonNode node : module.path("nodes")) {
            if (!state.equals(node.path("state").asText())) {
                return false;
            }
        }
        return true;
    }

    private static void awaitStatus(Api api, String path, int status) {
        await(api, path + " answering " + status + " on " + api.root(), () -> api.get(path).status() == status ? api : null);
    }

    private static <T> T await(Api api, String what, java.util.function.Supplier<T> probe) {
        long deadline = System.nanoTime() + FOLLOW.toNanos();
        while (System.nanoTime() < deadline) {
            T found = probe.get();
            if (found != null) {
                return found;
            }
            Api.sleep(250);
        }
        fail(what + ": not within " + FOLLOW + " (interval " + INTERVAL_SECONDS + " s); modules on " + api.root() + ": "
                + api.get("/modules").text());
        return null;
    }
}
