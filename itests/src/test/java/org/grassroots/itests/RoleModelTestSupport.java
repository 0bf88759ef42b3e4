package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.id;

import java.time.Duration;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Json;

import com.fasterxml.jackson.databind.JsonNode;

/** What the role-model ITs share: accounts of a role in a unit, the demo district's root, a figure by id. */
public abstract class RoleModelTestSupport extends DistrictTestSupport {
    protected static final String RM = "/api/rolemodel";
    private static final String TEMPORARY = "Temp-Password-0001";
    private static final String CHOSEN = "Chosen-Passw0rd-2026";
    protected static final Duration SETTLE = Duration.ofSeconds(180);

    protected long districtRoot() {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode root : api.get("/organizations/roots").expect(200).json()) {
                if ("JNGX".equals(root.path("code").asText())) {
                    return id(root);
                }
            }
            Api.sleep(1000);
        }
        throw new AssertionError("no district root: is the demo data on?");
    }

    /** The module's figures of 2024 for the district, once its demo's contact points are in. */
    protected JsonNode demoStatistics(long district) {
        long deadline = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < deadline) {
            Api.Response r = api.get(RM + "/statistics?unit=" + district + "&year=2024");
            if (r.status() == 200 && stat(r.json(), "rolemodel.contactPoints").path("value").asInt() > 0) {
                return r.json();
            }
            Api.sleep(1000);
        }
        throw new AssertionError("the role-model demo data did not appear");
    }

    /** The report's "十百千" tiers and the 40 recommendations pending, as the demo reproduces them. */
    protected static void assertReportsTiers(JsonNode stats) {
        JsonNode tiers = stat(stats, "rolemodel.tiers").path("breakdown");
        org.junit.Assert.assertEquals(10, tiers.path("DISTRICT").asInt());
        org.junit.Assert.assertEquals(100, tiers.path("STREET").asInt());
        org.junit.Assert.assertEquals(1000, tiers.path("GRASSROOTS").asInt());
        org.junit.Assert.assertEquals(40, stat(stats, "rolemodel.pending").path("value").asInt());
    }

    protected static JsonNode stat(JsonNode statistics, String id) {
        for (JsonNode s : statistics) {
            if (id.equals(s.path("id").asText())) {
                return s;
            }
        }
        throw new AssertionError("no figure " + id + " in " + statistics);
    }

    protected static long version(JsonNode record) {
        return record.path("version").asLong();
    }

    /** Creates an account with a temporary password, signs in once to replace it, returns a Basic client. */
    protected Api account(String username, String role, Long organizationId) {
        api.post("/api/auth/accounts", Json.obj("username", username, "displayName", username, "roles", Json.arr(role),
                "organizationId", organizationId, "password", TEMPORARY)).expect(201);
        api.signIn(username, TEMPORARY).post("/api/auth/password", Json.obj("currentPassword", TEMPORARY,
                "newPassword", CHOSEN)).expect(204);
        return api.basic(username, CHOSEN);
    }

    protected static void awaitTrue(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + SETTLE + ": " + what);
            }
            Api.sleep(100);
        }
    }
}
