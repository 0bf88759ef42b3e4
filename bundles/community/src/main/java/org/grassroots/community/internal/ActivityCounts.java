package org.grassroots.community.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

/**
 * The figures of what the communities did in a year, each one query over the subtree's path: events held (closed, by
 * kind), the distinct people who signed in at a training or 先锋论坛 (the report's "secretaries and community workers
 * trained"), micro-wishes fulfilled, and joint-meeting issues closed.
 */
record ActivityCounts(Map<EventKind, Long> events, long trained, long wishesFulfilled, long issuesClosed) {

    long eventsHeld() {
        return events.values().stream().mapToLong(Long::longValue).sum();
    }

    Map<String, Double> eventsByKind() {
        Map<String, Double> parts = new java.util.LinkedHashMap<>();
        events.forEach((kind, n) -> parts.put(kind.name(), n.doubleValue()));
        return parts;
    }

    /** {@code path} ends with {@code %}; the year runs from {@code from} (inclusive) to {@code to} (exclusive). */
    static ActivityCounts of(EntityManager em, String path, LocalDate from, LocalDate to) {
        Map<EventKind, Long> events = new EnumMap<>(EventKind.class);
        for (EventKind kind : EventKind.values()) {
            events.put(kind, 0L);
        }
        em.createQuery("SELECT e.kind, COUNT(e) FROM EventEntity e WHERE e.orgPath LIKE :path AND e.status = :closed "
                        + "AND e.heldOn >= :from AND e.heldOn < :to GROUP BY e.kind", Object[].class)
                .setParameter("path", path).setParameter("closed", EventStatus.CLOSED).setParameter("from", from)
                .setParameter("to", to).getResultList()
                .forEach(row -> events.put((EventKind) row[0], ((Number) row[1]).longValue()));
        long trained = em.createQuery("SELECT COUNT(DISTINCT a.memberId) FROM AttendeeEntity a, EventEntity e "
                        + "WHERE a.eventId = e.id AND e.orgPath LIKE :path AND e.kind IN :kinds AND e.status = :closed "
                        + "AND a.signedInAt IS NOT NULL AND e.heldOn >= :from AND e.heldOn < :to", Long.class)
                .setParameter("path", path).setParameter("kinds", List.of(EventKind.TRAINING, EventKind.FORUM))
                .setParameter("closed", EventStatus.CLOSED).setParameter("from", from).setParameter("to", to).getSingleResult();
        long wishes = em.createQuery("SELECT COUNT(w) FROM WishEntity w WHERE w.orgPath LIKE :path AND w.status = :fulfilled "
                        + "AND w.fulfilledOn >= :from AND w.fulfilledOn < :to", Long.class)
                .setParameter("path", path).setParameter("fulfilled", WishStatus.FULFILLED).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
        long issues = em.createQuery("SELECT COUNT(i) FROM IssueEntity i WHERE i.orgPath LIKE :path AND i.status = :closed "
                        + "AND i.closedOn >= :from AND i.closedOn < :to", Long.class)
                .setParameter("path", path).setParameter("closed", IssueStatus.CLOSED).setParameter("from", from)
                .setParameter("to", to).getSingleResult();
        return new ActivityCounts(events, trained, wishes, issues);
    }
}
