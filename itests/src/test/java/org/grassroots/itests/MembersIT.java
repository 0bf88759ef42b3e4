package org.grassroots.itests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.grassroots.itests.support.Fixtures.id;
import static org.grassroots.itests.support.Fixtures.memberDraft;
import static org.grassroots.itests.support.Fixtures.version;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.itests.support.Api.Response;
import org.grassroots.itests.support.Concurrently;
import org.grassroots.itests.support.District;
import org.grassroots.itests.support.DistrictTestSupport;
import org.grassroots.itests.support.Fixtures;
import org.grassroots.itests.support.IdNumbers;
import org.grassroots.itests.support.Json;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /api/core/members}: members, their search, validation and transfers (demo data off). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MembersIT extends DistrictTestSupport {

    @Inject
    private MemberService members;

    @Inject
    private OrganizationService organizations;

    @Configuration
    public Option[] configuration() {
        return District.configuration(false);
    }

    @Test
    public void listedReadsMembersAndUnitsByIdAsTheListShowsThem() {
        JsonNode root = fixtures.root("LST");
        JsonNode branch = fixtures.branch(root, "LSTB");
        for (int i = 0; i < 4; i++) {
            fixtures.member(Json.with(memberDraft("列表党员" + i, IdNumbers.next(i % 2 == 0), id(branch)),
                    "phone", "1380013800" + i));
        }
        JsonNode page = api.get("/members?subtreeOf=" + id(root) + "&sort=-name").expect(200).json();
        List<Long> ids = new ArrayList<>();
        page.get("items").forEach(m -> ids.add(id(m)));
        // in the order asked, unknown ids left out, each field as the search's page shows it (masked, no birth date)
        List<Long> asked = new ArrayList<>(ids);
        asked.add(1, 987654321L);
        List<Member> listed = members.listed(asked);
        assertEquals(ids, listed.stream().map(Member::id).toList());
        for (int i = 0; i < ids.size(); i++) {
            JsonNode shown = page.get("items").get(i);
            Member m = listed.get(i);
            assertEquals(shown.get("name").asText(), m.name());
            assertEquals(shown.get("idNumber").asText(), m.idNumber());
            assertEquals(shown.get("phone").asText(), m.phone());
            assertTrue(shown.toString(), shown.get("birthDate").isNull() && m.birthDate() == null);
            assertEquals(shown.get("version").asLong(), m.version());
        }
        assertEquals(List.of(), members.listed(List.of()));

        // a subtree holding most members: its default page is read from the name index in order (NameOrderedPage);
        // a category filter that every one of them matches takes the other way, which must give the same pages
        JsonNode big = fixtures.branch(root, "LSTN");
        for (int i = 0; i < 120; i++) {
            fixtures.member(memberDraft("名序" + (char) ('甲' + (i * 7) % 60) + i, IdNumbers.next(i % 2 == 0), id(big)));
        }
        for (int p = 0; p < 3; p++) {
            JsonNode byName = api.get("/members?subtreeOf=" + id(root) + "&size=50&page=" + p).expect(200).json();
            JsonNode sorted = api.get("/members?subtreeOf=" + id(root) + "&size=50&category=FULL&page=" + p)
                    .expect(200).json();
            assertEquals(byName.get("total").asLong(), sorted.get("total").asLong());
            assertEquals(texts(sorted.get("items"), "id"), texts(byName.get("items"), "id"));
        }
        // forEach: every member of the subtree once, in id order, as the list shows them (masked)
        List<Member> walked = new ArrayList<>();
        members.forEach(MemberQuery.inSubtree(id(root)), walked::add);
        List<Long> walkedIds = walked.stream().map(Member::id).toList();
        assertEquals(walkedIds.stream().sorted().distinct().toList(), walkedIds);
        assertEquals(api.get("/members?subtreeOf=" + id(root) + "&size=1").expect(200).json().get("total").asLong(), walked.size());
        assertEquals(members.listed(walkedIds.subList(0, 3)), walked.subList(0, 3));
        try {
            members.forEach(new MemberQuery(null, null, id(root), null, null, null, null, "13800000000"), m -> { });
            throw new AssertionError("a walk by phone number is refused");
        } catch (IllegalArgumentException expected) {
            // charged and audited per search: no walk
        }
        List<Long> units = List.of(id(branch), 987654321L, id(root));
        assertEquals(List.of(id(branch), id(root)), organizations.listed(units).stream().map(Organization::id).toList());
    }

    @Test
    public void createReadUpdateDelete() {
        JsonNode root = fixtures.root("MEM");
        JsonNode branch = fixtures.branch(root, "MEMB");
        JsonNode community = fixtures.unit(Fixtures.code("MEMR"), id(root), "COMMUNITY", "NONE");
        ObjectNode draft = Json.with(memberDraft("张伟", IdNumbers.MALE_1980_01_01, id(branch)),
                "tags", Json.arr("骑手", "困难党员"), "residenceCommunityId", id(community), "education", "大学本科");

        Response created = api.post("/members", draft).expect(201);
        JsonNode member = created.json();
        long id = id(member);
        assertTrue(created.toString(), created.header("Location").orElse("").endsWith("/api/core/members/" + id));
        assertEquals(version(member), created.etagVersion());
        assertEquals("张伟", member.get("name").asText());
        assertEquals("MALE", member.get("sex").asText());
        assertEquals("1980-01-01", member.get("birthDate").asText());
        assertEquals(IdNumbers.MALE_1980_01_01, member.get("idNumber").asText());
        assertEquals("FULL", member.get("category").asText());
        assertEquals("NORMAL", member.get("status").asText());
        assertEquals(id(branch), member.get("organizationId").asLong());
        assertEquals(id(community), member.get("residenceCommunityId").asLong());
        assertEquals(Set.of("骑手", "困难党员"), texts(member.get("tags")));

        Response read = api.get("/members/" + id).expect(200);
        assertEquals(member, read.json());
        assertEquals(version(member), read.etagVersion());

        ObjectNode change = Json.with(draft, "phone", "0531-88886666", "post", "支部书记", "status", "FLOATING",
                "floatingDestination", "广东省深圳市", "tags", Json.arr("流动党员"));
        Response updated = api.put("/members/" + id, change, version(member)).expect(200);
        JsonNode after = updated.json();
        assertEquals("0531-88886666", after.get("phone").asText());
        assertEquals("支部书记", after.get("post").asText());
        assertEquals("FLOATING", after.get("status").asText());
        assertEquals("广东省深圳市", after.get("floatingDestination").asText());
        assertEquals(Set.of("流动党员"), texts(after.get("tags")));
        assertTrue(version(after) > version(member));
        assertEquals(after, api.get("/members/" + id).expect(200).json());

        // an update cannot move the member: that is a transfer
        JsonNode other = fixtures.branch(root, "MEMO");
        JsonNode notMoved = api.put("/members/" + id, Json.with(change, "organizationId", id(other)), version(after))
                .expect(200).json();
        assertEquals(id(branch), notMoved.get("organizationId").asLong());

        // stale and missing versions
        api.put("/members/" + id, Json.with(change, "post", "过时"), version(member)).problem(409);
        api.putWithoutVersion("/members/" + id, change).problem(428);
        api.delete("/members/" + id, version(member)).problem(409);
        api.deleteWithoutVersion("/members/" + id).problem(428);
        api.get("/members/" + id).expect(200);

        api.delete("/members/" + id, version(notMoved)).expect(204);
        api.get("/members/" + id).problem(404);
        api.get("/members/" + id + "/transfers").problem(404);
        api.put("/members/" + id, change, version(notMoved)).problem(404);
    }

    @Test
    public void searchByNameIdNumberSubtreeCategoryAndTagWithPaging() {
        JsonNode root = fixtures.root("SRCH");
        JsonNode a = fixtures.branch(root, "SRCHA");
        JsonNode b = fixtures.branch(root, "SRCHB");
        String marker = "检索" + Fixtures.code("N").replace("-", "");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String idNumber = IdNumbers.next(i % 2 == 0);
            ids.add(idNumber);
            ObjectNode draft = memberDraft(marker + "党员" + i, idNumber, id(i < 4 ? a : b));
            if (i == 1 || i == 5) {
                draft = Json.with(draft, "category", "PROBATIONARY", "fullMemberOn", null);
            }
            if (i % 3 == 0) {
                draft = Json.with(draft, "tags", Json.arr("骑手", "快递员"));
            }
            fixtures.member(draft);
        }
        // a member elsewhere with the same tag, outside the subtree
        fixtures.member(Json.with(memberDraft("其他党员", IdNumbers.next(true), id(fixtures.branch(fixtures.root("SRCHX"),
                "SRCHY"))), "tags", Json.arr("骑手")));

        String q = "/members?name=" + URLEncoder.encode(marker, UTF_8);
        JsonNode all = api.get(q + "&size=500").expect(200).json();
        assertEquals(all.toString(), 7, all.get("total").asLong());
        // paging: 3 + 3 + 1, total always 7, no member twice
        Set<Long> seen = new HashSet<>();
        for (int page = 0; page < 3; page++) {
            JsonNode p = api.get(q + "&size=3&page=" + page + "&sort=name").expect(200).json();
            assertEquals(p.toString(), 7, p.get("total").asLong());
            assertEquals(p.toString(), page, p.get("page").asInt());
            assertEquals(p.toString(), 3, p.get("size").asInt());
            assertEquals(p.toString(), page < 2 ? 3 : 1, p.get("items").size());
            p.get("items").forEach(m -> assertTrue("twice: " + m, seen.add(id(m))));
        }
        JsonNode beyond = api.get(q + "&size=3&page=5").expect(200).json();
        assertEquals(7, beyond.get("total").asLong());
        assertEquals(0, beyond.get("items").size());
        // sorted by name, descending
        List<String> names = texts(api.get(q + "&sort=-name").expect(200).json().get("items"), "name");
        assertEquals(marker + "党员6", names.get(0));
        assertEquals(marker + "党员0", names.get(6));

        // by ID number (exactly one; a lower-case x is the same number)
        String withX = IdNumbers.FEMALE_1949_12_31;
        fixtures.member(memberDraft(marker + "老党员", withX, id(a)));
        JsonNode byId = api.get("/members?idNumber=" + withX.toLowerCase()).expect(200).json();
        assertEquals(byId.toString(), 1, byId.get("total").asLong());
        assertEquals(marker + "老党员", byId.get("items").get(0).get("name").asText());
        assertEquals(1, api.get("/members?idNumber=" + ids.get(3)).expect(200).json().get("total").asLong());
        assertEquals(0, api.get("/members?idNumber=" + IdNumbers.next(true)).expect(200).json().get("total").asLong());
        // by the last four characters of the ID number ("尾号", lower-case x too) and by phone, as people say them;
        // each an audited lookup, and a suffix or phone of the wrong form is refused before it is charged
        JsonNode bySuffix = api.get("/members?subtreeOf=" + id(a) + "&idNumberSuffix="
                + withX.substring(14).toLowerCase()).expect(200).json();
        assertTrue(bySuffix.toString(), texts(bySuffix.get("items"), "name").contains(marker + "老党员"));
        // lists mask all but the last two characters
        bySuffix.get("items").forEach(m -> assertTrue(m.toString(), m.get("idNumber").asText().endsWith(withX.substring(16))));
        JsonNode byPhone = api.get("/members?subtreeOf=" + id(root) + "&phone=" + URLEncoder.encode("+86 138-0013-8000", UTF_8))
                .expect(200).json();
        assertEquals(byPhone.toString(), 8, byPhone.get("total").asLong());
        assertEquals(0, api.get("/members?subtreeOf=" + id(root) + "&phone=13900139000").expect(200).json().get("total").asLong());
        assertEquals("idNumberSuffix", api.get("/members?idNumberSuffix=12a4").problem(422).path("errors").get(0)
                .path("field").asText());
        assertEquals("phone", api.get("/members?phone=123").problem(422).path("errors").get(0).path("field").asText());
        // ten digits hidden in a long text are not a phone number
        assertEquals("phone", api.get("/members?phone=" + "a".repeat(40) + "1380013800").problem(422).path("errors").get(0)
                .path("field").asText());
        List<String> actions = texts(api.get("/audit?entityType=member&size=50").expect(200).json().get("items"), "action");
        assertTrue(actions.toString(), actions.contains("SEARCH_ID_SUFFIX") && actions.contains("SEARCH_PHONE"));
        // a search by phone and suffix together is audited as both lookups
        api.get("/members?subtreeOf=" + id(root) + "&phone=13800138000&idNumberSuffix=" + withX.substring(14)).expect(200);
        List<String> both = texts(api.get("/audit?entityType=member&size=2").expect(200).json().get("items"), "action");
        assertTrue(both.toString(), both.contains("SEARCH_ID_SUFFIX") && both.contains("SEARCH_PHONE"));

        // by subtree: a unit's members, or everything below a root
        assertEquals(5, api.get("/members?subtreeOf=" + id(a)).expect(200).json().get("total").asLong());
        assertEquals(3, api.get("/members?subtreeOf=" + id(b)).expect(200).json().get("total").asLong());
        assertEquals(8, api.get("/members?subtreeOf=" + id(root)).expect(200).json().get("total").asLong());
        // category, tag and status, alone and combined with the subtree
        assertEquals(2, api.get("/members?subtreeOf=" + id(root) + "&category=PROBATIONARY").expect(200)
                .json().get("total").asLong());
        assertEquals(6, api.get("/members?subtreeOf=" + id(root) + "&category=FULL").expect(200)
                .json().get("total").asLong());
        assertEquals(1, api.get("/members?subtreeOf=" + id(b) + "&category=PROBATIONARY").expect(200)
                .json().get("total").asLong());
        JsonNode tagged = api.get("/members?subtreeOf=" + id(root) + "&tag=" + URLEncoder.encode("骑手", UTF_8))
                .expect(200).json();
        assertEquals(tagged.toString(), 3, tagged.get("total").asLong());
        tagged.get("items").forEach(m -> assertTrue(m.toString(), texts(m.get("tags")).contains("骑手")));
        assertTrue(api.get("/members?tag=" + URLEncoder.encode("骑手", UTF_8)).expect(200).json()
                .get("total").asLong() >= 4);
        // a tag matches whole tags only
        assertEquals(0, api.get("/members?subtreeOf=" + id(root) + "&tag=" + URLEncoder.encode("骑", UTF_8))
                .expect(200).json().get("total").asLong());
        assertEquals(8, api.get("/members?subtreeOf=" + id(root) + "&status=NORMAL").expect(200)
                .json().get("total").asLong());
        assertEquals(1, api.get(q + "&subtreeOf=" + id(b) + "&category=FULL&tag="
                + URLEncoder.encode("快递员", UTF_8)).expect(200).json().get("total").asLong());

        // LIKE wildcards match themselves, not every member
        for (String wildcard : List.of("%", "_", "%%", "!")) {
            String w = URLEncoder.encode(wildcard, UTF_8);
            assertEquals(wildcard, 0, api.get("/members?subtreeOf=" + id(root) + "&name=" + w).expect(200)
                    .json().get("total").asLong());
            assertEquals(wildcard, 0, api.get("/members?subtreeOf=" + id(root) + "&tag=" + w).expect(200)
                    .json().get("total").asLong());
            assertEquals(wildcard, 0, api.get("/organizations?name=" + w).expect(200).json().get("total").asLong());
        }

        // bad query parameters
        api.get("/members?size=0").expectInvalid("size");
        api.get("/members?size=501").expectInvalid("size");
        api.get("/members?page=-1").expectInvalid("page");
        api.get("/members?subtreeOf=987654321").problem(404);
        api.get("/members?sort=-idNumber").expectInvalid("sort");
        Response badCategory = api.get("/members?category=HONORARY");
        badCategory.expectInvalid("category");
        assertTrue(badCategory.toString(), badCategory.problem(badCategory.status()).toString().contains("category"));
    }

    @Test
    public void invalidMembersAreRefusedNamingTheFields() {
        JsonNode root = fixtures.root("MVAL");
        JsonNode branch = fixtures.branch(root, "MVALB");
        JsonNode noParty = fixtures.unit(Fixtures.code("MVALN"), id(root), "ENTERPRISE", "NONE");
        long org = id(branch);

        // ID number check character
        JsonNode checksum = api.post("/members", Json.with(memberDraft("甲", IdNumbers.MALE_1980_01_01, org),
                "idNumber", IdNumbers.BAD_CHECKSUM)).expectInvalid("idNumber");
        assertTrue(checksum.toString(), checksum.toString().contains("check"));
        api.post("/members", Json.with(memberDraft("甲", IdNumbers.MALE_1980_01_01, org), "idNumber", "12345"))
                .expectInvalid("idNumber");
        // birth date and sex must agree with the ID number
        String male = IdNumbers.next(true);
        api.post("/members", Json.with(memberDraft("乙", male, org), "birthDate",
                IdNumbers.birthDate(male).plusDays(1).toString())).expectInvalid("birthDate");
        api.post("/members", Json.with(memberDraft("丙", male, org), "sex", "FEMALE")).expectInvalid("sex");
        String female = IdNumbers.next(false);
        api.post("/members", Json.with(memberDraft("丁", female, org), "sex", "MALE")).expectInvalid("sex");
        // the organization must exist and host a Party organization
        api.post("/members", memberDraft("戊", IdNumbers.next(true), id(noParty))).expectInvalid("organizationId");
        api.post("/members", memberDraft("戊", IdNumbers.next(true), 987_654_321L)).expectInvalid("organizationId");
        // required fields, date rules, phone
        api.post("/members", Json.obj()).expectInvalid("name", "sex", "idNumber", "category", "joinedOn",
                "organizationId", "status");
        String young = IdNumbers.next(true);
        api.post("/members", Json.with(memberDraft("己", young, org), "joinedOn",
                IdNumbers.birthDate(young).plusYears(17).toString(), "fullMemberOn", null)).expectInvalid("joinedOn");
        api.post("/members", Json.with(memberDraft("庚", IdNumbers.next(true), org), "category", "PROBATIONARY"))
                .expectInvalid("fullMemberOn");
        api.post("/members", Json.with(memberDraft("辛", IdNumbers.next(true), org), "phone", "12345"))
                .expectInvalid("phone");
        api.post("/members", Json.with(memberDraft("壬", IdNumbers.next(true), org), "status", "FLOATING"))
                .expectInvalid("floatingDestination");
        api.post("/members", Json.with(memberDraft("癸", IdNumbers.next(true), org), "joinedOn",
                LocalDate.now().plusDays(3).toString(), "fullMemberOn", null)).expectInvalid("joinedOn");
        api.post("/members", Json.with(memberDraft("子", IdNumbers.next(true), org), "residenceCommunityId", id(noParty))).expectInvalid("residenceCommunityId");
        // JSON that does not fit: bad enums, unknown field, bad date
        api.post("/members", Json.with(memberDraft("丑", IdNumbers.next(true), org), "sex", "M")).expectInvalid("sex");
        api.post("/members", Json.with(memberDraft("丑", IdNumbers.next(true), org), "category", "HONORARY"))
                .expectInvalid("category");
        api.post("/members", Json.with(memberDraft("丑", IdNumbers.next(true), org), "status", "MISSING"))
                .expectInvalid("status");
        // leaving the roll is a step with its reason and day (MemberService.leave), never an edited status
        api.post("/members", Json.with(memberDraft("丑", IdNumbers.next(true), org), "status", "LEFT"))
                .expectInvalid("status");
        api.post("/members", Json.with(memberDraft("丑", IdNumbers.next(true), org), "nickname", "小张"))
                .expectInvalid("nickname");
        api.post("/members", Json.with(memberDraft("丑", IdNumbers.next(true), org), "birthDate", "01/01/1980"))
                .expectInvalid("birthDate");
        api.post("/members", "{\"name\": ").problem(400);
        api.postBytes("/members", "text/plain", "name=x".getBytes(UTF_8)).problem(415);

        // the ID number is unique
        String idNumber = IdNumbers.next(false);
        JsonNode first = fixtures.member(memberDraft("寅", idNumber, org));
        api.post("/members", memberDraft("卯", idNumber, org)).expectInvalid("idNumber");
        JsonNode second = fixtures.member(memberDraft("辰", IdNumbers.next(true), org));
        api.put("/members/" + id(second), Json.with(memberDraft("辰", idNumber, org), "sex", "FEMALE"), version(second))
                .expectInvalid("idNumber");
        // and the update path checks the draft too
        api.put("/members/" + id(first), Json.with(memberDraft("寅", idNumber, org), "sex", "MALE"), version(first))
                .expectInvalid("sex");

        // nothing invalid was stored
        assertEquals(2, api.get("/members?subtreeOf=" + id(root)).expect(200).json().get("total").asLong());
    }

    @Test
    public void transfersMoveTheMemberAndKeepHistory() {
        JsonNode root = fixtures.root("TR");
        JsonNode from = fixtures.branch(root, "TRA");
        JsonNode to = fixtures.branch(root, "TRB");
        JsonNode noParty = fixtures.unit(Fixtures.code("TRN"), id(root), "ENTERPRISE", "NONE");
        JsonNode member = fixtures.member("转接党员", id(from));
        long id = id(member);
        assertEquals(0, api.get("/members/" + id + "/transfers").expect(200).json().size());

        Response moved = api.post("/members/" + id + "/transfer", Json.obj("toOrganizationId", id(to),
                "transferredOn", "2024-03-01", "reason", "工作调动", "version", version(member))).expect(200);
        JsonNode afterFirst = moved.json();
        assertEquals(id(to), afterFirst.get("organizationId").asLong());
        assertTrue(version(afterFirst) > version(member));
        assertEquals(version(afterFirst), moved.etagVersion());
        assertEquals(id(to), api.get("/members/" + id).expect(200).json().get("organizationId").asLong());
        assertEquals(0, api.get("/members?subtreeOf=" + id(from)).expect(200).json().get("total").asLong());
        assertEquals(1, api.get("/members?subtreeOf=" + id(to)).expect(200).json().get("total").asLong());

        // the roll at this year's end is kept once asked for (MemberHistory): the next transfer must move it (below)
        assertEquals(1L, (long) membersAtYearEnd(id(to), LocalDate.now().getYear(), LocalDate.now().getYear()).get(0));

        // a stale version is refused and changes nothing
        api.post("/members/" + id + "/transfer", Json.obj("toOrganizationId", id(root), "version", version(member)))
                .problem(409);
        // refused targets and requests
        api.post("/members/" + id + "/transfer", Json.obj("toOrganizationId", id(noParty), "version", version(afterFirst)))
                .expectInvalid("toOrganizationId");
        api.post("/members/" + id + "/transfer", Json.obj("toOrganizationId", 987_654_321L, "version", version(afterFirst)))
                .expectInvalid("toOrganizationId");
        api.post("/members/" + id + "/transfer", Json.obj("toOrganizationId", id(to), "version", version(afterFirst)))
                .expectInvalid("toOrganizationId");
        api.post("/members/" + id + "/transfer", Json.obj("toOrganizationId", id(root))).expectInvalid("version");
        api.post("/members/" + id + "/transfer", Json.obj("version", version(afterFirst))).expectInvalid("toOrganizationId");
        api.post("/members/" + id + "/transfer", Json.obj("toOrganizationId", id(root), "version", version(afterFirst),
                "transferredOn", LocalDate.now().plusDays(2).toString())).expectInvalid("transferredOn");
        api.post("/members/987654321/transfer", Json.obj("toOrganizationId", id(root), "version", 0)).problem(404);
        assertEquals(1, api.get("/members/" + id + "/transfers").expect(200).json().size());

        JsonNode afterSecond = api.post("/members/" + id + "/transfer", Json.obj("toOrganizationId", id(root),
                "reason", "回到街道", "version", version(afterFirst))).expect(200).json();
        assertEquals(id(root), afterSecond.get("organizationId").asLong());

        JsonNode history = api.get("/members/" + id + "/transfers").expect(200).json();
        assertEquals(history.toString(), 2, history.size());
        JsonNode t1 = history.get(0);
        assertEquals(id, t1.get("memberId").asLong());
        assertEquals(id(from), t1.get("fromOrganizationId").asLong());
        assertEquals(id(to), t1.get("toOrganizationId").asLong());
        assertEquals("2024-03-01", t1.get("transferredOn").asText());
        assertEquals("工作调动", t1.get("reason").asText());
        assertTrue(t1.toString(), t1.hasNonNull("recordedAt"));
        JsonNode t2 = history.get(1);
        assertEquals(id(to), t2.get("fromOrganizationId").asLong());
        assertEquals(id(root), t2.get("toOrganizationId").asLong());
        assertEquals(LocalDate.now().toString(), t2.get("transferredOn").asText());

        // the roll at each year's end follows the transfers: in the first branch until 2024-03-01, then in the second
        // until today, then in the street (which holds both branches)
        int thisYear = LocalDate.now().getYear();
        assertEquals(List.of(1L, 0L), membersAtYearEnd(id(from), 2023, 2024));
        assertEquals(List.of(0L, 1L), membersAtYearEnd(id(to), 2023, 2024));
        assertEquals(0L, (long) membersAtYearEnd(id(to), thisYear, thisYear).get(0));
        assertEquals(List.of(1L, 1L), membersAtYearEnd(id(root), 2023, 2024));
        assertEquals(1L, (long) membersAtYearEnd(id(root), thisYear, thisYear).get(0));

        // an update of the transferred member keeps its new organization and needs its newest version
        api.put("/members/" + id, Json.with(memberDraft("转接党员", member.get("idNumber").asText(), id(from)),
                "post", "委员"), version(afterFirst)).problem(409);
        JsonNode updated = api.put("/members/" + id, Json.with(memberDraft("转接党员", member.get("idNumber").asText(),
                id(from)), "post", "委员"), version(afterSecond)).expect(200).json();
        assertEquals(id(root), updated.get("organizationId").asLong());
        assertFalse(api.get("/members/" + id + "/transfers").expect(200).json().isEmpty());
    }

    /** The members of the subtree at each year's end, from {@code from} to {@code to}. */
    private List<Long> membersAtYearEnd(long subtreeOf, int from, int to) {
        List<Long> members = new ArrayList<>();
        for (JsonNode year : api.get("/statistics/members-at-year-end?subtreeOf=" + subtreeOf + "&from=" + from + "&to=" + to)
                .expect(200).json().get("years")) {
            members.add(year.get("members").asLong());
        }
        return members;
    }

    /** Racing transfers, updates and creates: one success each, the rest 409 (or 422 for a taken ID), never 500. */
    @Test
    public void racingWritersGetOneSuccessAndConflicts() throws Exception {
        JsonNode root = fixtures.root("MRACE");
        JsonNode a = fixtures.branch(root, "MRACEA");
        JsonNode b = fixtures.branch(root, "MRACEB");
        List<String> problems = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            String idNumber = IdNumbers.next(round % 2 == 0);
            String name = "并发党员" + round;
            JsonNode member = fixtures.member(memberDraft(name, idNumber, id(a)));
            long id = id(member);
            List<Response> transfers = Concurrently.run(6, n -> api.post("/members/" + id + "/transfer",
                    Json.obj("toOrganizationId", id(n % 2 == 0 ? b : root), "version", version(member))));
            if (Concurrently.count(transfers, 200) != 1 || Concurrently.count(transfers, 409) != transfers.size() - 1) {
                problems.add("transfer round " + round + ": " + Concurrently.describe(transfers, 200, 409));
            }
            if (api.get("/members/" + id + "/transfers").expect(200).json().size() != 1) {
                problems.add("transfer round " + round + " recorded more than one transfer");
            }
            JsonNode current = api.get("/members/" + id).expect(200).json();
            List<Response> updates = Concurrently.run(6, n -> api.put("/members/" + id,
                    Json.with(memberDraft(name, idNumber, id(a)), "post", "岗位" + n), version(current)));
            if (Concurrently.count(updates, 200) != 1 || Concurrently.count(updates, 409) != updates.size() - 1) {
                problems.add("update round " + round + ": " + Concurrently.describe(updates, 200, 409));
            }
            String sameId = IdNumbers.next(true);
            List<Response> creates = Concurrently.run(6, n -> api.post("/members", memberDraft("同号" + n, sameId, id(a))));
            if (Concurrently.count(creates, 201) != 1 || Concurrently.count(creates, 422) != creates.size() - 1) {
                problems.add("create round " + round + ": " + Concurrently.describe(creates, 201, 422));
            }
            if (api.get("/members?idNumber=" + sameId).expect(200).json().get("total").asLong() != 1) {
                problems.add("create round " + round + " stored the same ID number twice");
            }
        }
        assertTrue("racing writers got answers other than one success and conflicts:\n" + String.join("\n", problems),
                problems.isEmpty());
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).asText()));
        return texts;
    }
}
