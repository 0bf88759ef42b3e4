package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Json;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 榜样典型培树's award campaigns (两优一先, 七一表彰) end to end on the district distribution with the demo data: a
 * campaign with quotas, a nomination reviewed level by level (returned once) and awarded into the honours register
 * and the role-model pool, another returned home and withdrawn; the published campaign's window and quotas changed
 * (a later opening or a quota below its nominations refused, nothing stored); the nominations and the honours as
 * spreadsheets; the demo's 2024 campaigns and the figures computed from them.
 * <p>
 * Run by {@link RoleModelIT}, which extends this class: both need the district with rolemodel's demo, and one
 * container start fewer saves CI a minute. The tests write below units of their own and read the demo district.
 */
abstract class RoleModelAwardsTests extends RoleModelTestSupport {
    @Test
    public void aCampaignsNominationIsReviewedLevelByLevelAndAwarded() {
        int year = LocalDate.now().getYear();
        LocalDate today = LocalDate.now();
        JsonNode district = fixtures.unit(code("AWD"), null, "DISTRICT", "WORKING_COMMITTEE");
        JsonNode street = fixtures.unit(code("AWS"), id(district), "STREET", "WORKING_COMMITTEE");
        JsonNode community = fixtures.unit(code("AWC"), id(street), "COMMUNITY", "BRANCH");
        JsonNode grid = fixtures.unit(code("AWG"), id(community), "GRID", "BRANCH");
        JsonNode otherStreet = fixtures.unit(code("AWO"), id(district), "STREET", "WORKING_COMMITTEE");
        api.putWithoutVersion("/modules/rolemodel/enablement/" + id(district), Json.obj("enabled", true)).expect(200);
        JsonNode hero = fixtures.member("表彰甲", id(grid));
        JsonNode second = fixtures.member("表彰乙", id(grid));
        Api secretary = account(code("asec").toLowerCase(), "SECRETARY", id(community));
        Api streetAdmin = account(code("aadm").toLowerCase(), "UNIT_ADMIN", id(street));
        Api districtAdmin = account(code("adis").toLowerCase(), "DISTRICT_ADMIN", id(district));
        Api otherAdmin = account(code("aoth").toLowerCase(), "UNIT_ADMIN", id(otherStreet));

        secretary.post(RM + "/campaigns", Json.obj("name", "x")).problem(403);
        districtAdmin.post(RM + "/campaigns", Json.obj()).expectInvalid("name", "kind", "year", "organizationId", "issuer", "categories",
                "opensOn", "closesOn");
        districtAdmin.post(RM + "/campaigns", Json.obj("name", "倒置", "kind", "JULY_FIRST", "year", year, "organizationId", id(district),
                "issuer", "区委", "categories", Json.arr("OUTSTANDING_MEMBER"), "opensOn", today.toString(),
                "closesOn", today.minusDays(1).toString())).expectInvalid("closesOn");
        JsonNode campaign = districtAdmin.post(RM + "/campaigns", Json.obj("name", year + "年“两优一先”评选表彰", "kind",
                "TWO_EXCELLENT_ONE_ADVANCED", "year", year, "organizationId", id(district), "issuer", "中共高新区工作委员会",
                "categories", Json.arr("OUTSTANDING_MEMBER", "ADVANCED_ORGANIZATION"), "opensOn", today.minusDays(1).toString(),
                "closesOn", today.plusDays(30).toString(), "quotas", Json.arr(Json.obj("category", "OUTSTANDING_MEMBER",
                        "organizationId", id(street), "quota", 1)))).expect(201).json();
        assertEquals("DISTRICT", campaign.path("level").asText());
        assertTrue(campaign.path("open").asBoolean());
        JsonNode closed = streetAdmin.post(RM + "/campaigns", Json.obj("name", "七一表彰（已截止）", "kind", "JULY_FIRST", "year", year,
                "organizationId", id(street), "issuer", "街道党工委", "categories", Json.arr("OUTSTANDING_MEMBER"),
                "opensOn", today.minusDays(30).toString(), "closesOn", today.minusDays(10).toString())).expect(201).json();

        // ---- nominations: bad input, a closed window, the quota
        String nominations = RM + "/nominations";
        secretary.post(nominations, Json.obj("campaignId", id(campaign), "category", "OUTSTANDING_MEMBER"))
                .expectInvalid("memberId", "field", "deeds");
        JsonNode late = secretary.post(nominations, Json.obj("campaignId", id(closed), "category", "OUTSTANDING_MEMBER", "memberId", id(hero),
                "field", "COMMUNITY_SERVICE", "deeds", "事迹")).problem(409);
        assertTrue(late.toString(), late.path("detail").asText().contains(today.minusDays(10).toString()));
        JsonNode n = secretary.post(nominations, Json.obj("campaignId", id(campaign), "category", "OUTSTANDING_MEMBER", "memberId", id(hero),
                "field", "COMMUNITY_SERVICE", "deeds", "扎根社区十年，带领党员志愿服务队开展服务")).expect(201).json();
        assertEquals("PENDING", n.path("status").asText());
        assertEquals(id(community), n.path("pendingUnitId").asLong());
        secretary.post(nominations, Json.obj("campaignId", id(campaign), "category", "OUTSTANDING_MEMBER", "memberId", id(second),
                "field", "COMMUNITY_SERVICE", "deeds", "事迹")).problem(409);
        assertEquals(1, secretary.get(nominations + "?unit=" + id(community)).expect(200).json().path("total").asInt());
        JsonNode illegal = secretary.post(nominations + "/" + id(n) + "/withdraw", Json.obj(), version(n)).problem(409);
        assertTrue(illegal.toString(), illegal.path("detail").asText().matches(".*(Approve, Return|同意、退回).*"));

        // ---- community → street (returned once) → district, awarded
        assertEquals(1, secretary.get(nominations + "?unit=" + id(community) + "&pendingAt=true").expect(200).json().path("total").asInt());
        n = secretary.post(nominations + "/" + id(n) + "/approve", Json.obj("opinion", "同意"), version(n)).expect(200).json();
        assertEquals(id(street), n.path("pendingUnitId").asLong());
        secretary.post(nominations + "/" + id(n) + "/approve", Json.obj(), version(n)).problem(409);
        streetAdmin.post(nominations + "/" + id(n) + "/return", Json.obj(), version(n)).expectInvalid("opinion");
        n = streetAdmin.post(nominations + "/" + id(n) + "/return", Json.obj("opinion", "请补充事迹材料"), version(n)).expect(200).json();
        n = secretary.post(nominations + "/" + id(n) + "/approve", Json.obj("opinion", "已补充"), version(n)).expect(200).json();
        n = streetAdmin.post(nominations + "/" + id(n) + "/approve", Json.obj("opinion", "同意"), version(n)).expect(200).json();
        String inbox = districtAdmin.get("/notifications?size=50").expect(200).text();
        assertTrue(inbox, inbox.contains("rolemodel.nomination.pending") && inbox.contains("表彰甲"));
        n = districtAdmin.post(nominations + "/" + id(n) + "/approve", Json.obj("opinion", "同意表彰"), version(n)).expect(200).json();
        assertEquals("AWARDED", n.path("status").asText());
        assertEquals("[]", n.path("allowedActions").toString());
        List<String> history = new ArrayList<>();
        secretary.get(nominations + "/" + id(n) + "/history").expect(200).json()
                .forEach(s -> history.add(s.path("action").asText() + "@" + s.path("unitId").asLong()));
        assertEquals(List.of("SUBMIT@" + id(grid), "APPROVE@" + id(community), "RETURN@" + id(street), "APPROVE@" + id(community),
                "APPROVE@" + id(street), "APPROVE@" + id(district)), history);
        JsonNode honours = secretary.get(RM + "/honours?unit=" + id(community) + "&member=" + id(hero)).expect(200).json();
        assertEquals(honours.toString(), 1, honours.path("total").asInt());
        JsonNode honour = honours.path("items").get(0);
        assertEquals("DISTRICT", honour.path("level").asText());
        assertEquals("中共高新区工作委员会", honour.path("issuer").asText());
        assertEquals(year, honour.path("year").asInt());
        assertEquals("表彰甲", secretary.get(RM + "/models/" + honour.path("modelId").asLong()).expect(200).json().path("name").asText());

        // ---- an organization's nomination returned home and withdrawn
        JsonNode org = secretary.post(nominations, Json.obj("campaignId", id(campaign), "category", "ADVANCED_ORGANIZATION",
                "organizationId", id(grid), "field", "COMMUNITY_SERVICE", "deeds", "网格党支部服务群众成效明显")).expect(201).json();
        org = secretary.post(nominations + "/" + id(org) + "/return", Json.obj("opinion", "材料不全"), version(org)).expect(200).json();
        assertEquals("RETURNED", org.path("status").asText());
        org = secretary.post(nominations + "/" + id(org) + "/withdraw", Json.obj(), version(org)).expect(200).json();
        secretary.post(nominations + "/" + id(org) + "/submit", Json.obj(), version(org)).problem(409);

        // ---- figures and scope
        JsonNode figures = districtAdmin.get(RM + "/campaigns/" + id(campaign) + "/figures").expect(200).json();
        assertEquals(figures.toString(), 2, figures.path("nominations").asInt());
        assertEquals(1, figures.path("byStatus").path("WITHDRAWN").asInt());
        JsonNode member = figures.path("categories").get(0);
        assertEquals("OUTSTANDING_MEMBER", member.path("category").asText());
        assertEquals(1, member.path("awarded").asInt());
        assertEquals(1, member.path("quota").asInt());
        JsonNode stats = districtAdmin.get(RM + "/statistics?unit=" + id(district) + "&year=" + year).expect(200).json();
        assertEquals(1, stat(stats, "rolemodel.nominations").path("breakdown").path("AWARDED").asInt());
        assertEquals(1, stat(stats, "rolemodel.honours").path("breakdown").path("OUTSTANDING_MEMBER").asInt());
        otherAdmin.get(nominations + "/" + id(n)).problem(404);
        otherAdmin.get(RM + "/campaigns/" + id(closed)).problem(404);
        otherAdmin.get(RM + "/campaigns/" + id(campaign)).expect(200);
        assertEquals(0, otherAdmin.get(RM + "/honours?unit=" + id(otherStreet)).expect(200).json().path("total").asInt());

        // ---- the published campaign changed: window and quotas, the nominations made kept valid; refusals store nothing
        String path = RM + "/campaigns/" + id(campaign);
        campaign = districtAdmin.get(path).expect(200).json();
        JsonNode window = Json.obj("opensOn", today.minusDays(1).toString(), "closesOn", today.plusDays(60).toString());
        secretary.put(path, window, version(campaign)).problem(403);
        JsonNode notOrganizer = streetAdmin.put(path, window, version(campaign)).problem(409);
        assertTrue(notOrganizer.toString(), notOrganizer.path("detail").asText().contains(campaign.path("organizationName").asText()));
        districtAdmin.put(path, Json.obj(), version(campaign)).expectInvalid("opensOn", "closesOn");
        districtAdmin.put(path, window, version(campaign) + 7).problem(409);
        districtAdmin.put(path, Json.obj("opensOn", today.plusDays(1).toString(), "closesOn", today.plusDays(60).toString()),
                version(campaign)).expectInvalid("opensOn");
        JsonNode changed = districtAdmin.put(path, Json.obj("opensOn", today.minusDays(1).toString(), "closesOn", today.plusDays(60).toString(),
                "quotas", Json.arr(Json.obj("category", "OUTSTANDING_MEMBER", "organizationId", id(street), "quota", 3),
                        Json.obj("category", "ADVANCED_ORGANIZATION", "organizationId", id(community), "quota", 1))), version(campaign))
                .expect(200).json();
        assertEquals(today.plusDays(60).toString(), changed.path("closesOn").asText());
        assertEquals(2, changed.path("quotas").size());
        assertTrue(changed.toString(), version(changed) > version(campaign));
        JsonNode quotasOnly = districtAdmin.put(path, Json.obj("opensOn", today.minusDays(1).toString(), "closesOn",
                today.plusDays(60).toString(), "quotas", Json.arr(Json.obj("category", "OUTSTANDING_MEMBER", "organizationId", id(street),
                        "quota", 3), Json.obj("category", "ADVANCED_ORGANIZATION", "organizationId", id(community), "quota", 2))),
                version(changed)).expect(200).json();
        assertTrue(quotasOnly.toString(), version(quotasOnly) > version(changed));
        assertEquals(quotasOnly.toString(), 2, districtAdmin.get(path).expect(200).json().path("quotas").get(0).path("quota").asInt()
                + districtAdmin.get(path).expect(200).json().path("quotas").get(1).path("quota").asInt() - 3);
        changed = quotasOnly;
        secretary.post(nominations, Json.obj("campaignId", id(campaign), "category", "OUTSTANDING_MEMBER", "memberId", id(second),
                "field", "COMMUNITY_SERVICE", "deeds", "带头开展邻里互助")).expect(201);
        JsonNode below = districtAdmin.put(path, Json.obj("opensOn", today.minusDays(1).toString(), "closesOn", today.plusDays(60).toString(),
                "quotas", Json.arr(Json.obj("category", "OUTSTANDING_MEMBER", "organizationId", id(street), "quota", 1))), version(changed))
                .expectInvalid("quotas[0].quota");
        assertTrue(below.toString(), below.toString().contains("2"));
        JsonNode kept = districtAdmin.get(path).expect(200).json();
        assertEquals(2, kept.path("quotas").size());
        assertEquals(version(changed), version(kept));

        // ---- spreadsheets: the campaign's nominations (the caller's part) and the honours register
        String sheet = districtAdmin.get(path + "/nominations/export?format=CSV").expect(200).text();
        assertTrue(sheet, sheet.contains("表彰类别") && sheet.contains("表彰甲") && sheet.contains("表彰乙") && sheet.contains("已表彰"));
        String theirs = otherAdmin.get(path + "/nominations/export?format=CSV").expect(200).text();
        assertTrue(theirs, theirs.contains("表彰类别") && !theirs.contains("表彰甲"));
        otherAdmin.get(RM + "/campaigns/" + id(closed) + "/nominations/export?format=CSV").problem(404);
        String register = secretary.get(RM + "/honours/export?unit=" + id(community) + "&year=" + year + "&format=CSV").expect(200).text();
        assertTrue(register, register.contains("表彰甲") && register.contains("中共高新区工作委员会") && register.contains("优秀共产党员"));
        byte[] xlsx = districtAdmin.get(RM + "/honours/export?unit=" + id(district) + "&format=XLSX").expect(200).bytes();
        assertTrue(xlsx.length > 4 && xlsx[0] == 'P' && xlsx[1] == 'K');
        otherAdmin.get(RM + "/honours/export?unit=" + id(community) + "&format=CSV").problem(404);
    }

