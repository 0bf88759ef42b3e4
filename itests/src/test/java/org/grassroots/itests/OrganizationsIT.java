package org.grassroots.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.grassroots.itests.support.Fixtures.unitDraft;
import static org.grassroots.itests.support.Fixtures.version;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.grassroots.itests.support.KarafShell;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Api.Response;
import org.grassroots.itests.support.Concurrently;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.Fixtures;
import org.grassroots.itests.support.IdNumbers;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Json;
import org.grassroots.itests.support.KarafLog;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /api/core/organizations}: the unit tree over HTTP, against the real distribution (demo data off). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OrganizationsIT extends DistrictTestSupport {

    @Inject
    private SessionFactory sessionFactory;

    @Configuration
    public Option[] configuration() {
        return District.configuration(false);
    }

    @Test
    public void createReadUpdateAndSearch() {
        JsonNode root = fixtures.root("ORG");
        String code = code("CRUD");
        Response created = api.post("/organizations",
                Json.with(unitDraft(code, "燕山街道第一社区", id(root), "COMMUNITY", "BRANCH"), "divisionCode", "370102001001"))
                .expect(201);
        JsonNode unit = created.json();
        long id = id(unit);
        assertTrue(created.toString(), created.header("Location").orElse("").endsWith("/api/core/organizations/" + id));
        assertEquals(created.toString(), version(unit), created.etagVersion());
        assertEquals(code, unit.get("code").asText());
        assertEquals("燕山街道第一社区", unit.get("name").asText());
        assertEquals(id(root), unit.get("parentId").asLong());
        assertEquals(root.get("path").asText() + id + "/", unit.get("path").asText());
        assertEquals(root.get("depth").asInt() + 1, unit.get("depth").asInt());
        assertEquals("COMMUNITY", unit.get("unitType").asText());
        assertEquals("BRANCH", unit.get("partyOrgType").asText());
        assertEquals("2001-07-01", unit.get("foundedOn").asText());
        assertEquals("370102001001", unit.get("divisionCode").asText());

        Response read = api.get("/organizations/" + id).expect(200);
        assertEquals(read.toString(), Api.etag(version(unit)), read.header("ETag").orElse(""));
        assertEquals(unit, read.json());

        ObjectNode change = Json.with(unitDraft(code, "燕山街道第一社区（更名）", id(root), "COMMUNITY", "GENERAL_BRANCH"),
                "domain", "RURAL");
        Response updated = api.put("/organizations/" + id, change, version(unit)).expect(200);
        assertEquals("燕山街道第一社区（更名）", updated.json().get("name").asText());
        assertEquals("GENERAL_BRANCH", updated.json().get("partyOrgType").asText());
        assertEquals("RURAL", updated.json().get("domain").asText());
        assertTrue(updated.toString(), version(updated.json()) > version(unit));
        assertEquals(version(updated.json()), updated.etagVersion());
        assertEquals(updated.json(), api.get("/organizations/" + id).expect(200).json());

        // search: by name, by type, by status, with paging
        Response byName = api.get("/organizations?name=" + enc("（更名）")).expect(200);
        assertEquals(byName.toString(), 1, byName.json().get("total").asLong());
        assertEquals(id, id(byName.json().get("items").get(0)));
        Response byType = api.get("/organizations?subtreeOf=" + id(root) + "&partyOrgType=GENERAL_BRANCH&domain=RURAL")
                .expect(200);
        assertEquals(byType.toString(), List.of(code), codes(byType.json().get("items")));
        assertEquals(0, api.get("/organizations?subtreeOf=" + id(root) + "&status=DISSOLVED").expect(200)
                .json().get("total").asLong());
        assertTrue(codes(api.get("/organizations/roots").expect(200).json()).contains(root.get("code").asText()));
    }

    @Test
    public void subtreeQueriesReturnTheSubtreeOnly() {
        JsonNode a = fixtures.root("A");
        JsonNode a1 = fixtures.unit(code("A1"), id(a), "COMMUNITY", "GENERAL_BRANCH");
        JsonNode a2 = fixtures.unit(code("A2"), id(a), "VILLAGE", "BRANCH");
        JsonNode a1a = fixtures.unit(code("A1A"), id(a1), "GRID", "BRANCH");
        JsonNode b = fixtures.root("B");
        JsonNode b1 = fixtures.unit(code("B1"), id(b), "COMMUNITY", "BRANCH");

        Response subtree = api.get("/organizations?subtreeOf=" + id(a) + "&size=50").expect(200);
        assertEquals(subtree.toString(), 4, subtree.json().get("total").asLong());
        List<String> codes = codes(subtree.json().get("items"));
        assertEquals(subtree.toString(), List.of(a, a1, a1a, a2).stream().map(u -> u.get("code").asText()).sorted().toList(),
                codes.stream().sorted().toList());
        assertFalse(codes.contains(b.get("code").asText()));
        assertFalse(codes.contains(b1.get("code").asText()));
        // default order is the tree (path) order: a parent comes before its children
        assertTrue(subtree.toString(), codes.indexOf(a.get("code").asText()) < codes.indexOf(a1.get("code").asText()));
        assertTrue(subtree.toString(), codes.indexOf(a1.get("code").asText()) < codes.indexOf(a1a.get("code").asText()));

        // paging over the same query keeps the total
        Response page0 = api.get("/organizations?subtreeOf=" + id(a) + "&size=3&page=0").expect(200);
        Response page1 = api.get("/organizations?subtreeOf=" + id(a) + "&size=3&page=1").expect(200);
        assertEquals(4, page0.json().get("total").asLong());
        assertEquals(4, page1.json().get("total").asLong());
        assertEquals(3, page0.json().get("items").size());
        assertEquals(1, page1.json().get("items").size());
        assertEquals(1, page1.json().get("page").asInt());
        assertEquals(3, page1.json().get("size").asInt());

        // a filter inside the subtree
        assertEquals(List.of(a2.get("code").asText()),
                codes(api.get("/organizations?subtreeOf=" + id(a) + "&unitType=VILLAGE").expect(200).json().get("items")));

        // /subtree with a depth limit, /children
        assertEquals(List.of(a, a1, a2).stream().map(u -> u.get("code").asText()).sorted().toList(),
                codes(api.get("/organizations/" + id(a) + "/subtree?depth=1").expect(200).json()).stream().sorted().toList());
        List<String> deep = codes(api.get("/organizations/" + id(a) + "/subtree?depth=5").expect(200).json());
        assertEquals(deep.toString(), 4, deep.size());
        assertEquals(a.get("code").asText(), deep.get(0));
        assertEquals(List.of(a1.get("code").asText(), a2.get("code").asText()).stream().sorted().toList(),
                codes(api.get("/organizations/" + id(a) + "/children").expect(200).json()).stream().sorted().toList());
        assertEquals(List.of(a1a.get("code").asText()),
                codes(api.get("/organizations/" + id(a1) + "/children").expect(200).json()));
        assertEquals(List.of(), codes(api.get("/organizations/" + id(a1a) + "/children").expect(200).json()));
    }

    /**
     * {@code GET /organizations/listed?id=…}: the units asked for in the order asked, those the reader may not see left
     * out, in one request (the console's member list names each member's unit and the units above it with it); bad
     * ids are refused naming the parameter, in the reader's language.
     */
    @Test
    public void listedAnswersTheUnitsAskedForInOrderWithinTheReadersScope() {
        JsonNode a = fixtures.root("LA");
        JsonNode a1 = fixtures.unit(code("LA1"), id(a), "COMMUNITY", "GENERAL_BRANCH");
        JsonNode a1a = fixtures.unit(code("LA1A"), id(a1), "GRID", "BRANCH");
        JsonNode b = fixtures.root("LB");

        JsonNode all = api.get("/organizations/listed?id=" + id(a1a) + "&id=" + id(b) + "&id=" + id(a) + "&id=" + id(a1a)
                + "&id=999999999").expect(200).json();
        assertEquals(all.toString(), List.of(a1a.get("code").asText(), b.get("code").asText(), a.get("code").asText()),
                codes(all));
        assertEquals(a1a.get("path").asText(), all.get(0).get("path").asText());

        // an administrator of a1 sees a1 and what is below it: the root above and the other root are left out
        Api admin = api.newAccount(code("ladm").toLowerCase(), "UNIT_ADMIN", id(a1), null);
        assertEquals(List.of(a1a.get("code").asText(), a1.get("code").asText()), codes(admin.get("/organizations/listed?id="
                + id(a) + "&id=" + id(a1a) + "&id=" + id(b) + "&id=" + id(a1)).expect(200).json()));

        api.get("/organizations/listed").expectInvalid("id");
        api.get("/organizations/listed?id=abc").expectInvalid("id");
        api.get("/organizations/listed?id=0").expectInvalid("id");
        StringBuilder tooMany = new StringBuilder("/organizations/listed?id=1");
        for (int i = 2; i <= 501; i++) {
            tooMany.append("&id=").append(i);
        }
        JsonNode refused = api.inLanguage("zh-CN").get(tooMany.toString()).expectInvalid("id");
        assertTrue(refused.toString(), refused.toString().contains("一次请求最多 500 个"));
        assertTrue(api.get(tooMany.toString()).expectInvalid("id").toString().contains("at most 500 are accepted"));
    }

    @Test
    public void moveRewritesThePathsOfTheWholeSubtree() {
        JsonNode a = fixtures.root("MA");
        JsonNode b = fixtures.root("MB");
        JsonNode x = fixtures.unit(code("MX"), id(a), "COMMUNITY", "GENERAL_BRANCH");
        JsonNode x1 = fixtures.unit(code("MX1"), id(x), "GRID", "BRANCH");
        JsonNode x2 = fixtures.unit(code("MX2"), id(x1), "BUILDING", "BRANCH");
        long memberId = id(fixtures.member("迁移测试党员", id(x2)));
        // a member of the moved unit itself: its stored path is exactly the old prefix
        long unitMemberId = id(fixtures.member("迁移单位党员", id(x)));

        Response moved = api.post("/organizations/" + id(x) + "/move", Json.obj("parentId", id(b)), version(x)).expect(200);
        JsonNode newX = moved.json();
        assertEquals(id(b), newX.get("parentId").asLong());
        assertEquals(b.get("path").asText() + id(x) + "/", newX.get("path").asText());
        assertEquals(b.get("depth").asInt() + 1, newX.get("depth").asInt());
        assertEquals(version(newX), moved.etagVersion());

        JsonNode newX1 = api.get("/organizations/" + id(x1)).expect(200).json();
        JsonNode newX2 = api.get("/organizations/" + id(x2)).expect(200).json();
        assertEquals(newX.get("path").asText() + id(x1) + "/", newX1.get("path").asText());
        assertEquals(newX1.get("path").asText() + id(x2) + "/", newX2.get("path").asText());
        assertEquals(newX.get("depth").asInt() + 2, newX2.get("depth").asInt());
        assertNotEquals(x2.get("path").asText(), newX2.get("path").asText());
        assertTrue("a moved descendant gets a new version", version(newX2) > version(x2));

        List<String> underA = codes(api.get("/organizations?subtreeOf=" + id(a)).expect(200).json().get("items"));
        assertEquals(List.of(a.get("code").asText()), underA);
        List<String> underB = codes(api.get("/organizations?subtreeOf=" + id(b)).expect(200).json().get("items"));
        assertEquals(underB.toString(), 4, underB.size());
        assertTrue(underB.containsAll(List.of(x.get("code").asText(), x1.get("code").asText(), x2.get("code").asText())));
        // members follow their unit: subtree member search sees the new place
        assertEquals(0, api.get("/members?subtreeOf=" + id(a)).expect(200).json().get("total").asLong());
        JsonNode inB = api.get("/members?subtreeOf=" + id(b) + "&sort=-name").expect(200).json();
        assertEquals(inB.toString(), 2, inB.get("total").asLong());
        assertEquals(List.of(memberId, unitMemberId), ids(inB.get("items")));
        assertEquals(List.of(unitMemberId, memberId), ids(api.get("/members?subtreeOf=" + id(x)).expect(200).json()
                .get("items")));
        assertEquals(List.of(memberId), ids(api.get("/members?subtreeOf=" + id(x2)).expect(200).json().get("items")));
        // the count behind a full page runs as its own query
        JsonNode firstOfTwo = api.get("/members?subtreeOf=" + id(b) + "&size=1").expect(200).json();
        assertEquals(2, firstOfTwo.get("total").asLong());
        assertEquals(List.of(unitMemberId), ids(firstOfTwo.get("items")));

        // refused moves
        api.post("/organizations/" + id(x) + "/move", Json.obj("parentId", id(x2)), version(newX)).expectInvalid("parentId");
        api.post("/organizations/" + id(x) + "/move", Json.obj("parentId", id(x)), version(newX)).expectInvalid("parentId");
        api.post("/organizations/" + id(x) + "/move", Json.obj("parentId", Long.MAX_VALUE), version(newX))
                .expectInvalid("parentId");
        api.post("/organizations/" + id(x) + "/move", Json.obj(), version(newX)).expectInvalid("parentId");
        api.post("/organizations/" + id(x) + "/move", Json.obj("parentId", id(a)), version(x)).problem(409);
        api.post("/organizations/" + id(x) + "/move", Json.obj("parentId", id(a))).problem(428);
        // nothing of the refused moves stuck
        assertEquals(newX, api.get("/organizations/" + id(x)).expect(200).json());

        // ?version= instead of If-Match, and back
        api.send("POST", "/organizations/" + id(x) + "/move?version=" + version(newX), "application/json",
                BodyPublishers.ofString("{\"parentId\":" + id(a) + "}")).expect(200);
        assertEquals(a.get("path").asText() + id(x) + "/" + id(x1) + "/" + id(x2) + "/",
                api.get("/organizations/" + id(x2)).expect(200).json().get("path").asText());
        assertEquals(2, api.get("/members?subtreeOf=" + id(a)).expect(200).json().get("total").asLong());
        assertEquals(0, api.get("/members?subtreeOf=" + id(b)).expect(200).json().get("total").asLong());
        assertEquals(List.of(memberId), ids(api.get("/members?subtreeOf=" + id(x1)).expect(200).json().get("items")));
    }

    @Test
    public void deleteIsRefusedWhileAUnitHasChildrenOrMembers() {
        JsonNode parent = fixtures.root("DEL");
        JsonNode child = fixtures.unit(code("DELC"), id(parent), "COMMUNITY", "BRANCH");

        JsonNode refused = api.delete("/organizations/" + id(parent), version(parent)).problem(409);
        assertTrue(refused.toString(), refused.path("detail").asText().contains("child"));
        api.get("/organizations/" + id(parent)).expect(200);

        JsonNode member = fixtures.member("删除测试党员", id(child));
        api.delete("/organizations/" + id(child), version(child)).problem(409);
        api.get("/organizations/" + id(child)).expect(200);

        // a community that is some member's residence (双报到) cannot go either
        JsonNode community = fixtures.unit(code("DELR"), id(parent), "COMMUNITY", "NONE");
        JsonNode resident = api.put("/members/" + id(member), Json.with(member, "id", null, "version", null,
                "residenceCommunityId", id(community)), version(member)).expect(200).json();
        api.delete("/organizations/" + id(community), version(community)).problem(409);

        api.delete("/members/" + id(member), version(resident)).expect(204);
        api.delete("/organizations/" + id(community), version(community)).expect(204);
        api.delete("/organizations/" + id(child), version(child)).expect(204);
        api.get("/organizations/" + id(child)).problem(404);
        api.delete("/organizations/" + id(parent), version(parent)).expect(204);
        api.get("/organizations/" + id(parent)).problem(404);
        api.delete("/organizations/" + id(parent), version(parent)).problem(404);
    }

    @Test
    public void optimisticLocking() {
        JsonNode unit = fixtures.root("LOCK");
        String path = "/organizations/" + id(unit);
        ObjectNode draft = unitDraft(unit.get("code").asText(), "第一次修改", null, "STREET", "WORKING_COMMITTEE");
        JsonNode first = api.put(path, draft, version(unit)).expect(200).json();

        // someone else's stale version
        JsonNode stale = api.put(path, Json.with(draft, "name", "过时的修改"), version(unit)).problem(409);
        assertTrue(stale.toString(), stale.path("detail").asText().contains("version"));
        // no version at all
        api.putWithoutVersion(path, Json.with(draft, "name", "没有版本")).problem(428);
        // an ETag that is not a version
        api.send("PUT", path, "application/json", BodyPublishers.ofString(
                Json.with(draft, "name", "坏版本").toString()), "If-Match", "\"abc\"").expectInvalid("If-Match");
        // a weak ETag and ?version= are accepted
        JsonNode second = api.send("PUT", path, "application/json", BodyPublishers.ofString(
                Json.with(draft, "name", "第二次修改").toString()), "If-Match", "W/\"" + version(first) + "\"")
                .expect(200).json();
        JsonNode third = api.send("PUT", path + "?version=" + version(second), "application/json",
                BodyPublishers.ofString(Json.with(draft, "name", "第三次修改").toString()))
                .expect(200).json();
        assertEquals("第三次修改", api.get(path).expect(200).json().get("name").asText());

        // delete: stale 409, missing 428, current 204
        api.delete(path, version(second)).problem(409);
        api.deleteWithoutVersion(path).problem(428);
        api.get(path).expect(200);
        api.delete(path, version(third)).expect(204);
    }

    /**
     * Writers that race with the same version (or the same new code) get exactly one success and 409 for the
     * rest: the loser of a race must hear "conflict", never 500.
     */
    @Test
    public void racingWritersGetOneSuccessAndConflicts() throws Exception {
        JsonNode root = fixtures.root("RACE");
        List<String> problems = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            JsonNode unit = api.get("/organizations/" + id(root)).expect(200).json();
            int r = round;
            List<Response> updates = Concurrently.run(6, n -> api.put("/organizations/" + id(root),
                    unitDraft(root.get("code").asText(), "并发修改" + r + "-" + n, null, "STREET", "WORKING_COMMITTEE"),
                    version(unit)));
            if (Concurrently.count(updates, 200) != 1 || Concurrently.count(updates, 409) != updates.size() - 1) {
                problems.add("PUT round " + round + ": " + Concurrently.describe(updates, 200, 409));
            }
            String sameCode = code("RACEC");
            List<Response> creates = Concurrently.run(6, n -> api.post("/organizations",
                    unitDraft(sameCode, "并发新建" + n, id(root), "COMMUNITY", "BRANCH")));
            if (Concurrently.count(creates, 201) != 1 || Concurrently.count(creates, 409) != creates.size() - 1) {
                problems.add("POST round " + round + ": " + Concurrently.describe(creates, 201, 409));
            }
        }
        // whatever the answers, the data is consistent: one unit per code, one winning name per round
        assertEquals(4, api.get("/organizations?subtreeOf=" + id(root)).expect(200).json().get("total").asLong());
        assertTrue("racing writers got answers other than one success and 409s:\n" + String.join("\n", problems),
                problems.isEmpty());
    }

    @Test
    public void invalidUnitsAreRefusedNamingTheFields() {
        JsonNode root = fixtures.root("VAL");

        api.post("/organizations", Json.obj()).expectInvalid("code", "name", "unitType", "partyOrgType", "status");
        api.post("/organizations", unitDraft("bad code!", "名称", id(root), "COMMUNITY", "BRANCH")).expectInvalid("code");
        api.post("/organizations", unitDraft(code("V"), " ", id(root), "COMMUNITY", "BRANCH")).expectInvalid("name");
        api.post("/organizations", unitDraft(code("V"), "名".repeat(101), id(root), "COMMUNITY", "BRANCH"))
                .expectInvalid("name");
        api.post("/organizations", Json.with(unitDraft(code("V"), "名称", id(root), "COMMUNITY", "BRANCH"),
                "divisionCode", "12345")).expectInvalid("divisionCode");
        api.post("/organizations", Json.with(unitDraft(code("V"), "名称", id(root), "COMMUNITY", "BRANCH"),
                "foundedOn", "2999-01-01")).expectInvalid("foundedOn");
        api.post("/organizations", unitDraft(code("V"), "名称", Long.MAX_VALUE, "COMMUNITY", "BRANCH"))
                .expectInvalid("parentId");
        // JSON that does not fit the record: bad enum, unknown field, wrong type, bad date
        JsonNode badEnum = api.post("/organizations", unitDraft(code("V"), "名称", id(root), "CASTLE", "BRANCH"))
                .expectInvalid("unitType");
        assertTrue(badEnum.toString(), badEnum.toString().contains("COMMUNITY"));
        api.post("/organizations", unitDraft(code("V"), "名称", id(root), "COMMUNITY", "PARTY")).expectInvalid("partyOrgType");
        api.post("/organizations", Json.with(unitDraft(code("V"), "名称", id(root), "COMMUNITY", "BRANCH"), "domain", "SEA"))
                .expectInvalid("domain");
        api.post("/organizations", Json.with(unitDraft(code("V"), "名称", id(root), "COMMUNITY", "BRANCH"), "status", "GONE"))
                .expectInvalid("status");
        api.post("/organizations", Json.with(unitDraft(code("V"), "名称", id(root), "COMMUNITY", "BRANCH"), "colour", "red"))
                .expectInvalid("colour");
        api.post("/organizations", Json.with(unitDraft(code("V"), "名称", id(root), "COMMUNITY", "BRANCH"),
                "parentId", "not-a-number")).expectInvalid("parentId");
        api.post("/organizations", Json.with(unitDraft(code("V"), "名称", id(root), "COMMUNITY", "BRANCH"),
                "foundedOn", "2001-13-45")).expectInvalid("foundedOn");
        // the update path validates too
        api.put("/organizations/" + id(root), Json.with(unitDraft(root.get("code").asText(), "名称", null, "STREET",
                "WORKING_COMMITTEE"), "status", null), version(root)).expectInvalid("status");

        // a code is unique
        String taken = root.get("code").asText();
        api.post("/organizations", unitDraft(taken, "重复编码", id(root), "COMMUNITY", "BRANCH")).problem(409);
        // nothing of the above was stored
        assertEquals(1, api.get("/organizations?subtreeOf=" + id(root)).expect(200).json().get("total").asLong());
    }

    @Test
    public void unknownIdsAnswer404() {
        long missing = 987_654_321L;
        JsonNode problem = api.get("/organizations/" + missing).problem(404);
        assertTrue(problem.toString(), problem.path("title").isTextual());
        api.get("/organizations/" + missing + "/children").problem(404);
        api.get("/organizations/" + missing + "/subtree?depth=2").problem(404);
        api.get("/organizations?subtreeOf=" + missing).problem(404);
        api.put("/organizations/" + missing, unitDraft(code("NF"), "不存在", null, "STREET", "NONE"), 0).problem(404);
        api.delete("/organizations/" + missing, 0).problem(404);
        api.post("/organizations/" + missing + "/move", Json.obj("parentId", 1), 0).problem(404);
        api.get("/no-such-resource").problem(404);
    }

    /** Server messages read in the caller's language: Chinese by default and for zh-CN, English when asked. */
    @Test
    public void refusalsReadInTheCallersLanguage() {
        long missing = 987_654_322L;
        Api chinese = api.inLanguage("zh-CN,zh;q=0.9");
        JsonNode notFound = chinese.get("/organizations/" + missing).problem(404);
        assertEquals(notFound.toString(), "未找到", notFound.path("title").asText());
        assertEquals(notFound.toString(), "找不到单位 " + missing, notFound.path("detail").asText());
        JsonNode english = api.inLanguage("en-US").get("/organizations/" + missing).problem(404);
        assertEquals(english.toString(), "Not found", english.path("title").asText());
        assertTrue(english.toString(), english.path("detail").asText().endsWith("not found"));
        // no Accept-Language at all: Chinese, the platform's default
        JsonNode byDefault = api.inLanguage("").get("/organizations?page=-1").problem(422);
        assertEquals(byDefault.toString(), "输入有误", byDefault.path("title").asText());
        assertTrue(byDefault.toString(), byDefault.at("/errors/0/reason").asText().startsWith("应为"));
        // Jackson's refusals and the sign-in gate too
        JsonNode unknownField = chinese.post("/organizations", Json.obj("nonsense", 1)).problem(422);
        assertTrue(unknownField.toString(), unknownField.toString().contains("未知字段"));
        JsonNode anonymous = chinese.anonymous().get("/organizations/roots").problem(401);
        assertEquals(anonymous.toString(), "需要登录", anonymous.path("title").asText());

        // core's own refusals: a member with a mistyped ID number is told the right check character
        JsonNode root = fixtures.root("LANG");
        JsonNode branch = fixtures.branch(root, "LANGB");
        ObjectNode mistyped = Fixtures.memberDraft("校验位错", IdNumbers.BAD_CHECKSUM, id(branch));
        JsonNode badId = chinese.post("/members", mistyped).problem(422);
        assertEquals(badId.toString(), "idNumber", badId.at("/errors/0/field").asText());
        assertEquals(badId.toString(), "公民身份号码校验位应为 X", badId.at("/errors/0/reason").asText());
        JsonNode badIdInEnglish = api.post("/members", mistyped).problem(422);
        assertEquals(badIdInEnglish.toString(), "check character should be X",
                badIdInEnglish.at("/errors/0/reason").asText());

        // an import's row reasons are written in the language of the request that uploaded the file
        byte[] file = ImportIT.csv(ImportIT.row("单位不存在", IdNumbers.next(true), "NO-SUCH-UNIT")).getBytes(UTF_8);
        JsonNode report = chinese.postBytes("/imports?kind=MEMBERS&format=CSV&wait=true", "application/octet-stream",
                file).expect(422).json();
        List<String> reasons = new ArrayList<>();
        report.get("errors").forEach(e -> reasons.add(e.get("column").asText() + "：" + e.get("reason").asText()));
        assertTrue(report.toString(), reasons.contains("所在党组织编码：没有代码为 NO-SUCH-UNIT 的单位"));
        JsonNode reportInEnglish = api.postBytes("/imports?kind=MEMBERS&format=CSV&wait=true",
                "application/octet-stream", file).expect(422).json();
        assertTrue(reportInEnglish.toString(), reportInEnglish.toString().contains("no unit with code NO-SUCH-UNIT"));
    }

    @Test
    public void malformedJsonAndWrongContentType() {
        JsonNode root = fixtures.root("BAD");
        // malformed JSON
        api.post("/organizations", "{\"code\": \"X\", ").problem(400);
        api.post("/organizations", "not json at all").problem(400);
        api.post("/organizations", Json.obj("code", "X").toString() + " trailing").problem(400);
        // a body that is not JSON
        api.postBytes("/organizations", "text/plain", "code=X".getBytes(UTF_8)).problem(415);
        api.postBytes("/organizations", "application/xml", "<unit/>".getBytes(UTF_8)).problem(415);
        // query parameters that cannot be read name the parameter
        for (String query : List.of("unitType=CASTLE", "status=GONE", "size=abc", "subtreeOf=x")) {
            Response bad = api.get("/organizations?" + query);
            String parameter = query.substring(0, query.indexOf('='));
            bad.expectInvalid(parameter);
            assertTrue(bad.toString(), bad.problem(bad.status()).toString().contains(parameter));
        }
        api.get("/organizations?sort=nosuch").expectInvalid("sort");
        api.get("/organizations?page=-1").expectInvalid("page");
        // a wrong method
        api.send("PATCH", "/organizations/" + id(root), "application/json", BodyPublishers.ofString("{}")).problem(405);
        // nothing was stored, and the platform still answers normally
        assertEquals(1, api.get("/organizations?subtreeOf=" + id(root)).expect(200).json().get("total").asLong());
    }

    /**
     * Errors Jetty answers before any servlet (414, 431, 400 for a malformed request line or percent-encoding)
     * come back as problem+json with a Chinese title and a Chinese and English detail, not Jetty's HTML page.
     */
    @Test
    public void containerErrorsAnswerProblemJson() throws Exception {
        String longUri = "GET /api/core/organizations?q=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String bigHeaders = "GET /api/core/organizations HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "y".repeat(20_000)
                + "\r\n\r\n";
        String badLine = "GARBAGE\r\n\r\n";
        String badEncoding = "GET /api/core/organizations/%zz%c0 HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
                + "Connection: close\r\n\r\n";
        for (Object[] exchange : List.of(new Object[] {longUri, 414, "网址过长"}, new Object[] {bigHeaders, 431, "请求头过大"},
                new Object[] {badLine, 400, "请求有误"}, new Object[] {badEncoding, 400, "Bad request"})) {
            String answer = raw((String) exchange[0]);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(java.util.Locale.ROOT);
            assertTrue(answer, head.startsWith("http/1.1 " + exchange[1]));
            assertTrue(answer, head.contains("content-type: application/problem+json"));
            JsonNode problem = Api.JSON.readTree(answer.substring(answer.indexOf('{')));
            assertEquals(answer, (int) exchange[1], problem.get("status").asInt());
            // a request Jetty could not parse has no readable Accept-Language: Chinese, the default
            String title = problem.get("title").asText();
            assertTrue(answer, title.equals(exchange[2]) || exchange[2].equals("Bad request") && title.equals("请求有误"));
            assertFalse(answer, answer.contains("<html") || answer.contains("jetty"));
        }
    }

    /** Sends {@code request} as it is (no client would send these) and reads the answer until the server closes. */
    private static String raw(String request) throws java.io.IOException {
        java.net.URI root = java.net.URI.create(api.root());
        try (java.net.Socket socket = new java.net.Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(UTF_8));
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    String text = answer.toString(UTF_8);
                    int body = text.indexOf("\r\n\r\n");
                    if (body > 0 && text.indexOf('}', body) > 0 && text.trim().endsWith("}")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
                // the server answered and closed (or reset) the connection
            }
            return answer.toString(UTF_8);
        }
    }

    /** JSON bodies over 1 MiB answer 413, wherever the limit is crossed and whether or not a length is announced. */
    @Test
    public void oversizedJsonBodiesAnswer413() {
        JsonNode root = fixtures.root("BIG");
        String small = unitDraft(code("BIG"), "名称", id(root), "COMMUNITY", "BRANCH").toString();
        int oneMiB = 1024 * 1024;
        byte[] padded = (" ".repeat(oneMiB + 10) + small).getBytes(UTF_8);
        byte[] hugeName = Json.with(unitDraft(code("BIG"), "x".repeat(oneMiB + 10), id(root), "COMMUNITY", "BRANCH"))
                .toString().getBytes(UTF_8);
        List<Response> answers = List.of(
                // the limit is crossed before the object starts (whitespace is valid JSON)
                api.postBytes("/organizations", "application/json", padded),
                // ... inside a field's value, announced by Content-Length
                api.postBytes("/organizations", "application/json", hugeName),
                // ... and sent chunked, without Content-Length
                api.postChunked("/organizations", "application/json", hugeName),
                // ... with the media type in capitals (media types are case-insensitive)
                api.postChunked("/organizations", "application/JSON", hugeName),
                // an upload over the 64 MiB body limit, chunked: counted while it is read
                api.postChunked("/imports?kind=ORGANIZATIONS&format=CSV", "text/csv", new byte[65 * 1024 * 1024]));
        List<Response> wrong = answers.stream().filter(r -> r.status() != 413
                || !r.contentType().startsWith(Api.PROBLEM_JSON)).toList();
        assertTrue("expected 413 problems, got " + wrong, wrong.isEmpty());
        // nothing was stored
        assertEquals(1, api.get("/organizations?subtreeOf=" + id(root)).expect(200).json().get("total").asLong());
    }

    @Test
    public void shellCommandsSeeAndChangeTheSameTree() throws Exception {
        JsonNode root = fixtures.root("SH");
        String rootCode = root.get("code").asText();
        String newCode = code("SHC");

        String created = shell("grassroots:org-create -p " + rootCode + " -t COMMUNITY -o BRANCH " + newCode + " 壳层社区");
        assertTrue(created, created.contains(newCode));
        JsonNode found = api.get("/organizations?subtreeOf=" + id(root) + "&unitType=COMMUNITY").expect(200).json();
        assertEquals(found.toString(), List.of(newCode), codes(found.get("items")));
        assertEquals("壳层社区", found.get("items").get(0).get("name").asText());

        String listed = shell("grassroots:org-list -d 2 " + rootCode);
        assertTrue(listed, listed.contains(rootCode));
        assertTrue(listed, listed.contains(newCode));
        assertTrue(listed, listed.contains("壳层社区"));
    }

    @Test
    public void healthOpenApiAndTheJavaSetupOfTheContainer() throws Exception {
        JsonNode health = api.get("/api/health").expect(200).json();
        assertEquals(health.toString(), "UP", health.get("status").asText());
        assertEquals(health.toString(), "UP", health.path("checks").path("database").asText());

        Response openApi = api.get("/openapi.json").expect(200);
        assertTrue(openApi.toString(), openApi.contentType().startsWith("application/json"));
        assertTrue(openApi.toString(), openApi.json().has("paths"));
        List<String> paths = new ArrayList<>();
        openApi.json().get("paths").fieldNames().forEachRemaining(paths::add);
        assertTrue(paths.toString(), paths.stream().anyMatch(p -> p.contains("organizations")));
        assertTrue(paths.toString(), paths.stream().anyMatch(p -> p.contains("members")));

        // the VM was started with the distributions' Java 9+ options (District.java17Options): no module is
        // patched (a class-data archive would be refused), and Karaf's spec locator comes from lib/boot
        assertEquals("[]", String.valueOf(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("--patch-module")).collect(Collectors.toList())));
        Class<?> locator = ClassLoader.getSystemClassLoader().loadClass("org.apache.karaf.specs.locator.OsgiLocator");
        assertFalse(locator.getModule().toString(), locator.getModule().isNamed());
        assertTrue(String.valueOf(locator.getProtectionDomain().getCodeSource().getLocation()),
                locator.getProtectionDomain().getCodeSource().getLocation().getPath().contains("/lib/boot/"));
    }

    /**
     * Query parameters of an enum, number, date/year type, and page/size out of range, are refused the same way:
     * 422 problem+json naming the parameter and what it allows.
     */
    @Test
    public void unreadableQueryParametersAnswer422NamingTheParameterAndWhatItAllows() {
        JsonNode root = fixtures.root("QP");
        // enum: the allowed values are named
        JsonNode unitType = api.get("/organizations?unitType=CASTLE").expectInvalid("unitType");
        assertTrue(unitType.toString(), unitType.toString().contains("STREET"));
        api.get("/members?status=GONE").expectInvalid("status");
        // number: not a number, and too large for its type
        api.get("/organizations?subtreeOf=x").expectInvalid("subtreeOf");
        api.get("/members?subtreeOf=99999999999999999999").expectInvalid("subtreeOf");
        // date and year
        api.get("/audit?from=31.12.2025").expectInvalid("from");
        JsonNode year = api.get("/statistics?subtreeOf=" + id(root) + "&year=abc").expectInvalid("year");
        assertTrue(year.toString(), year.toString().contains("1921"));
        // page and size overflow
        JsonNode size = api.get("/members?size=100000").expectInvalid("size");
        assertTrue(size.toString(), size.toString().contains("500"));
        api.get("/members?page=-1").expectInvalid("page");
        api.get("/organizations?page=99999999999").expectInvalid("page");
        api.get("/organizations?page=2147483647&size=500").expectInvalid("page");
        // the sort keys a list allows are named
        JsonNode sort = api.get("/organizations?sort=-nosuch").expectInvalid("sort");
        assertTrue(sort.toString(), sort.toString().contains("name"));
    }

    /** Refused requests (404, 409, 422), also inside a transaction, log no stack trace. */
    @Test
    public void refusedRequestsLogNoStackTrace() {
        JsonNode root = fixtures.root("QUIET");
        long missing = 987654320L;
        KarafLog.assertQuiet("refused core requests", () -> {
            for (int i = 0; i < 3; i++) {
                api.get("/organizations/" + missing).problem(404);
                api.put("/organizations/" + missing, unitDraft(code("NF"), "不存在", null, "STREET", "NONE"), 0).problem(404);
                api.post("/organizations", Json.obj("code", "")).expectInvalid("code");
                api.put("/organizations/" + id(root), unitDraft(root.get("code").asText(), "过期版本", null, "STREET",
                        "WORKING_COMMITTEE"), version(root) + 7).problem(409);
                api.get("/members?size=100000").expectInvalid("size");
                api.post("/members", Json.obj("name", "")).problem(422);
            }
        });
    }

    /** Runs a Karaf shell command in the container and returns what it printed. */
    private String shell(String command) throws Exception {
        return KarafShell.run(sessionFactory, command);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, UTF_8);
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(i -> ids.add(id(i)));
        return ids;
    }

    private static List<String> codes(JsonNode units) {
        List<String> codes = new ArrayList<>();
        units.forEach(u -> codes.add(u.get("code").asText()));
        return codes;
    }
}
