package org.grassroots.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.grassroots.itests.support.Fixtures.memberDraft;
import static org.grassroots.itests.support.Fixtures.unitDraft;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.grassroots.itests.support.KarafShell;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Api.Response;
import org.grassroots.itests.support.Concurrently;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.IdNumbers;
import org.grassroots.itests.support.Json;
import org.grassroots.testkit.AuthorizationMatrix;
import org.grassroots.testkit.ModuleAuthorizationCheck;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Accounts, sign-in, roles and scope, masking of personal data and the audit trail, against the district
 * distribution. Sign-in tokens live {@value #TOKEN_SECONDS} seconds in this container so expiry can be observed;
 * the role clients use HTTP Basic, which does not expire.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityIT extends DistrictTestSupport {
    private static final int TOKEN_SECONDS = 8;
    private static final int ID_SEARCHES = 15;
    private static final String TEMPORARY = "Temp-Password-0001";
    /** The password every scenario account chooses at its first sign-in (contains none of their user names). */
    private static final String CHOSEN = "Chosen-Passw0rd-2026";
    private static final List<String> ROLES = AuthorizationMatrix.ROLES;

    /** The scenario: a district with two streets, a branch in each, one member in each branch. */
    private static World world;

    @Inject
    private BundleContext bundleContext;

    @Inject
    private SessionFactory sessionFactory;

    @Configuration
    public Option[] configuration() {
        return OptionUtils.combine(District.configuration(false),
                editConfigurationFilePut("etc/org.grassroots.security.cfg", "tokenLifetimeSeconds",
                        Integer.toString(TOKEN_SECONDS)),
                editConfigurationFilePut("etc/org.grassroots.security.cfg", "idNumberSearchesPer10Minutes",
                        Integer.toString(ID_SEARCHES)),
                // the test client is the "reverse proxy": X-Forwarded-For then names simulated client addresses
                editConfigurationFilePut("etc/org.grassroots.rest.cfg", "trustedProxies", "127.0.0.1,::1"));
    }

    private record World(long district, long streetA, long branchA, long streetB, long branchB, JsonNode memberA,
                         JsonNode memberB, String idA, String idB, Map<String, Api> as) {
    }

    @Before
    public void buildWorld() {
        if (world != null) {
            return;
        }
        long district = id(api.post("/organizations", unitDraft(code("SECD"), "安全测试区", null, "DISTRICT",
                "WORKING_COMMITTEE")).expect(201).json());
        long streetA = id(fixtures.unit(code("SECA"), district, "STREET", "WORKING_COMMITTEE"));
        long branchA = id(fixtures.unit(code("SECA1"), streetA, "COMMUNITY", "BRANCH"));
        long streetB = id(fixtures.unit(code("SECB"), district, "STREET", "WORKING_COMMITTEE"));
        long branchB = id(fixtures.unit(code("SECB1"), streetB, "COMMUNITY", "BRANCH"));
        String idA = IdNumbers.next(true);
        String idB = IdNumbers.next(false);
        JsonNode memberA = fixtures.member(Json.with(memberDraft("甲党员", idA, branchA), "phone", "13911112222"));
        JsonNode memberB = fixtures.member(Json.with(memberDraft("乙党员", idB, branchB), "phone", "13933334444"));
        // the modules' endpoints answer only where the module is enabled: switch them on for this district
        for (String module : List.of("industrial", "rural", "education", "affairs", "dues", "rolemodel", "buildings", "position", "community", "membership")) {
            api.putWithoutVersion("/modules/" + module + "/enablement/" + district, Json.obj("enabled", true)).expect(200);
        }
        Map<String, Api> as = new LinkedHashMap<>();
        as.put("SYSTEM_ADMIN", account("sys", "SYSTEM_ADMIN", null, null));
        as.put("DISTRICT_ADMIN", account("district", "DISTRICT_ADMIN", null, null));
        as.put("UNIT_ADMIN", account("unit-a", "UNIT_ADMIN", streetA, null));
        as.put("SECRETARY", account("secretary-a1", "SECRETARY", branchA, null));
        as.put("MEMBER", account("member-a", "MEMBER", null, id(memberA)));
        as.put("AUDITOR", account("auditor", "AUDITOR", null, null));
        world = new World(district, streetA, branchA, streetB, branchB, memberA, memberB, idA, idB, as);
    }

    /** Creates an account with a temporary password, signs in once to replace it, returns a Basic client. */
    private Api account(String username, String role, Long organizationId, Long memberId) {
        api.post("/api/auth/accounts", Json.obj("username", username, "displayName", username + " 测试", "roles",
                Json.arr(role), "organizationId", organizationId, "memberId", memberId, "password", TEMPORARY))
                .expect(201);
        Api first = api.signIn(username, TEMPORARY);
        first.post("/api/auth/password", Json.obj("currentPassword", TEMPORARY, "newPassword", CHOSEN)).expect(204);
        return api.basic(username, CHOSEN);
    }

    // ---- authentication -------------------------------------------------------------------------------

    @Test
    public void nothingButSignInAndHealthAnswersWithoutAuthentication() {
        Api anonymous = api.anonymous();
        anonymous.get("/api/health").expect(200);
        anonymous.post("/api/auth/login", Json.obj("username", "nobody", "password", "nothing-at-all")).problem(401);
        int checked = 0;
        for (AuthorizationMatrix.Endpoint endpoint : servedEndpoints()) {
            if (endpoint.module().equals("auth") && endpoint.path().equals("/login")) {
                continue;
            }
            Response response = anonymous.send(endpoint.method(), "/api/" + endpoint.module() + concrete(endpoint.path(),
                    world.branchA(), id(world.memberA()), "nobody"), "application/json", BodyPublishers.ofString("{}"));
            JsonNode problem = response.problem(401);
            assertTrue(response.toString(), response.header("WWW-Authenticate").isPresent());
            assertNotNull(problem);
            checked++;
        }
        for (String module : modules()) {
            anonymous.get("/api/" + module + "/openapi.json").problem(401);
        }
        assertTrue("endpoints checked: " + checked, checked >= 30);
        api.anonymous().get("/api/core/organizations").problem(401);
        api.anonymous().basic("admin", "wrong-password-here").get("/api/core/organizations").problem(401);
        api.anonymous().bearer("forged.token").get("/api/core/organizations").problem(401);
    }

    @Test
    public void signInReturnsTheAccountAndSignOutRevokesTheToken() {
        Response login = api.anonymous().post("/api/auth/login",
                Json.obj("username", District.ADMIN, "password", District.ADMIN_PASSWORD)).expect(200);
        JsonNode body = login.json();
        assertFalse(body.get("mustChangePassword").asBoolean());
        assertTrue(body.get("expiresAt").asText(), body.get("expiresAt").asText().matches("\\d{4}-.*Z"));
        assertEquals("admin", body.at("/account/username").asText());
        assertTrue(body.at("/account/roles").toString(), body.at("/account/roles").toString().contains("SYSTEM_ADMIN"));
        assertTrue(body.at("/account").has("organizationId"));
        assertTrue(body.at("/account").has("memberId"));
        Api session = api.bearer(body.get("token").asText());
        assertEquals("admin", session.get("/api/auth/me").expect(200).json().get("username").asText());
        session.post("/api/auth/logout", Json.obj()).expect(204);
        session.get("/api/auth/me").problem(401);

        JsonNode unknown = api.anonymous().post("/api/auth/login", Json.obj("username", "no-such-user", "password",
                "Whatever-Password-1")).problem(401);
        JsonNode wrong = api.anonymous().post("/api/auth/login", Json.obj("username", "sys", "password",
                "Whatever-Password-1")).problem(401);
        assertEquals("the same answer for unknown users and wrong passwords", unknown.get("detail"), wrong.get("detail"));
    }

    @Test
    public void tokensExpire() {
        Api session = api.signIn(District.ADMIN, District.ADMIN_PASSWORD);
        session.get("/api/auth/me").expect(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Response last = null;
        while (System.nanoTime() < deadline) {
            last = session.get("/api/auth/me");
            if (last.status() == 401) {
                assertTrue(last.toString(), last.json().get("detail").asText().contains("expired"));
                return;
            }
            Api.sleep(250);
        }
        fail("the token did not expire: " + last);
    }

    /** A sign-in as if from {@code address} (the test client is a trusted proxy in this container). */
    private Response login(String username, String password, String address) {
        return api.anonymous().send("POST", "/api/auth/login", "application/json",
                BodyPublishers.ofString(Json.obj("username", username, "password", password).toString()),
                "X-Forwarded-For", address);
    }

    @Test
    public void repeatedFailuresDelayTheAccountAndAnswerExactlyLikeAnUnknownName() {
        String password = "Lock-Test-Passw0rd";
        String from = "198.51.100.10";
        api.post("/api/auth/accounts", Json.obj("username", "locky", "displayName", "锁定测试", "roles",
                Json.arr("SECRETARY"), "organizationId", world.branchA(), "password", password)).expect(201);
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("locky", "Wrong-Password-99", from).problem(401);
        }
        // after the 5th failure each further failure doubles the wait: 1 s, 2 s, 4 s, then 8 s
        Api.sleep(1200);
        login("locky", "Wrong-Password-99", from).problem(401);
        Api.sleep(2200);
        login("locky", "Wrong-Password-99", from).problem(401);
        Api.sleep(4200);
        login("locky", "Wrong-Password-99", from).problem(401);
        // inside the delay even the right password answers exactly like a wrong one, and like an unknown name
        JsonNode delayed = login("locky", password, from).problem(401);
        JsonNode unknown = login("nobody-at-all", "Wrong-Password-99", from).problem(401);
        assertEquals(unknown, delayed);
        api.anonymous().basic("locky", password).get("/api/auth/me").problem(401);
        JsonNode details = api.get("/api/auth/accounts/locky").expect(200).json();
        assertTrue(details.toString(), details.get("locked").asBoolean());
        assertEquals(details.toString(), 8, details.get("failedLogins").asInt());
        // a delay, not a switch: once it has passed the right password gets in (an administrator can end it earlier)
        Api.sleep(8200);
        JsonNode signedIn = login("locky", password, from).expect(200).json();
        assertTrue("an administrator's password is temporary", signedIn.get("mustChangePassword").asBoolean());
        assertFalse(api.get("/api/auth/accounts/locky").expect(200).json().get("locked").asBoolean());
        for (int attempt = 1; attempt <= 5; attempt++) {
            login("locky", "Wrong-Password-99", from).problem(401);
        }
        api.post("/api/auth/accounts/locky/unlock", Json.obj()).expect(200);
        login("locky", password, from).expect(200);
    }

    @Test
    public void parallelGuessesAreAllCountedAndAnsweredAlike() throws Exception {
        api.post("/api/auth/accounts", Json.obj("username", "racer", "displayName", "并发猜测", "roles",
                Json.arr("SECRETARY"), "organizationId", world.branchA(), "password", "Race-Test-Passw0rd")).expect(201);
        List<Response> answers = Concurrently.run(12, n -> login("racer", "Wrong-Password-" + n, "198.51.100.20"));
        assertEquals(Concurrently.describe(answers, 401), 12, Concurrently.count(answers, 401));
        JsonNode details = api.get("/api/auth/accounts/racer").expect(200).json();
        assertTrue(details.toString(), details.get("locked").asBoolean());
        // every guess that was checked was counted: no lost update, no conflict answer
        assertTrue(details.toString(), details.get("failedLogins").asInt() >= 5);
    }

    @Test
    public void oneAddressIsThrottledWithoutLockingOthersOutAndTheAuditNamesTheClientBehindTheProxy() {
        String attacker = "203.0.113.66";
        int attempts = 0;
        Response answer;
        // the 20th failure from one address starts a delay (1 s, doubling per failure after it): guess until held back
        do {
            answer = login("guess-" + attempts, "Wrong-Password-99", attacker);
            attempts++;
        } while (answer.status() == 401 && attempts < 30);
        assertTrue("held back after " + attempts + " attempts: " + answer, attempts > 20 && answer.status() == 429);
        Response throttled = login("sys", CHOSEN, attacker);
        throttled.problem(429);
        assertTrue(throttled.toString(), throttled.header("Retry-After").isPresent());
        // the real user, from their own address, is not affected
        login("sys", CHOSEN, "203.0.113.67").expect(200);
        JsonNode lines = api.get("/audit?actor=sys&size=50").expect(200).json();
        boolean fromClient = false;
        for (JsonNode line : lines.get("items")) {
            fromClient |= line.get("action").asText().equals("LOGIN") && "203.0.113.67".equals(line.path("address").asText());
        }
        assertTrue(lines.toString(), fromClient);
    }

    @Test
    public void changingOnesOwnPasswordEndsTheOlderSessions() {
        account("changer", "SECRETARY", world.branchA(), null);
        Api session = api.signIn("changer", CHOSEN);
        Api.sleep(1100); // tokens carry their issue time in seconds
        session.post("/api/auth/password", Json.obj("currentPassword", CHOSEN, "newPassword", "Another-Passw0rd-77"))
                .expect(204);
        session.get("/api/auth/me").problem(401);
        api.signIn("changer", "Another-Passw0rd-77").get("/api/auth/me").expect(200);
    }

    @Test
    public void administratorsGrantOnlyRolesUpToTheirOwnWithinTheirSubtree() {
        Api unitAdmin = world.as().get("UNIT_ADMIN");
        assertEquals("[\"MEMBER\",\"SECRETARY\",\"UNIT_ADMIN\"]", sortedRoles(unitAdmin.get("/api/auth/accounts/grantable-roles")
                .expect(200).json()));
        // a street administrator opens an account for a branch secretary of the street, not a district administrator
        unitAdmin.post("/api/auth/accounts", Json.obj("username", "street-made", "displayName", "街道开设", "roles",
                Json.arr("DISTRICT_ADMIN"), "organizationId", world.branchA(), "password", TEMPORARY)).problem(403);
        unitAdmin.post("/api/auth/accounts", Json.obj("username", "street-made", "displayName", "街道开设", "roles",
                Json.arr("SECRETARY"), "organizationId", world.branchB(), "password", TEMPORARY)).problem(422);
        assertEquals(404, api.get("/api/auth/accounts/street-made").status());
        unitAdmin.post("/api/auth/accounts", Json.obj("username", "street-made", "displayName", "街道开设", "roles",
                Json.arr("SECRETARY"), "organizationId", world.branchA(), "password", TEMPORARY)).expect(201);
        // the auditor's account holds a role the street administrator cannot grant: it is left alone
        unitAdmin.post("/api/auth/accounts/auditor/lock", Json.obj()).problem(404);
        // locking ends the account's sessions and refuses its sign-in until it is unlocked
        Api session = api.signIn("street-made", TEMPORARY);
        unitAdmin.post("/api/auth/accounts/street-made/lock", Json.obj()).expect(200);
        session.get("/api/auth/me").problem(401);
        assertEquals(401, api.anonymous().post("/api/auth/login", Json.obj("username", "street-made", "password", TEMPORARY)).status());
        unitAdmin.post("/api/auth/accounts/street-made/unlock", Json.obj()).expect(200);
        Api again = api.signIn("street-made", TEMPORARY);
        unitAdmin.post("/api/auth/accounts/street-made/end-sessions", Json.obj()).expect(200);
        again.get("/api/auth/me").problem(401);
        unitAdmin.deleteWithoutVersion("/api/auth/accounts/street-made").expect(204);
    }

    private static String sortedRoles(JsonNode roles) {
        java.util.List<String> names = new java.util.ArrayList<>();
        roles.forEach(r -> names.add(r.asText()));
        java.util.Collections.sort(names);
        return Json.arr(names.toArray()).toString();
    }

    @Test
    public void aDisplayTokenShowsItsUnitsScreenAndNothingElseUntilRevoked() {
        Api unitAdmin = world.as().get("UNIT_ADMIN");
        unitAdmin.post("/display-tokens", Json.obj("unitId", world.streetB(), "label", "别的街道")).problem(422);
        unitAdmin.post("/display-tokens", Json.obj("unitId", world.streetA(), "label", " ")).problem(422);
        JsonNode made = unitAdmin.post("/display-tokens", Json.obj("unitId", world.streetA(), "label", "指挥中心大屏"))
                .expect(200).json();
        String secret = made.get("secret").asText();
        String id = made.get("token").get("id").asText();
        assertFalse("the secret is not stored or listed", unitAdmin.get("/display-tokens").expect(200).json().toString().contains(secret));
        Api screen = api.display(secret);
        JsonNode figures = screen.get("/api/core/screen").expect(200).json();
        assertEquals(world.streetA(), figures.get("unit").get("id").asLong());
        assertTrue(figures.get("members").asLong() > 0);
        // the token reads nothing else: no role, so every endpoint behind a permission refuses it
        screen.get("/api/core/members?size=1").problem(403);
        screen.get("/api/core/organizations/" + world.streetA()).problem(403);
        screen.get("/api/core/screen?unit=" + world.branchB()).expect(200);
        assertEquals(world.streetA(), screen.get("/api/core/screen?unit=" + world.branchB()).json().get("unit").get("id").asLong());
        unitAdmin.deleteWithoutVersion("/display-tokens/" + id).expect(200);
        screen.get("/api/core/screen").problem(401);
    }

    @Test
    public void nobodyGrantsThemselvesARoleThatSeesPersonalData() {
        Api sys = world.as().get("SYSTEM_ADMIN");
        sys.putWithoutVersion("/api/auth/accounts/sys", Json.obj("displayName", "sys 测试", "roles",
                Json.arr("SYSTEM_ADMIN", "DISTRICT_ADMIN"))).problem(403);
        assertEquals("[\"SYSTEM_ADMIN\"]", sys.get("/api/auth/accounts/sys").expect(200).json().get("roles").toString());
        // another administrator may grant it, and the grant stands out in the audit trail
        sys.post("/api/auth/accounts", Json.obj("username", "granted-da", "displayName", "授权测试", "roles",
                Json.arr("DISTRICT_ADMIN"), "password", TEMPORARY)).expect(201);
        JsonNode lines = api.get("/audit?actor=sys&size=50").expect(200).json();
        boolean alerted = false;
        for (JsonNode line : lines.get("items")) {
            alerted |= line.get("action").asText().equals("GRANT_PERSONAL_DATA_ROLE");
        }
        assertTrue(lines.toString(), alerted);
    }

    @Test
    public void unitAdministratorsEnableModulesInTheirSubtreeOnlyAndTheConsoleSaysSo() {
        Api unitAdmin = world.as().get("UNIT_ADMIN");
        unitAdmin.putWithoutVersion("/modules/industrial/enablement/" + world.branchA(), Json.obj("enabled", true))
                .expect(200);
        unitAdmin.deleteWithoutVersion("/modules/industrial/enablement/" + world.branchA()).expect(204);
        unitAdmin.putWithoutVersion("/modules/industrial/enablement/" + world.branchB(), Json.obj("enabled", true))
                .problem(404);
        unitAdmin.post("/modules/no-such-module/install", Json.obj()).problem(403);
        world.as().get("SECRETARY").putWithoutVersion("/modules/industrial/enablement/" + world.branchA(),
                Json.obj("enabled", true)).problem(403);
        String texts = api.anonymous().get(api.root() + "/assets/i18n.js").expect(200).text();
        assertTrue(texts.contains("Only a system administrator can install or uninstall modules; district and unit "
                + "administrators can switch a module on or off for units in their own scope."));
    }

    @Test
    public void aOneTimePasswordMustBeChangedFirst() {
        api.post("/api/auth/accounts", Json.obj("username", "newbie", "displayName", "新账号", "roles",
                Json.arr("SECRETARY"), "organizationId", world.branchA(), "password", TEMPORARY)).expect(201);
        String oneTime = api.post("/api/auth/accounts/newbie/reset-password", Json.obj()).expect(200).json()
                .get("temporaryPassword").asText();
        Api session = api.signIn("newbie", oneTime);
        session.get("/api/core/organizations/roots").problem(403);
        session.get("/api/auth/me").expect(200);
        JsonNode tooShort = session.post("/api/auth/password", Json.obj("currentPassword", oneTime, "newPassword",
                "short")).expectInvalid("newPassword");
        assertTrue(tooShort.toString(), tooShort.toString().contains("min-length"));
        session.post("/api/auth/password", Json.obj("currentPassword", oneTime, "newPassword", "newbie-Password-1"))
                .expectInvalid("newPassword");
        Api.sleep(1100); // tokens carry their issue time in seconds
        session.post("/api/auth/password", Json.obj("currentPassword", oneTime, "newPassword", "Changed-Passw0rd"))
                .expect(204);
        // the change ends the sessions opened before (issue 14, point 8): the one-time session does not become a
        // full one; signing in with the chosen password does (the console does exactly that)
        session.get("/api/core/organizations/roots").problem(401);
        api.signIn("newbie", "Changed-Passw0rd").get("/api/core/organizations/roots").expect(200);
    }

    // ---- the authorization matrix ---------------------------------------------------------------------

    /**
     * The platform's matrix, checked with the same kit module authors use for their own endpoints
     * (grassroots-testkit, docs/plugin-guide.md "Testing authorization"): coverage against every module's
     * openapi.json, then every role in and out of scope.
     */
    @Test
    public void everyEndpointIsInTheMatrixAndAnswersEveryRoleAsItSays() throws IOException {
        AuthorizationMatrix matrix = matrix();
        List<String> coverage = matrix.coverageProblems(servedEndpoints());
        assertTrue("authorization-matrix.txt: " + coverage, coverage.isEmpty());
        List<String> failures = matrix.failures(ROLES, (rule, role, inScope) -> {
            Response response = call(rule.endpoint(), role, inScope);
            return new AuthorizationMatrix.Answer(response.status(), response.toString());
        });
        assertTrue(failures.size() + " matrix failures:\n" + String.join("\n", failures), failures.isEmpty());
    }

    /**
     * The kit's module check, as a module author runs it: accounts per role in a new subtree, the module's
     * permissions read from its descriptor, 401 without credentials, 403 without the permission.
     */
    @Test
    public void aModuleAuthorChecksTheirEndpointsWithTheTestKit() {
        ModuleAuthorizationCheck.forModule(java.net.URI.create(api.root()), District.ADMIN, District.ADMIN_PASSWORD,
                        "industrial")
                .allowUncheckedEndpoints()
                .endpoint("GET /requests", "industrial.read", false)
                .endpoint("GET /categories", "industrial.read", false)
                .endpoint("POST /categories", "industrial.settings", false)
                .endpoint("POST /communities", "industrial.admin", false)
                .run();
    }

    /**
     * Calls an endpoint as a role, naming a unit or member in the caller's scope (or outside it). Writes carry a
     * stale version or an incomplete body, so an allowed call fails after the permission and scope checks
     * (409/422) and changes nothing.
     */
    private Response call(AuthorizationMatrix.Endpoint endpoint, String role, boolean inScope) {
        Api client = world.as().get(role);
        long unit = inScope ? scopeUnit(role) : world.branchB();
        long member = inScope ? id(world.memberA()) : id(world.memberB());
        String path = "/api/" + endpoint.module() + concrete(endpoint.path(), unit, member, "no-such-account");
        String body = "{}";
        switch (endpoint.method() + " " + endpoint.path()) {
            case "POST /organizations" -> body = unitDraft(code("MX"), "矩阵测试", unit, "COMMUNITY", "BRANCH").toString();
            case "PUT /organizations/{id}" -> body = unitDraft(code("MX"), "矩阵测试", null, "COMMUNITY", "BRANCH").toString();
            case "POST /organizations/{id}/move" -> body = Json.obj("parentId", world.district()).toString();
            case "POST /members/{id}/transfer" -> body = Json.obj("toOrganizationId", world.branchA(), "version", 999999).toString();
            case "POST /imports" -> path += "?kind=MEMBERS&format=CSV&wait=true";
            case "GET /imports/template" -> path += "?kind=MEMBERS&format=CSV";
            case "GET /exports" -> path += "?kind=MEMBERS&format=CSV&subtreeOf=" + unit;
            case "GET /annual-stats/tables", "GET /annual-stats/tables/xlsx" -> path += "?year=2024&unit=" + unit;
            // the level above decides: in scope, a report of a unit below the caller's own (branch A under street A)
            case "POST /annual-stats/reports/{unitId}/{year}/accept", "POST /annual-stats/reports/{unitId}/{year}/return" ->
                    path = path.replace("/reports/" + unit + "/", "/reports/" + (inScope ? world.branchA() : unit) + "/");
            default -> { }
        }
        // rolemodel's lists name their unit by ?unit=: answered in the caller's subtree, 404 outside it
        if (endpoint.module().equals("rolemodel") && endpoint.method().equals("GET") && !endpoint.path().contains("{")) {
            path += "?unit=" + unit;
        }
        String contentType = path.contains("/imports?") || path.endsWith(".csv") ? "text/csv" : "application/json";
        return client.send(endpoint.method(), path, contentType,
                endpoint.method().equals("GET") ? BodyPublishers.noBody() : BodyPublishers.ofString(body),
                "If-Match", Api.etag(999999));
    }

    private long scopeUnit(String role) {
        return switch (role) {
            case "UNIT_ADMIN" -> world.streetA();
            default -> world.branchA();
        };
    }

    private static String concrete(String path, long unit, long member, String username) {
        return path.replace("/organizations/{id}", "/organizations/" + unit)
                .replace("/members/{id}", "/members/" + member)
                .replace("{username}", username)
                .replace("{jobId}", "00000000-0000-0000-0000-000000000000")
                // never install or remove a real module from the matrix: an unknown one answers 404 when allowed
                .replaceAll("^/modules/\\{id}/(install|uninstall|upgrade|cleanup)$", "/modules/no-such-module/$1")
                .replace("/modules/{id}", "/modules/industrial")
                .replace("{unitId}", Long.toString(unit))
                .replace("{village}", Long.toString(unit))
                .replace("{year}", "2024")
                .replace("{period}", "2024-03")
                .replace("{memberId}", Long.toString(member))
                .replace("{communityId}", Long.toString(unit))
                .replace("{enterpriseId}", Long.toString(unit))
                .replace("{id}", "999999")
                // any other name (a module's {category}, {code}, {source}): a value that names nothing
                .replaceAll("\\{[A-Za-z]+}", "nothing");
    }

    private AuthorizationMatrix matrix() throws IOException {
        try (Reader reader = new InputStreamReader(SecurityIT.class.getResourceAsStream("/authorization-matrix.txt"), UTF_8)) {
            return AuthorizationMatrix.parse(reader);
        }
    }

    /**
     * Every module served right now: the module of each registered JAX-RS resource (@ModuleResource's
     * grassroots.module.resource, or the osgi.jaxrs.resource + grassroots.module pair of older modules).
     */
    private Set<String> modules() {
        Set<String> modules = new TreeSet<>();
        try {
            ServiceReference<?>[] refs = bundleContext.getAllServiceReferences(null,
                    "(|(grassroots.module.resource=*)(&(osgi.jaxrs.resource=true)(grassroots.module=*)))");
            for (ServiceReference<?> ref : refs) {
                Object module = ref.getProperty("grassroots.module.resource");
                modules.add(String.valueOf(module != null ? module : ref.getProperty("grassroots.module")));
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return modules;
    }

    private List<AuthorizationMatrix.Endpoint> servedEndpoints() {
        List<AuthorizationMatrix.Endpoint> endpoints = new ArrayList<>();
        for (String module : modules()) {
            JsonNode paths = api.get("/api/" + module + "/openapi.json").expect(200).json().get("paths");
            for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
                String path = it.next();
                paths.get(path).fieldNames().forEachRemaining(method ->
                        endpoints.add(new AuthorizationMatrix.Endpoint(module, method.toUpperCase(java.util.Locale.ROOT), path)));
            }
        }
        return endpoints;
    }

    // ---- scope and personal data ----------------------------------------------------------------------

    @Test
    public void searchesAreFilteredToTheCallersSubtree() {
        Api unitAdmin = world.as().get("UNIT_ADMIN");
        JsonNode members = unitAdmin.get("/members?size=500").expect(200).json();
        Set<Long> ids = new TreeSet<>();
        members.get("items").forEach(m -> ids.add(id(m)));
        assertTrue(ids.toString(), ids.contains(id(world.memberA())));
        assertFalse(ids.toString(), ids.contains(id(world.memberB())));
        JsonNode units = unitAdmin.get("/organizations?size=500").expect(200).json();
        units.get("items").forEach(u -> assertTrue(u.toString(), u.get("path").asText().contains("/" + world.streetA() + "/")));
        JsonNode roots = unitAdmin.get("/organizations/roots").expect(200).json();
        assertEquals(1, roots.size());
        assertEquals(world.streetA(), id(roots.get(0)));
        unitAdmin.get("/members?idNumber=" + world.idB()).expect(200).json().get("total").asLong();
        assertEquals(0, unitAdmin.get("/members?idNumber=" + world.idB()).expect(200).json().get("total").asLong());
        assertEquals(1, world.as().get("MEMBER").get("/members").expect(200).json().get("total").asLong());
        unitAdmin.get("/members?subtreeOf=" + world.streetB()).problem(404);
        // a unit outside the scope is refused as a parent or transfer target exactly like one that does not exist
        unitAdmin.post("/organizations", unitDraft(code("OUT"), "越权", world.streetB(), "COMMUNITY", "BRANCH"))
                .expectInvalid("parentId");
        unitAdmin.post("/organizations", unitDraft(code("OUT"), "越权", null, "STREET", "WORKING_COMMITTEE"))
                .expectInvalid("parentId");
    }

    @Test
    public void personalDataIsMaskedForThoseNotEntitledInEveryOutput() throws Exception {
        String fullId = world.idA();
        long memberA = id(world.memberA());
        // entitled: secretary in scope, the member themself, the district administrator
        assertEquals(fullId, world.as().get("SECRETARY").get("/members/" + memberA).expect(200).json().get("idNumber").asText());
        assertEquals(fullId, world.as().get("MEMBER").get("/members/" + memberA).expect(200).json().get("idNumber").asText());
        assertEquals("13911112222", world.as().get("DISTRICT_ADMIN").get("/members/" + memberA).expect(200).json()
                .get("phone").asText());
        // masked: the auditor, in REST, in both export formats
        Api auditor = world.as().get("AUDITOR");
        JsonNode masked = auditor.get("/members/" + memberA).expect(200).json();
        assertEquals(masked(fullId), masked.get("idNumber").asText());
        assertEquals("139****2222", masked.get("phone").asText());
        String listed = auditor.get("/members?subtreeOf=" + world.district()).expect(200).text();
        assertFalse(listed, listed.contains(fullId) || listed.contains("13911112222") || listed.contains(world.idB()));
        // lists mask for everyone, even for those entitled to open the record in full
        String adminList = world.as().get("DISTRICT_ADMIN").get("/members?idNumber=" + fullId).expect(200).text();
        assertTrue(adminList, adminList.contains(masked(fullId)));
        assertFalse(adminList, adminList.contains(fullId) || adminList.contains("13911112222"));
        String csv = auditor.get("/exports?kind=MEMBERS&format=CSV&subtreeOf=" + world.district()).expect(200).text();
        assertTrue(csv, csv.contains("甲党员") && csv.contains(masked(fullId)));
        assertFalse(csv, csv.contains(fullId) || csv.contains("13911112222"));
        String xlsx = unzippedText(auditor.get("/exports?kind=MEMBERS&format=XLSX&subtreeOf=" + world.district())
                .expect(200).bytes());
        // fastexcel may write non-ASCII text as character references; the masked number is ASCII either way
        assertTrue(xlsx.length() > 0 && xlsx.contains(masked(fullId)));
        assertFalse(xlsx.contains(fullId) || xlsx.contains("13911112222"));
        String entitledCsv = world.as().get("SECRETARY").get("/exports?kind=MEMBERS&format=CSV&subtreeOf=" + world.branchA())
                .expect(200).text();
        assertTrue(entitledCsv, entitledCsv.contains(fullId));
        // the shell shows masked numbers
        String shell = shell("grassroots:member-search --name 甲党员");
        assertTrue(shell, shell.contains("甲党员"));
        assertFalse(shell, shell.contains(fullId));
        // reading unmasked values is itself audited
        JsonNode reads = api.get("/audit?entityType=member&actor=secretary-a1&size=50").expect(200).json();
        boolean audited = false;
        for (JsonNode entry : reads.get("items")) {
            audited |= entry.get("action").asText().equals("READ_PERSONAL");
        }
        assertTrue(reads.toString(), audited);
        // the ID number is stored encrypted: still searchable by equality, still unique
        assertEquals(1, api.get("/members?idNumber=" + fullId).expect(200).json().get("total").asLong());
        api.post("/members", memberDraft("重复号码", fullId, world.branchB())).expectInvalid("idNumber");
    }

    /** An ID number as masked views show it: the province and the last two characters. */
    private static String masked(String idNumber) {
        return idNumber.substring(0, 2) + "*".repeat(14) + idNumber.substring(16);
    }

    private static boolean absent(JsonNode value) {
        return value.isMissingNode() || value.isNull();
    }

    @Test
    public void maskedViewsCannotRebuildAnIdNumberAndSearchesByNumberAreScopedAuditedAndLimited() {
        String fullId = world.idA();
        long memberA = id(world.memberA());
        JsonNode audited = world.as().get("AUDITOR").get("/members/" + memberA).expect(200).json();
        assertEquals(masked(fullId), audited.get("idNumber").asText());
        assertTrue("the birth date would give away 8 of the hidden digits: " + audited, absent(audited.path("birthDate")));
        Api district = world.as().get("DISTRICT_ADMIN");
        JsonNode listed = district.get("/members?idNumber=" + fullId).expect(200).json().get("items").get(0);
        assertEquals(masked(fullId), listed.get("idNumber").asText());
        assertTrue(listed.toString(), absent(listed.path("birthDate")));
        // the entitled still see the birth date on the record itself
        assertEquals(world.memberA().get("birthDate").asText(),
                world.as().get("SECRETARY").get("/members/" + memberA).expect(200).json().get("birthDate").asText());
        // limited to the caller's scope
        assertEquals(0, world.as().get("SECRETARY").get("/members?idNumber=" + world.idB()).expect(200).json()
                .get("total").asLong());
        // audited, as a personal-data read
        JsonNode lines = api.get("/audit?actor=district&entityType=member&size=50").expect(200).json();
        boolean searched = false;
        for (JsonNode line : lines.get("items")) {
            searched |= line.get("action").asText().equals("SEARCH_ID_NUMBER");
        }
        assertTrue(lines.toString(), searched);
        // rate-limited per account
        Api searcher = account("searcher", "SECRETARY", world.branchA(), null);
        for (int i = 0; i < ID_SEARCHES; i++) {
            searcher.get("/members?idNumber=" + IdNumbers.next(i % 2 == 0)).expect(200);
        }
        Response limited = searcher.get("/members?idNumber=" + IdNumbers.next(true));
        limited.problem(429);
        assertTrue(limited.toString(), limited.header("Retry-After").isPresent());
        searcher.get("/members?name=甲党员").expect(200); // other searches go on
    }

    @Test
    public void aDuplicateIdNumberOutsideTheScopeIsReportedWithoutTheRecordAndAudited() {
        Api secretary = world.as().get("SECRETARY");
        JsonNode refused = secretary.post("/members", memberDraft("越权重复", world.idB(), world.branchA()))
                .expectInvalid("idNumber");
        // the same answer as for a duplicate in scope: no name, unit or record id of the other member
        assertEquals(refused.toString(), "idNumber: another member already has this ID number",
                refused.path("detail").asText());
        assertFalse(refused.toString(), refused.toString().contains("乙党员"));
        JsonNode lines = api.get("/audit?actor=secretary-a1&entityType=member&size=50").expect(200).json();
        boolean audited = false;
        for (JsonNode line : lines.get("items")) {
            audited |= line.get("action").asText().equals("DUPLICATE_ID_OUTSIDE_SCOPE")
                    && line.path("entityId").asLong() == id(world.memberB());
        }
        assertTrue(lines.toString(), audited);
    }

    /** The text of every entry of a zip (an XLSX). ZipFile, not ZipInputStream: streamed entries carry descriptors. */
    private static String unzippedText(byte[] zip) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, zip);
            StringBuilder text = new StringBuilder();
            try (java.util.zip.ZipFile archive = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                    text.append(new String(archive.getInputStream(entry).readAllBytes(), UTF_8));
                }
            }
            return text.toString();
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private String shell(String command) throws Exception {
        return KarafShell.run(sessionFactory, command);
    }

    // ---- the audit trail ------------------------------------------------------------------------------

    @Test
    public void everyWriteIsAuditedWithWhoWhereAndTheChangedFields() {
        Api secretary = world.as().get("SECRETARY");
        JsonNode member = fixtures.member("审计对象", world.branchA());
        ObjectNode change = Json.with(memberDraft("审计对象", member.get("idNumber").asText(), world.branchA()),
                "post", "宣传委员", "phone", "13955556666");
        secretary.put("/members/" + id(member), change, member.get("version").asLong()).expect(200);
        JsonNode entries = api.get("/audit?entityType=member&entityId=" + id(member) + "&actor=secretary-a1").expect(200)
                .json();
        JsonNode update = null;
        for (JsonNode entry : entries.get("items")) {
            if (entry.get("action").asText().equals("UPDATE")) {
                update = entry;
            }
        }
        assertNotNull(entries.toString(), update);
        assertEquals("127.0.0.1", update.get("address").asText());
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        update.get("changes").forEach(c -> changes.put(c.get("field").asText(), c));
        assertEquals(update.toString(), "党员", changes.get("post").get("before").asText());
        assertEquals(update.toString(), "宣传委员", changes.get("post").get("after").asText());
        assertEquals("personal data is never in clear in the audit trail", "(personal data)",
                changes.get("phone").get("after").asText());
        assertFalse(update.toString(), update.toString().contains("13955556666"));

        String csv = api.get("/audit/export?entityType=member&entityId=" + id(member)).expect(200).text();
        assertTrue(csv, csv.contains("secretary-a1") && csv.contains("UPDATE") && csv.contains("post: 党员 -> 宣传委员"));
        // append-only: no endpoint changes or removes an entry
        api.send("DELETE", "/audit", null, BodyPublishers.noBody()).problem(405);
        api.send("PUT", "/audit", "application/json", BodyPublishers.ofString("{}")).problem(405);
        // a unit-scoped administrator cannot read the platform-wide trail; the auditor can
        world.as().get("UNIT_ADMIN").get("/audit").problem(403);
        world.as().get("AUDITOR").get("/audit?size=1").expect(200);
    }

    /**
     * The audit API joins the caller's JTA transaction: rolled back with the work it describes, committed with it.
     * This is the guarantee modules rely on when they write their changes and audit lines together.
     */
    @Test
    public void auditLinesCommitAndRollBackWithTheirTransaction() throws Exception {
        // called reflectively: the probe then imports no platform package, like the other tests' probes
        Object audit = service("org.grassroots.core.api.audit.AuditLog");
        Object transactions = service("javax.transaction.TransactionManager");
        long entity = System.nanoTime() % 1_000_000_000L;
        String entries = "/audit?entityType=itest.atomicity&entityId=" + entity;

        call(transactions, "javax.transaction.TransactionManager", "begin");
        call(audit, "org.grassroots.core.api.audit.AuditLog", "record", "ITEST", "itest.atomicity", entity, "rolled back",
                List.of());
        call(transactions, "javax.transaction.TransactionManager", "rollback");
        assertEquals(0, api.get(entries).expect(200).json().get("total").asLong());

        call(transactions, "javax.transaction.TransactionManager", "begin");
        call(audit, "org.grassroots.core.api.audit.AuditLog", "record", "ITEST", "itest.atomicity", entity, "committed",
                List.of());
        call(transactions, "javax.transaction.TransactionManager", "commit");
        assertEquals(1, api.get(entries).expect(200).json().get("total").asLong());

        // a REST write that fails stores neither the change nor an audit line
        long before = api.get("/audit?entityType=organization&size=1").expect(200).json().get("total").asLong();
        api.post("/organizations", unitDraft(code("AT"), "原子性", world.district(), "COMMUNITY", "NO_SUCH_TYPE"))
                .expect(422);
        JsonNode unit = fixtures.unit(code("AT"), world.district(), "COMMUNITY", "BRANCH");
        api.put("/organizations/" + id(unit), unitDraft(unit.get("code").asText(), "改名", world.district(), "COMMUNITY",
                "BRANCH"), 999999).expect(409);
        long after = api.get("/audit?entityType=organization&size=1").expect(200).json().get("total").asLong();
        assertEquals("only the successful create is audited", before + 1, after);
    }

    private Object service(String type) {
        ServiceReference<?> ref = bundleContext.getServiceReference(type);
        assertNotNull("no " + type + " service", ref);
        return bundleContext.getService(ref);
    }

    /** Invokes {@code method} of the interface {@code type} that {@code target} implements. */
    private static Object call(Object target, String type, String method, Object... arguments) throws Exception {
        java.util.Deque<Class<?>> pending = new java.util.ArrayDeque<>();
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            pending.addAll(List.of(c.getInterfaces()));
        }
        while (!pending.isEmpty()) {
            Class<?> implemented = pending.poll();
            if (implemented.getName().equals(type)) {
                for (java.lang.reflect.Method m : implemented.getMethods()) {
                    if (m.getName().equals(method) && m.getParameterCount() == arguments.length) {
                        return m.invoke(target, arguments);
                    }
                }
            }
            pending.addAll(List.of(implemented.getInterfaces()));
        }
        throw new AssertionError(target.getClass() + " has no " + type + "." + method);
    }

    // ---- hardening ------------------------------------------------------------------------------------

    @Test
    public void answersCarrySecurityHeadersAndNoServerVersion() {
        for (Response response : List.of(api.anonymous().get("/api/health"), api.get("/api/core/organizations/roots"),
                api.anonymous().get("/api/core/organizations"))) {
            assertEquals(response.toString(), "nosniff", response.header("X-Content-Type-Options").orElse(""));
            assertEquals(response.toString(), "DENY", response.header("X-Frame-Options").orElse(""));
            assertTrue(response.toString(), response.header("Content-Security-Policy").orElse("").startsWith("default-src 'self'"));
            assertEquals(response.toString(), "no-referrer", response.header("Referrer-Policy").orElse(""));
            assertFalse(response.toString(), response.header("Server").orElse("").matches(".*\\d.*"));
        }
    }
}
