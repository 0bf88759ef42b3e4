package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.code;
import static org.grassroots.itests.support.Fixtures.id;
import static org.grassroots.itests.support.Fixtures.unitDraft;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.LocalDate;
import java.util.function.BiFunction;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * BuildingsIT's second workflow, kept apart so each file stays readable: a street sets up a business district (商圈)
 * with a building and an enterprise, records a joint meeting with attendance and outcomes, the enterprise leaves;
 * puts a 两新 organization under its 综合党委, sees the organizations with none, ends the management and assigns anew;
 * the street's figures count it all; imports a sheet of move-ins (all rows or none), then one of a coverage change and
 * a move-out, and exports them; another street sees none of it.
 */
final class BuildingsJointWork {
    private static final String BLD = "/api/buildings";

    private final Api api;
    private final BiFunction<String, Long, Api> unitAdmin;

    BuildingsJointWork(Api api, BiFunction<String, Long, Api> unitAdmin) {
        this.api = api;
        this.unitAdmin = unitAdmin;
    }

    private JsonNode unit(String prefix, Long parent, String type, String party, String domain) {
        return api.post("/organizations", Json.with(unitDraft(code(prefix), code(prefix) + "单位", parent, type, party),
                "domain", domain)).expect(201).json();
    }

    private static JsonNode statistic(Api caller, long unit, int year, String id) {
        for (JsonNode s : caller.get(BLD + "/statistics?unit=" + unit + "&year=" + year).expect(200).json()) {
            if (id.equals(s.path("id").asText())) {
                return s;
            }
        }
        throw new AssertionError("no statistic " + id);
    }

