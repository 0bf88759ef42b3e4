package org.grassroots.itests.cluster;

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
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Cluster;
import org.grassroots.itests.support.KarafInstance;
import org.grassroots.itests.support.Postgres;

/**
 * {@link ClusterIT}'s checks of one module set on two nodes (issue 26 point 3): each bundle's migrations ran once
 * although both nodes migrated the empty database at once; the registry shows each node's state; a module installed
 * or uninstalled through node A is followed by node B within the convergence interval; a node that was stopped while
 * the set changed catches up when it starts.
 */
final class ModuleSetChecks {
    /** The nodes' convergence interval (core's moduleSetSeconds) and how long a check waits for a node to follow. */
    static final int INTERVAL_SECONDS = 2;
    private static final Duration FOLLOW = Duration.ofSeconds(60);

    private final Cluster cluster;
    private final Duration startup;

    /** @param startup how long a node restarted by a check may take to settle */
    ModuleSetChecks(Cluster cluster, Duration startup) {
        this.cluster = cluster;
        this.startup = startup;
    }

    void eachBundleMigratedOnceAlthoughBothNodesStartedTogether() throws SQLException {
        List<String> histories = new ArrayList<>();
        try (Connection connection = Postgres.connect(cluster.database()); Statement statement = connection.createStatement()) {
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

    void theRegistryShowsBothNodesStates() {
        KarafInstance nodeA = cluster.node(0);
        JsonNode rural = await(nodeA.api(), "both nodes report rural installed", () -> {
            JsonNode module = nodeA.api().get("/modules/rural").expect(200).json();
            return module.path("nodes").size() == 2 && allIn(module, "INSTALLED") ? module : null;
        });
        assertNotEquals(rural.toString(), rural.at("/nodes/0/node").asText(), rural.at("/nodes/1/node").asText());
        assertTrue(rural.toString(), rural.at("/nodes/0/node").asText().endsWith(":" + nodeA.httpPort())
                || rural.at("/nodes/1/node").asText().endsWith(":" + nodeA.httpPort()));
        // the same on the other node
        assertEquals(2, cluster.node(1).api().get("/modules/rural").expect(200).json().path("nodes").size());
    }

    void aModuleUninstalledAndInstalledThroughAIsFollowedByB() {
        Api a = cluster.node(0).api();
        Api b = cluster.node(1).api();
        assertEquals("AVAILABLE", a.post("/modules/rural/uninstall", "").expect(200).json().path("state").asText());
        a.get("/api/rural/openapi.json").expect(404);
        awaitStatus(b, "/api/rural/openapi.json", 404);
        await(a, "both nodes report rural absent", () -> allIn(a.get("/modules/rural").expect(200).json(), "ABSENT") ? a : null);

        assertEquals("ACTIVE", a.post("/modules/rural/install", "").expect(200).json().path("state").asText());
        awaitStatus(b, "/api/rural/openapi.json", 200);
        assertEquals("ACTIVE", b.get("/modules/rural").expect(200).json().path("state").asText());
    }

    /** Leaves buildings uninstalled (the checks after it do not use it). */
    void aNodeThatWasDownWhileTheSetChangedCatchesUpWhenItStarts() {
        KarafInstance b = cluster.node(1);
        b.stop(Duration.ofSeconds(60));
        Api a = cluster.node(0).api();
        a.post("/modules/buildings/uninstall", "").expect(200);
        a.post("/modules/rural/uninstall", "").expect(200);
        a.post("/modules/rural/install", "").expect(200);

        Cluster.start(b, startup);
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

    private static <T> T await(Api api, String what, Supplier<T> probe) {
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
