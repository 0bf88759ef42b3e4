package org.grassroots.itests;

import static org.grassroots.itests.support.Fixtures.id;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.grassroots.itests.support.Api;
import org.grassroots.itests.support.Json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The use of a position over HTTP ({@link PositionIT}): room bookings (overlap 409, touching slots allowed, cancel
 * once, the freed slot booked again), the service catalogue (duplicate 409, withdrawn with If-Match), events with a
 * capacity and a code (sign-up until the start, sign-in on the day, walk-ins while places last, full 409, a code
 * that opens nothing after the event, an account without a member refused), the attendance figures, the reminder to
 * the members signed up for the next day's events, events taking a room (booked with them, 409 when taken), and the city
 * system's acknowledgement as a CSV sheet (all rows or none). Bad input stores nothing; another street sees nothing.
 */
final class PositionUseChecks {
    private static final String POS = "/api/position";

    private PositionUseChecks() {
    }

    static void exercise(Api admin, Api secretary, Api member, Api member2, Api otherAdmin, long street, long community) {
        JsonNode position = secretary.post(POS + "/positions", Json.obj("organizationId", community, "name", "邻里党群服务站",
                "level", "VILLAGE_COMMUNITY", "status", "IN_USE", "rooms", Json.arr("党员活动室", "议事协商室"))).expect(201).json();
        long pid = id(position);
        bookings(secretary, member, otherAdmin, pid, community);
        services(secretary, otherAdmin, pid);
        events(admin, secretary, member, member2, otherAdmin, pid, street);
        acknowledgementSheet(admin, pid, street);
    }

    private static void bookings(Api secretary, Api member, Api otherAdmin, long pid, long community) {
        String day = LocalDate.now().plusDays(1).toString();
        secretary.post(POS + "/bookings", booking(pid, "健身房", LocalDate.now().minusDays(1).toString(), "9.30", "08:00", community))
                .expectInvalid("day", "from");
        secretary.post(POS + "/bookings", booking(pid, "党员活动室", day, "11:00", "09:00", community)).expectInvalid("to");
        secretary.post(POS + "/bookings", booking(pid, "健身房", day, "09:00", "11:00", community)).expectInvalid("room");
        JsonNode first = secretary.post(POS + "/bookings", booking(pid, "党员活动室", day, "09:00", "11:00", community)).expect(201).json();
        JsonNode clash = secretary.post(POS + "/bookings", booking(pid, "党员活动室", day, "10:00", "12:00", community)).problem(409);
        assertTrue(clash.toString(), clash.path("detail").asText().contains("09:00"));
        secretary.post(POS + "/bookings", booking(pid, "党员活动室", day, "11:00", "12:00", community)).expect(201);
        secretary.post(POS + "/bookings", booking(pid, "议事协商室", day, "10:00", "12:00", community)).expect(201);
        assertEquals(3, secretary.get(POS + "/bookings?position=" + pid + "&day=" + day).expect(200).json().size());
        secretary.get(POS + "/bookings?position=" + pid + "&day=tomorrow").expectInvalid("day");
        secretary.post(POS + "/bookings/" + id(first) + "/cancel", Json.obj(), first.path("version").asLong()).expectInvalid("reason");
        JsonNode cancelled = secretary.post(POS + "/bookings/" + id(first) + "/cancel", Json.obj("reason", "活动改期"),
                first.path("version").asLong()).expect(200).json();
        assertEquals("CANCELLED", cancelled.path("status").asText());
        secretary.post(POS + "/bookings/" + id(first) + "/cancel", Json.obj("reason", "再次"), cancelled.path("version").asLong()).problem(409);
        secretary.post(POS + "/bookings", booking(pid, "党员活动室", day, "09:30", "10:30", community)).expect(201);
        otherAdmin.get(POS + "/bookings?position=" + pid + "&day=" + day).problem(404);
        member.get(POS + "/bookings?position=" + pid + "&day=" + day).problem(403);
    }