    /** Runs the workflow; answers the street's code (for the shell). */
    String run() {
        LocalDate today = LocalDate.now();
        JsonNode street = unit("JST", null, "STREET", "WORKING_COMMITTEE", "URBAN_COMMUNITY");
        JsonNode building = unit("JBB", id(street), "BUILDING", "JOINT_BRANCH", "EMERGING");
        JsonNode own = unit("JE1", id(building), "ENTERPRISE", "BRANCH", "EMERGING");
        JsonNode bare = unit("JE2", id(building), "ENTERPRISE", "NONE", "EMERGING");
        JsonNode society = unit("JS1", id(street), "SOCIAL_ORGANIZATION", "NONE", "EMERGING");
        JsonNode committee = unit("JCC", id(street), "INSTITUTION", "COMMITTEE", "INSTITUTION");
        JsonNode otherStreet = unit("JOS", null, "STREET", "WORKING_COMMITTEE", "URBAN_COMMUNITY");
        api.putWithoutVersion("/modules/buildings/enablement/" + id(street), Json.obj("enabled", true)).expect(200);
        Api admin = unitAdmin.apply(code("jadm").toLowerCase(), id(street));
        Api other = unitAdmin.apply(code("joth").toLowerCase(), id(otherStreet));
        String established = today.minusMonths(3).toString();

        // ---- a business district led by the street's working committee: members, a joint meeting with attendance
        admin.post(BLD + "/districts", Json.obj("leadOrgId", id(bare), "name", " ", "establishedOn", today.plusDays(1).toString()))
                .expectInvalid("leadOrgId", "name", "establishedOn");
        assertEquals(0, admin.get(BLD + "/districts?unit=" + id(street)).expect(200).json().path("total").asInt());
        JsonNode district = admin.post(BLD + "/districts", Json.obj("leadOrgId", id(street), "name", "舜华路商圈",
                "mechanism", "联席会议每季度一次，共商共建", "establishedOn", established)).expect(201).json();
        admin.post(BLD + "/districts", Json.obj("leadOrgId", id(street), "name", "舜华路商圈", "establishedOn", established)).problem(409);
        String members = BLD + "/districts/" + id(district) + "/members";
        admin.post(members, Json.obj("unitId", id(otherStreet), "joinedOn", established)).expectInvalid("unitId");
        admin.post(members, Json.obj("unitId", id(street), "joinedOn", today.minusYears(1).toString())).expectInvalid("unitId", "joinedOn");
        admin.post(members, Json.obj("unitId", id(building), "joinedOn", established)).expect(200);
        JsonNode joined = admin.post(members, Json.obj("unitId", id(bare), "joinedOn", established)).expect(200).json();
        assertEquals(joined.toString(), 1, joined.path("buildings").asInt());
        assertEquals(1, joined.path("units").asInt());
        admin.post(members, Json.obj("unitId", id(bare), "joinedOn", established)).problem(409);
        String activities = BLD + "/districts/" + id(district) + "/activities";
        admin.post(activities, Json.obj("kind", "JOINT_MEETING", "heldOn", today.toString(), "topic", "商圈停车共享",
                "presentUnitIds", Json.arr(id(own)), "participants", 0)).expectInvalid("presentUnitIds[0]", "participants");
        JsonNode meeting = admin.post(activities, Json.obj("kind", "JOINT_MEETING", "heldOn", today.toString(), "topic", "商圈停车共享",
                "presentUnitIds", Json.arr(id(building)), "participants", 12, "outcomes", "议定错峰停车方案")).expect(201).json();
        assertEquals(meeting.toString(), 2, meeting.path("expected").asInt());
        JsonNode after = admin.get(BLD + "/districts/" + id(district)).expect(200).json();
        assertEquals(after.toString(), 1, after.path("activities").asInt());
        assertEquals(1, after.path("members").get(0).path("attended").asInt());
        assertEquals(0, after.path("members").get(1).path("attended").asInt());
        assertEquals(1, admin.get(activities).expect(200).json().path("total").asInt());
        // a member leaves: not before its last meeting, once; it stays listed, is no longer counted, cannot be present
        // afterwards and cannot join again
        long buildingMember = after.path("members").get(0).path("id").asLong();
        long bareMember = after.path("members").get(1).path("id").asLong();
        admin.post(members + "/" + buildingMember + "/leave", Json.obj("leftOn", today.minusDays(1).toString())).expectInvalid("leftOn");
        admin.post(members + "/" + bareMember + "/leave", Json.obj("leftOn", today.minusYears(1).toString())).expectInvalid("leftOn");
        admin.post(members + "/987654321/leave", Json.obj("leftOn", today.toString())).problem(404);
        JsonNode left = admin.post(members + "/" + bareMember + "/leave", Json.obj("leftOn", today.minusDays(1).toString())).expect(200).json();
        assertEquals(left.toString(), 0, left.path("units").asInt());
        assertEquals(today.minusDays(1).toString(), left.path("members").get(1).path("leftOn").asText());
        admin.post(members + "/" + bareMember + "/leave", Json.obj("leftOn", today.toString())).problem(409);
        admin.post(activities, Json.obj("kind", "JOINT_ACTIVITY", "heldOn", today.toString(), "topic", "楼宇开放日",
                "presentUnitIds", Json.arr(id(building), id(bare)), "participants", 30)).expectInvalid("presentUnitIds[1]");
        admin.post(members, Json.obj("unitId", id(bare), "joinedOn", today.toString())).problem(409);
        admin.post(activities, Json.obj("kind", "JOINT_ACTIVITY", "heldOn", today.toString(), "topic", "楼宇开放日",
                "presentUnitIds", Json.arr(id(building)), "participants", 30)).expect(201);
        JsonNode figures = statistic(admin, id(street), today.getYear(), "buildings.districts");
        assertEquals(figures.toString(), 1, figures.path("value").asInt());
        assertEquals(1, figures.path("breakdown").path("buildings").asInt());
        assertEquals(0, figures.path("breakdown").path("units").asInt());
        assertEquals(1, figures.path("breakdown").path("JOINT_MEETING").asInt());
        assertEquals(1, figures.path("breakdown").path("JOINT_ACTIVITY").asInt());
        assertEquals(42, figures.path("breakdown").path("participants").asInt());

        // ---- 两企三新 management: the street's 综合党委 manages one 两新 organization; the others have none
        JsonNode summary = admin.get(BLD + "/management/summary?unit=" + id(street)).expect(200).json();
        assertEquals(summary.toString(), 3, summary.path("organizations").asInt());
        assertEquals(3, summary.path("unmanaged").asInt());
        admin.post(BLD + "/management", Json.obj("organizationId", id(building), "committeeId", id(bare), "since", established))
                .expectInvalid("organizationId", "committeeId", "kind");
        JsonNode managed = admin.post(BLD + "/management", Json.obj("organizationId", id(own), "committeeId", id(committee),
                "kind", "COMPREHENSIVE", "since", established)).expect(201).json();
        admin.post(BLD + "/management", Json.obj("organizationId", id(own), "committeeId", id(committee), "kind", "DIRECT",
                "since", established)).problem(409);
        JsonNode none = admin.get(BLD + "/management?unit=" + id(street) + "&managed=false").expect(200).json();
        assertEquals(none.toString(), 2, none.path("total").asInt());
        assertTrue(none.toString(), none.toString().contains(society.path("code").asText()));
        summary = admin.get(BLD + "/management/summary?unit=" + id(street)).expect(200).json();
        assertEquals(summary.toString(), 1, summary.path("managed").asInt());
        assertEquals(id(committee), summary.path("committees").get(0).path("committeeId").asLong());
        String change = BLD + "/management/" + managed.path("managementId").asLong();
        JsonNode changed = admin.put(change, Json.obj("committeeId", id(committee), "kind", "DIRECT", "since", established),
                managed.path("version").asLong()).expect(200).json();
        assertEquals("DIRECT", changed.path("kind").asText());
        admin.put(change, Json.obj("committeeId", id(committee), "kind", "COMPREHENSIVE", "since", established),
                managed.path("version").asLong()).problem(409);
        // the management ends (If-Match, not before it began): the organization has none, the row is closed for good,
        // and it can be put under a committee again
        String end = change + "/end";
        admin.post(end, Json.obj("endedOn", today.toString())).problem(428);
        admin.post(end, Json.obj("endedOn", today.minusYears(1).toString()), changed.path("version").asLong()).expectInvalid("endedOn");
        admin.post(end, Json.obj("endedOn", today.toString()), managed.path("version").asLong()).problem(409);
        JsonNode ended = admin.post(end, Json.obj("endedOn", today.toString()), changed.path("version").asLong()).expect(200).json();
        assertTrue(ended.toString(), !ended.hasNonNull("managementId") && !ended.hasNonNull("committeeId"));
        assertEquals(3, admin.get(BLD + "/management/summary?unit=" + id(street)).expect(200).json().path("unmanaged").asInt());
        admin.post(end, Json.obj("endedOn", today.toString()), changed.path("version").asLong() + 1).problem(409);
        admin.put(change, Json.obj("committeeId", id(committee), "kind", "DIRECT", "since", established),
                changed.path("version").asLong() + 1).problem(409);
        admin.post(BLD + "/management", Json.obj("organizationId", id(own), "committeeId", id(committee), "kind", "COMPREHENSIVE",
                "since", today.toString())).expect(201);
        JsonNode management = statistic(admin, id(street), today.getYear(), "buildings.management");
        assertEquals(management.toString(), 1, management.path("value").asInt());
        assertEquals(3, management.path("breakdown").path("organizations").asInt());
        assertEquals(1, management.path("breakdown").path("COMPREHENSIVE").asInt());
        assertEquals(0, management.path("breakdown").path("DIRECT").asInt());
        assertEquals(2, management.path("breakdown").path("unmanaged").asInt());

        // ---- tenancies from a sheet: all rows or none, then out again
        String template = admin.get(BLD + "/tenancies/export?unit=" + id(street) + "&format=CSV&template=true").expect(200).text();
        assertTrue(template, template.contains("楼宇代码") && template.contains("迁入日期"));
        String header = "楼宇代码,企业代码,企业名称,楼层,党组织覆盖,正式党员数,迁入日期\n";
        String good = building.path("code").asText() + "," + own.path("code").asText() + ",,5,单独建立党组织,6," + established + "\n"
                + building.path("code").asText() + ",,泉城表格科技有限公司,3,未覆盖,3," + established + "\n";
        JsonNode refused = admin.send("POST", BLD + "/tenancies/import?unit=" + id(street) + "&format=CSV", "text/csv",
                BodyPublishers.ofString(header + good + "NO-SUCH,,某公司,2,全覆盖,1," + established + "\n")).problem(422);
        assertEquals(refused.toString(), 2, refused.path("rowErrors").size());
        assertEquals(0, admin.get(BLD + "/tenancies?unit=" + id(street)).expect(200).json().path("total").asInt());
        JsonNode imported = admin.send("POST", BLD + "/tenancies/import?unit=" + id(street) + "&format=CSV", "text/csv",
                BodyPublishers.ofString(header + good)).expect(200).json();
        assertEquals(imported.toString(), 2, imported.path("rows").asInt());
        assertEquals(1, admin.get(BLD + "/tenancies?unit=" + id(street) + "&shouldForm=true").expect(200).json().path("total").asInt());
        // the same sheet again changes nothing; a sheet with 迁出日期 moves out, with another coverage changes it; an
        // enterprise in another building is refused, and a move-out before the move-in
        String importPath = BLD + "/tenancies/import?unit=" + id(street) + "&format=CSV";
        JsonNode again = admin.send("POST", importPath, "text/csv", BodyPublishers.ofString(header + good)).expect(200).json();
        assertEquals(again.toString(), 0, again.path("created").asInt() + again.path("coverageChanged").asInt() + again.path("movedOut").asInt());
        String header2 = "楼宇代码,企业代码,企业名称,楼层,党组织覆盖,正式党员数,迁入日期,迁出日期\n";
        String changes = building.path("code").asText() + "," + own.path("code").asText() + ",,5,楼宇联合党支部覆盖,2," + established + ",\n"
                + building.path("code").asText() + ",,泉城表格科技有限公司,3,未覆盖,3," + established + "," + today + "\n";
        JsonNode otherBuilding = unit("JBC", id(street), "BUILDING", "JOINT_BRANCH", "EMERGING");
        JsonNode early = admin.send("POST", importPath, "text/csv", BodyPublishers.ofString(header2 + changes
                + building.path("code").asText() + ",,泉城新表科技有限公司,3,未覆盖,0," + established + ","
                + today.minusYears(1) + "\n")).problem(422);
        assertEquals(early.toString(), 1, early.path("rowErrors").size());
        JsonNode elsewhere = admin.send("POST", importPath, "text/csv", BodyPublishers.ofString(header2
                + otherBuilding.path("code").asText() + "," + own.path("code").asText() + ",,2,未覆盖,0," + established + ",\n")).problem(422);
        assertEquals(elsewhere.toString(), 1, elsewhere.path("rowErrors").size());
        assertEquals(1, admin.get(BLD + "/tenancies?unit=" + id(street) + "&shouldForm=true").expect(200).json().path("total").asInt());
        JsonNode applied = admin.send("POST", importPath, "text/csv", BodyPublishers.ofString(header2 + changes)).expect(200).json();
        assertEquals(applied.toString(), 1, applied.path("coverageChanged").asInt());
        assertEquals(1, applied.path("movedOut").asInt());
        assertEquals(0, applied.path("created").asInt());
        JsonNode current = admin.get(BLD + "/tenancies?unit=" + id(street)).expect(200).json();
        assertEquals(current.toString(), 1, current.path("total").asInt());
        assertEquals("JOINT_BRANCH", current.path("items").get(0).path("coverage").asText());
        assertEquals(0, admin.get(BLD + "/tenancies?unit=" + id(street) + "&shouldForm=true").expect(200).json().path("total").asInt());
        String csv = admin.get(BLD + "/tenancies/export?unit=" + id(street) + "&format=CSV").expect(200).text();
        assertTrue(csv, csv.contains(own.path("code").asText()) && csv.contains("楼宇联合党支部覆盖") && !csv.contains("泉城表格科技有限公司"));
        String all = admin.get(BLD + "/tenancies/export?unit=" + id(street) + "&format=CSV&all=true").expect(200).text();
        assertTrue(all, all.contains("泉城表格科技有限公司") && all.contains(today.toString()));

        // ---- another street sees none of it
        other.get(BLD + "/districts/" + id(district)).problem(404);
        other.get(BLD + "/management/summary?unit=" + id(street)).problem(404);
        other.post(members + "/" + bareMember + "/leave", Json.obj("leftOn", today.toString())).problem(404);
        other.post(end, Json.obj("endedOn", today.toString()), 1).problem(404);
        other.get(BLD + "/tenancies/export?unit=" + id(street) + "&format=CSV").problem(404);
        return street.path("code").asText();
    }
}
