package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.KarafShell;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@link CommunityIT}'s check of the demo district's community activity: the report's "专题培训、先锋论坛 ... 覆盖基层党组织
 * 书记、社区工作者100余名" reproduced by the people-trained figure (the 21 communities whose secretary changed train
 * their five-person teams: 105), the events held by kind, the micro-wishes fulfilled, the 大工委 / 大党委 joint meetings
 * and their closed issues; the same in the work record and through the shell commands.
 */
final class CommunityDemoActivity {
    private CommunityDemoActivity() {
    }

    static void check(Api api, SessionFactory sessions, long district, Map<String, Double> figures) throws Exception {
        String community = CommunityTestSupport.COMMUNITY;
        assertEquals(figures.toString(), 105.0, figures.get("community.trained"), 1e-9);
        assertEquals(figures.toString(), 54.0, figures.get("community.events"), 1e-9);
        assertEquals(figures.toString(), 6.0, figures.get("community.wishesFulfilled"), 1e-9);
        assertEquals(figures.toString(), 28.0, figures.get("community.issuesClosed"), 1e-9);
        JsonNode statistics = api.get(community + "/statistics?unit=" + district + "&year=2024").expect(200).json();
        for (JsonNode s : statistics) {
            if ("community.events".equals(s.path("id").asText())) {
                assertEquals(s.toString(), 21, s.at("/breakdown/TRAINING").asInt());
                assertEquals(s.toString(), 21, s.at("/breakdown/FORUM").asInt());
                assertEquals(s.toString(), 12, s.at("/breakdown/VOLUNTEER").asInt());
            }
        }
        // a training's list: the community's current team, all signed in; a volunteer day's sign-ins earned hours
        JsonNode training = api.get(community + "/events?unit=" + district + "&year=2024&kind=TRAINING").expect(200).json();
        assertEquals(21, training.path("total").asInt());
        JsonNode attendees = api.get(community + "/events/" + id(training.path("items").get(0)) + "/attendees").expect(200).json();
        assertEquals(attendees.toString(), 5, attendees.size());
        assertTrue(attendees.toString(), !attendees.get(0).path("signedInAt").isNull() && !attendees.get(0).path("memberName").asText().isEmpty());
        JsonNode day = api.get(community + "/events?unit=" + district + "&year=2024&kind=VOLUNTEER").expect(200).json();
        JsonNode volunteers = api.get(community + "/events/" + id(day.path("items").get(0)) + "/attendees").expect(200).json();
        assertTrue(volunteers.toString(), volunteers.size() > 0 && volunteers.get(0).path("hoursId").asLong() > 0);
        // the councils' page is not empty: every street's 大工委 and 12 communities' 大党委 met in 2024
        assertTrue(api.get(community + "/councils/members?unit=" + district).expect(200).json().size() > 20);
        JsonNode meetings = api.get(community + "/councils/meetings?unit=" + district + "&year=2024").expect(200).json();
        assertEquals(20, meetings.size());
        assertTrue(meetings.toString(), meetings.toString().contains("STREET_WORKING_COMMITTEE")
                && meetings.toString().contains("COMMUNITY_PARTY_COMMITTEE") && meetings.toString().contains("\"CLOSED\"")
                && meetings.toString().contains("\"ASSIGNED\""));

        JsonNode record = api.get("/work-record?subtreeOf=" + district + "&year=2024").expect(200).json();
        String summary = "";
        for (JsonNode s : record.path("sections")) {
            if ("community".equals(s.path("module").asText())) {
                summary = s.at("/summary/zhCN").asText();
            }
        }
        assertTrue(summary, summary.contains("举办专题培训和“先锋论坛”42场，培训基层党组织书记、社区工作者105名")
                && summary.contains("微心愿6个") && summary.contains("议题办结28个"));

        // the coverage view counts each community's registered members and confirmed hours: they add up to the figures
        JsonNode rows = api.get(community + "/coverage?unit=" + district + "&year=2024").expect(200).json().path("rows");
        long registered = 0;
        double hours = 0;
        for (JsonNode row : rows) {
            registered += row.path("registered").asLong();
            hours += row.path("hours").asDouble();
        }
        assertEquals(figures.get("community.registered"), registered, 1e-9);
        assertEquals(figures.get("community.hours"), hours, 1e-6);
        // the pairings and the stations' months as spreadsheets (CSV here), in the rows the caller sees
        String pairings = api.get(community + "/sheets/pairings?unit=" + district + "&format=CSV").expect(200).text();
        assertTrue(pairings, pairings.contains("资源清单") && pairings.contains("已结束")
                && pairings.lines().count() > 48);
        String visits = api.get(community + "/sheets/station-visits?unit=" + district + "&year=2024&format=CSV").expect(200).text();
        assertTrue(visits, visits.contains("服务人次") && visits.contains("2024-12") && visits.contains("凤凰国际社区"));
        assertEquals(visits, 1 + 12 * (long) figures.get("community.stations").doubleValue(), visits.lines().count());

        String stats = KarafShell.run(sessions, "grassroots:community-stats JNGX 2024");
        assertTrue(stats, stats.contains("community.trained") && stats.contains(" 105 "));
        String events = KarafShell.run(sessions, "grassroots:community-events --kind TRAINING JNGX 2024");
        assertTrue(events, events.contains("21 event(s)") && events.contains("社区“两委”成员履职能力培训"));
        String wishes = KarafShell.run(sessions, "grassroots:community-wishes --status FULFILLED JNGX");
        assertTrue(wishes, wishes.contains("6 wish(es)"));
        String coverage = KarafShell.run(sessions, "grassroots:community-coverage JNGX 2024");
        assertTrue(coverage, coverage.contains("48 of 48 communities covered") && coverage.contains("registered "));
        String councils = KarafShell.run(sessions, "grassroots:community-councils JNGX 2024");
        assertTrue(councils, councils.contains("20 meeting(s), 28 issue(s) closed") && councils.contains("社区大党委"));
    }
}