    private static void services(Api secretary, Api otherAdmin, long pid) {
        secretary.post(POS + "/services", Json.obj("positionId", pid, "name", " ")).expectInvalid("name", "serviceType");
        JsonNode s = secretary.post(POS + "/services", Json.obj("positionId", pid, "name", "代办社保", "serviceType", "CONVENIENCE",
                "schedule", "工作日 9:00—17:00")).expect(201).json();
        secretary.post(POS + "/services", Json.obj("positionId", pid, "name", "代办社保", "serviceType", "CONVENIENCE")).problem(409);
        secretary.put(POS + "/services/" + id(s), Json.obj("name", "代办社保", "serviceType", "CONVENIENCE", "active", false),
                s.path("version").asLong() + 1).problem(409);
        JsonNode withdrawn = secretary.put(POS + "/services/" + id(s), Json.obj("name", "代办社保", "serviceType", "CONVENIENCE",
                "active", false), s.path("version").asLong()).expect(200).json();
        assertEquals(false, withdrawn.path("active").asBoolean());
        assertEquals(1, secretary.get(POS + "/services?position=" + pid).expect(200).json().size());
        otherAdmin.get(POS + "/services?position=" + pid).problem(404);
    }

    private static void events(Api admin, Api secretary, Api member, Api member2, Api otherAdmin, long pid, long street) {
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        secretary.post(POS + "/events", Json.obj("positionId", pid, "title", "", "startsAt", now.plusDays(1).toString(),
                "endsAt", now.plusDays(1).minusHours(1).toString(), "capacity", 0)).expectInvalid("title", "serviceType", "endsAt", "capacity");
        JsonNode running = secretary.post(POS + "/events", event(pid, "主题党日", now.minusMinutes(10), now.plusHours(1), 5)).expect(201).json();
        JsonNode coming = secretary.post(POS + "/events", event(pid, "政策宣讲", now.plusDays(1), now.plusDays(1).plusHours(2), 1))
                .expect(201).json();
        String code = running.path("code").asText();
        assertEquals("SIGN_IN", member.get(POS + "/my/events/" + code.toLowerCase()).expect(200).json().path("phase").asText());
        member.post(POS + "/my/events/" + code + "/signup", Json.obj()).problem(409);
        JsonNode in = member.post(POS + "/my/events/" + code + "/signin", Json.obj()).expect(200).json();
        assertTrue(in.toString(), !in.path("signedInAt").isNull() && in.path("signedUpAt").isNull());
        member.post(POS + "/my/events/" + code + "/signin", Json.obj()).problem(409);
        secretary.post(POS + "/my/events/" + code + "/signin", Json.obj()).expectInvalid("memberId");
        member.get(POS + "/my/events/NOSUCHCODE").problem(404);
        String later = coming.path("code").asText();
        member.post(POS + "/my/events/" + later + "/signin", Json.obj()).problem(409);
        member.post(POS + "/my/events/" + later + "/signup", Json.obj()).expect(200);
        member.post(POS + "/my/events/" + later + "/signup", Json.obj()).problem(409);
        JsonNode full = member2.post(POS + "/my/events/" + later + "/signup", Json.obj()).problem(409);
        assertTrue(full.toString(), full.path("detail").asText().contains("1"));
        assertEquals(2, member.get(POS + "/my/events").expect(200).json().size());
        if (now.getHour() >= 1) {
            // an event of earlier today: over, its code opens nothing
            JsonNode over = secretary.post(POS + "/events", event(pid, "晨读", now.minusMinutes(50), now.minusMinutes(5), 5)).expect(201).json();
            assertEquals("ENDED", over.path("phase").asText());
            JsonNode ended = member.post(POS + "/my/events/" + over.path("code").asText() + "/signin", Json.obj()).problem(409);
            assertTrue(ended.toString(), ended.path("detail").asText().contains("晨读"));
        }
        JsonNode seen = secretary.get(POS + "/events/" + id(running)).expect(200).json();
        assertEquals(1, seen.path("signedIn").asInt());
        assertEquals(4, seen.path("placesLeft").asInt());
        JsonNode attendees = secretary.get(POS + "/events/" + id(running) + "/attendees").expect(200).json();
        assertEquals(attendees.toString(), 1, attendees.size());
        JsonNode figures = admin.get(POS + "/events/figures?unit=" + street + "&year=" + now.getYear()).expect(200).json();
        assertEquals(figures.toString(), 1, figures.path("signedIn").asInt());
        assertEquals(1, figures.path("signedUp").asInt());
        assertEquals(1, figures.path("walkIns").asInt());
        assertEquals(0.0, figures.path("turnout").asDouble(), 1e-9);
        assertEquals(now.getHour() >= 1 ? 3 : 2, admin.get(POS + "/events?unit=" + street + "&position=" + pid).expect(200).json()
                .path("total").asInt());
        otherAdmin.get(POS + "/events/" + id(running)).problem(404);
        member.get(POS + "/events/" + id(running)).problem(403);
        reminders(secretary, member, member2, later);
        eventRooms(secretary, pid);
    }

