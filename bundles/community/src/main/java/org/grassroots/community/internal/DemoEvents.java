package org.grassroots.community.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import javax.persistence.EntityManager;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UtcTimes;

/**
 * The demo district's events and micro-wishes (part of {@link CommunityDemoData}). The report's "专题培训、先锋论坛 ...
 * 覆盖基层党组织书记、社区工作者100余名": each community whose secretary changed in 2024 holds a training for its
 * current "两委" team and a 先锋论坛 for its secretary and deputy, all signed in; the people trained are then counted by
 * the statistics query (five a community, 105), never typed in. In the first communities a volunteer day that some of
 * the members registered there signed in at (closing it confirmed their hours, as {@link Events#close} does) and a
 * micro-wish each, every other one fulfilled by an institution. Fixed, not random, so the other demo figures stay.
 */
final class DemoEvents {
    static final int COMMUNITIES = 12;
    /** The registered members who signed in at a community's volunteer day. */
    private static final int VOLUNTEERS = 4;
    private static final List<String> WISHES = List.of("一台助听器", "一套儿童绘本", "一辆助行器", "一副老花镜", "冬季棉被两床", "学习台灯");
    private static final List<String> FOR = List.of("独居老人", "困难家庭儿童", "残疾居民", "高龄老人", "低保家庭", "留守儿童");

    private DemoEvents() {
    }

    static int load(EntityManager em, Events events, Hours hours, List<Organization> communities, List<Organization> institutions,
                    String actor) {
        int rows = 0;
        for (int i = 0; i < Math.min(CommunityDemoData.SECRETARY_CHANGES, communities.size()); i++) {
            Organization community = communities.get(i);
            List<TeamPostEntity> team = em.createQuery("SELECT p FROM TeamPostEntity p WHERE p.communityId = :c "
                    + "AND p.termEnd IS NULL ORDER BY p.id", TeamPostEntity.class).setParameter("c", community.id()).getResultList();
            EventEntity training = closed(events.store(em, community, EventKind.TRAINING, "社区“两委”成员履职能力培训",
                    "社区党群服务中心", LocalDate.of(CommunityDemoData.YEAR, 3, 10 + i), null, actor));
            EventEntity forum = closed(events.store(em, community, EventKind.FORUM, "先锋论坛：党建引领社区治理", "社区议事厅",
                    LocalDate.of(CommunityDemoData.YEAR, 6, 5 + i), null, actor));
            rows += 2;
            for (TeamPostEntity post : team) {
                rows += attended(em, training, post.memberId, null);
                if (post.post == TeamPost.SECRETARY || post.post == TeamPost.DEPUTY_SECRETARY) {
                    rows += attended(em, forum, post.memberId, null);
                }
            }
        }
        for (int i = 0; i < Math.min(COMMUNITIES, communities.size()); i++) {
            Organization community = communities.get(i);
            rows += volunteerDay(em, events, hours, community, i, actor);
            rows += wish(em, community, i, institutions, actor);
        }
        return rows;
    }

    /** A volunteer day: the first members registered with the community sign in; closing confirms their hours. */
    private static int volunteerDay(EntityManager em, Events events, Hours hours, Organization community, int i, String actor) {
        EventEntity day = closed(events.store(em, community, EventKind.VOLUNTEER, "“双报到”党员志愿服务日", "社区广场",
                LocalDate.of(CommunityDemoData.YEAR, 9, 1 + i), new BigDecimal("2"), actor));
        List<RegistrationEntity> registered = em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.communityId = :c "
                        + "AND r.status = :active AND r.registeredOn < :day ORDER BY r.id", RegistrationEntity.class)
                .setParameter("c", community.id()).setParameter("active", RegistrationStatus.ACTIVE)
                .setParameter("day", day.heldOn).setMaxResults(VOLUNTEERS).getResultList();
        int rows = 1;
        for (RegistrationEntity r : registered) {
            rows += attended(em, day, r.memberId, hours.confirmedFromEvent(em, r, day, actor).id) + 1;
        }
        return rows;
    }

    private static int wish(EntityManager em, Organization community, int i, List<Organization> institutions, String actor) {
        WishEntity w = new WishEntity();
        w.communityId = community.id();
        w.orgPath = community.path();
        w.title = WISHES.get(i % WISHES.size());
        w.beneficiary = FOR.get(i % FOR.size());
        w.publishedOn = LocalDate.of(CommunityDemoData.YEAR, 5, 1 + i);
        w.status = WishStatus.PUBLISHED;
        w.createdAt = UtcTimes.now();
        w.createdBy = actor;
        if (i % 2 == 0 && !institutions.isEmpty()) {
            w.status = WishStatus.FULFILLED;
            w.partnerId = institutions.get(i % institutions.size()).id();
            w.claimedAt = w.createdAt;
            w.claimedBy = actor;
            w.fulfilledOn = w.publishedOn.plusDays(20);
            w.decidedAt = w.createdAt;
            w.decidedBy = actor;
        }
        em.persist(w);
        return 1;
    }

    /** A member on the event's list: signed up three days before, signed in on the day at nine in Beijing (stored in UTC). */
    private static int attended(EntityManager em, EventEntity e, long member, Long hoursId) {
        AttendeeEntity a = new AttendeeEntity();
        a.eventId = e.id;
        a.orgPath = e.orgPath;
        a.memberId = member;
        a.signedUpAt = e.heldOn.minusDays(3).atTime(LocalTime.of(2, 0));
        a.signedInAt = e.heldOn.atTime(LocalTime.of(1, 0));
        a.hoursId = hoursId;
        em.persist(a);
        return 1;
    }

    private static EventEntity closed(EventEntity e) {
        e.status = EventStatus.CLOSED;
        e.closedAt = e.createdAt;
        e.closedBy = e.createdBy;
        return e;
    }
}
