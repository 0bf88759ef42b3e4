package org.grassroots.itests;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Json;

import com.fasterxml.jackson.databind.JsonNode;

import static org.grassroots.itests.support.Fixtures.id;

/** What {@link CommunityIT}'s tests share: accounts, the module's figures, the demo district's root, waiting. */
abstract class CommunityTestSupport extends DistrictTestSupport {
    static final String COMMUNITY = "/api/community";
    static final String TEMPORARY = "Temp-Password-0001";
    static final String CHOSEN = "Chosen-Passw0rd-2026";
    static final Duration SETTLE = Duration.ofSeconds(180);
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    /** Polls until the module's demo data is in (core loads its district first, then the modules one at a time). */
    protected Map<String, Double> awaitDemo(long district) {
        long deadline = System.nanoTime() + Duration.ofMinutes(8).toNanos();
        Map<String, Double> figures = Map.of();
        while (System.nanoTime() < deadline) {
            Api.Response answer = api.get(COMMUNITY + "/statistics?unit=" + district + "&year=2024");
            if (answer.status() == 200) {
                figures = figures(answer.json());
                if (figures.getOrDefault("community.secretariesAdjusted", 0.0) > 0) {
                    return figures;
                }
            }
            Api.sleep(500);
        }
        throw new AssertionError("the community demo data did not appear: " + figures);
    }

    protected static Map<String, Double> figures(Api as, long unit, int year) {
        return figures(as.get(COMMUNITY + "/statistics?unit=" + unit + "&year=" + year).expect(200).json());
    }

    protected static Map<String, Double> figures(JsonNode statistics) {
        Map<String, Double> figures = new HashMap<>();
        statistics.forEach(s -> figures.put(s.path("id").asText(), s.path("value").asDouble()));
        return figures;
    }

    protected long districtRoot() {
        for (JsonNode root : api.get("/organizations/roots").expect(200).json()) {
            if ("JNGX".equals(root.path("code").asText())) {
                return id(root);
            }
        }
        throw new AssertionError("no district root: is the demo data on?");
    }

    /** Creates an account with a temporary password, signs in once to replace it, returns a Basic client. */
    protected Api account(String username, String role, Long organizationId, Long memberId) {
        api.post("/api/auth/accounts", Json.obj("username", username, "displayName", username, "roles", Json.arr(role),
                "organizationId", organizationId, "memberId", memberId, "password", TEMPORARY)).expect(201);
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
