package org.grassroots.position.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import javax.persistence.EntityManager;

import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.PageRequest;

/**
 * The demo's use of the positions beyond the monthly visits: the service catalogue of every position in use, the
 * featured positions' quarterly events of the demo year in one of their rooms with their members' sign-ups and
 * sign-ins, and the rooms of the street and park centres booked twice a month by their units. Driven through the
 * module's own services (events as of their day, rooms through the bookings' check), seeded, so every load is equal;
 * the dashboard counts them by query like any other data.
 */
final class DemoActivities {
    private record Offer(String name, ServiceType type, String description, String schedule) {
    }

    private static final List<Offer> COMMON = List.of(
            new Offer("党员组织关系转接", ServiceType.CONVENIENCE, "党员组织关系转入、转出的咨询与办理", "工作日 9:00—17:00"),
            new Offer("政策咨询与代办", ServiceType.CONSULTATION, "社保、就业、养老等政策的咨询，帮办代办", "工作日 9:00—17:00"),
            new Offer("主题党日活动", ServiceType.PARTY_ACTIVITY, "为辖区党组织提供主题党日的场地和组织服务", "每月固定一天"),
            new Offer("志愿服务对接", ServiceType.VOLUNTEER, "发布志愿服务需求，对接党员志愿者", "常年"));
    private static final List<Offer> FEATURED = List.of(
            new Offer("红色教育讲解", ServiceType.TRAINING, "阵地展陈讲解，党员教育现场教学", "预约后安排"),
            new Offer("文体活动室开放", ServiceType.CULTURE, "书画、合唱、健身等文体活动", "每周二、四 14:00—17:00"));
    private static final String[] EVENT_TITLES = { "“学党章、守党规”主题党日", "党员志愿服务集中行动", "“上讲台、亮功夫”党务能力提升活动",
        "“红色阵地”文体展演" };
    private static final ServiceType[] EVENT_TYPES = { ServiceType.PARTY_ACTIVITY, ServiceType.VOLUNTEER, ServiceType.TRAINING,
        ServiceType.CULTURE };

    private final ServiceCatalogue catalogue;
    private final Events events;
    private final EventAttendance attendance;
    private final Bookings bookings;
    private final MemberService members;

    DemoActivities(ServiceCatalogue catalogue, Events events, EventAttendance attendance, Bookings bookings, MemberService members) {
        this.catalogue = catalogue;
        this.events = events;
        this.attendance = attendance;
        this.bookings = bookings;
        this.members = members;
    }

    /** Four services at every position in use, two more at the featured ones. */
    void catalogue(PositionEntity p) {
        List<Offer> offers = new ArrayList<>(COMMON);
        if (p.featured == 1) {
            offers.addAll(FEATURED);
        }
        for (Offer o : offers) {
            catalogue.create(new ServiceOfferDraft(p.id, o.name(), o.type(), o.description(), o.schedule(), true));
        }
    }

    /**
     * One event a quarter at a featured position, in its first room, 09:00 to 11:00 on a seeded day: the host's members
     * sign up (60 to 90 % of the places, a few days before), most of them sign in, and a few come without signing up.
     */
    void events(EntityManager em, PositionEntity p, Random random) {
        List<Long> people = members.search(new MemberQuery(null, null, p.organizationId, null, MemberStatus.NORMAL, null),
                PageRequest.of(0, 200)).items().stream().map(Member::id).sorted(Comparator.naturalOrder()).toList();
        for (int quarter = 0; quarter < 4; quarter++) {
            LocalDate day = LocalDate.of(PositionDemoData.YEAR, 2 + quarter * 3, 5 + random.nextInt(20));
            LocalDateTime start = day.atTime(9, 0);
            int capacity = 30 + 10 * random.nextInt(4);
            Event e = events.create(new EventDraft(p.id, EVENT_TITLES[quarter], EVENT_TYPES[quarter], start, start.plusHours(2),
                    capacity, Positions.rooms(p).get(0)), start.minusDays(14));
            int signUps = Math.min(people.size(), capacity * (60 + random.nextInt(31)) / 100);
            int walkIns = Math.min(people.size() - signUps, random.nextInt(4));
            for (int i = 0; i < signUps + walkIns; i++) {
                long member = people.get(i);
                boolean signedUp = i < signUps;
                boolean came = !signedUp || random.nextInt(100) < 88;
                attendance.record(em, e.id(), member, signedUp ? utc(start.minusDays(1 + random.nextInt(10)).withHour(20)) : null,
                        came ? utc(start.minusMinutes(random.nextInt(30))) : null);
            }
        }
    }

    /** Two bookings a month of a street's or park's centre, by its units below (or itself), 14:00 to 16:00. */
    void bookings(EntityManager em, PositionEntity position, List<Organization> bookers, Random random) {
        List<String> rooms = Positions.rooms(position);
        for (int month = 1; month <= 12; month++) {
            for (int n = 0; n < 2; n++) {
                Organization booker = bookers.get(random.nextInt(bookers.size()));
                LocalDate day = LocalDate.of(PositionDemoData.YEAR, month, 3 + n * 12 + random.nextInt(10));
                bookings.take(em, position, rooms.get(random.nextInt(rooms.size())), day, Slots.of(LocalTime.of(14, 0)),
                        Slots.of(LocalTime.of(16, 0)), booker.id(), booker.name() + "支部主题党日", PositionDemoData.ACTOR);
            }
        }
    }

    /** A wall-clock time of the server as the UTC time the attendance columns hold. */
    private static LocalDateTime utc(LocalDateTime wallClock) {
        return wallClock.atZone(ZoneId.systemDefault()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