    /** The sign-up for tomorrow's event is reminded once, in the inbox of the account that signed up. */
    private static void reminders(Api secretary, Api member, Api member2, String code) {
        member.post(POS + "/events/remind", Json.obj()).problem(403);
        assertEquals(1, secretary.post(POS + "/events/remind", Json.obj()).expect(200).json().path("reminded").asInt());
        assertEquals(0, secretary.post(POS + "/events/remind", Json.obj()).expect(200).json().path("reminded").asInt());
        String inbox = member.get("/notifications?size=50").expect(200).text();
        assertTrue(inbox, inbox.contains("活动提醒") && inbox.contains("政策宣讲") && inbox.contains(code));
        String other = member2.get("/notifications?size=50").expect(200).text();
        assertTrue(other, !other.contains("活动提醒"));
    }

    /** An event may take a room of its position: refused outside the booking hours or when the room is taken, booked with it. */
    private static void eventRooms(Api secretary, long pid) {
        LocalDateTime tomorrow = LocalDate.now().plusDays(1).atStartOfDay();
        secretary.post(POS + "/events", event(pid, "读书会", tomorrow.withHour(12), tomorrow.withHour(13), 10).put("room", "健身房"))
                .expectInvalid("room");
        secretary.post(POS + "/events", event(pid, "读书会", tomorrow.withHour(12).withMinute(10), tomorrow.withHour(13), 10)
                .put("room", "党员活动室")).expectInvalid("room");
        JsonNode taken = secretary.post(POS + "/events", event(pid, "读书会", tomorrow.withHour(10), tomorrow.withHour(11), 10)
                .put("room", "党员活动室")).problem(409);
        assertTrue(taken.toString(), taken.path("detail").asText().contains("09:30"));
        JsonNode held = secretary.post(POS + "/events", event(pid, "读书会", tomorrow.withHour(12), tomorrow.withHour(13), 10)
                .put("room", "党员活动室")).expect(201).json();
        assertEquals("党员活动室", held.path("room").asText());
        String calendar = secretary.get(POS + "/bookings?position=" + pid + "&day=" + tomorrow.toLocalDate()).expect(200).text();
        assertTrue(calendar, calendar.contains("读书会") && calendar.contains("12:00"));
        long host = secretary.get(POS + "/positions/" + pid).expect(200).json().path("organizationId").asLong();
        secretary.post(POS + "/bookings", booking(pid, "党员活动室", tomorrow.toLocalDate().toString(), "12:30", "13:30", host))
                .problem(409);
    }

    private static void acknowledgementSheet(Api admin, long pid, long street) {
        long version = admin.get(POS + "/positions/" + pid).expect(200).json().path("version").asLong();
        String header = "阵地编号,数据版本,阵地名称\n";
        JsonNode refused = admin.send("POST", POS + "/sync/acknowledgement/import?format=CSV", "text/csv",
                BodyPublishers.ofString(header + pid + "," + (version + 5) + ",邻里党群服务站\n987654321,1,x\n")).problem(422);
        assertEquals(refused.toString(), 2, refused.path("rowErrors").size());
        assertTrue(admin.get(POS + "/positions/" + pid).expect(200).json().path("syncedVersion").isNull());
        JsonNode ack = admin.send("POST", POS + "/sync/acknowledgement/import?format=CSV&batch=JN-CSV", "text/csv",
                BodyPublishers.ofString(header + pid + "," + version + ",邻里党群服务站\n")).expect(200).json();
        assertEquals(1, ack.path("acknowledged").asInt());
        assertTrue(admin.get(POS + "/positions/" + pid).expect(200).json().path("synced").asBoolean());
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode booking(long pid, String room, String day, String from, String to,
                                                                       long unit) {
        return Json.obj("positionId", pid, "room", room, "day", day, "from", from, "to", to, "unitId", unit, "purpose", "支部主题党日");
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode event(long pid, String title, LocalDateTime from, LocalDateTime to,
                                                                     int capacity) {
        return Json.obj("positionId", pid, "title", title, "serviceType", "PARTY_ACTIVITY", "startsAt", from.toString(),
                "endsAt", to.toString(), "capacity", capacity);
    }
}