    /** The demo's 2024 campaigns: nominations by status and honours per category, from the statistics queries. */
    @Test
    public void theDemosAwardCampaignsFeedTheHonoursRegister() {
        long district = districtRoot();
        JsonNode stats = demoStatistics(district);
        JsonNode campaigns = api.get(RM + "/campaigns?unit=" + district + "&year=2024").expect(200).json();
        assertEquals(campaigns.toString(), 2, campaigns.path("total").asInt());
        JsonNode nominations = stat(stats, "rolemodel.nominations").path("breakdown");
        JsonNode honours = stat(stats, "rolemodel.honours");
        System.out.println("rolemodel demo 2024: nominations " + nominations + ", honours " + honours.path("breakdown"));
        int awarded = nominations.path("AWARDED").asInt();
        assertTrue(nominations.toString(), awarded > 0 && nominations.path("PENDING").asInt() > 0 && nominations.path("WITHDRAWN").asInt() > 0);
        assertEquals(awarded, honours.path("value").asInt());
        JsonNode register = api.get(RM + "/honours?unit=" + district + "&year=2024&size=200").expect(200).json();
        assertEquals(awarded, register.path("total").asInt());
        register.path("items").forEach(h -> assertTrue(h.toString(), h.hasNonNull("modelId")));
        // the honours link the year's role models: the report's tiers and recommendations stay as they were
        assertReportsTiers(stats);
        for (JsonNode c : campaigns.path("items")) {
            for (JsonNode f : api.get(RM + "/campaigns/" + id(c) + "/figures").expect(200).json().path("categories")) {
                assertTrue(f.toString(), f.path("quota").asInt() == 0 || f.path("nominations").asInt() <= f.path("quota").asInt());
            }
        }
    }
}
