package org.grassroots.core.internal.modules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.internal.CoreMessages;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.schema.CoreSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The members of a subtree as they were at the end of each year, rebuilt from the dates the roll keeps: the join
 * date, the leavings (left on, restored on) and the transfers (the unit a member belonged to on a date is the unit
 * the first later transfer took them from, or their unit now). The dashboard draws core's five-year line from it, so
 * that the line is history, not today's roll repeated. Units count where they stand in the tree now (a unit moved
 * later counts under its new parent for earlier years too: the tree keeps no history of moves).
 */
@Component(service = MemberHistory.class)
public class MemberHistory {
    /** On the roll at the day :d: not left on or before it (or restored after it), and not left now without a date. */
    private static final String ON_ROLL = " AND m.joinedOn <= :d"
            + " AND (m.status <> :left OR EXISTS (SELECT l FROM LeavingEntity l WHERE l.memberId = m.id AND l.leftOn > :d))"
            + " AND NOT EXISTS (SELECT l2 FROM LeavingEntity l2 WHERE l2.memberId = m.id AND l2.leftOn <= :d"
            + " AND (l2.restoredOn IS NULL OR l2.restoredOn > :d))";
    /** Members whose unit now is in the subtree and who have not been transferred since the day. */
    private static final String STAYED = "SELECT COUNT(m) FROM MemberEntity m WHERE m.orgPath LIKE :p"
            + " AND NOT EXISTS (SELECT t FROM TransferEntity t WHERE t.memberId = m.id AND t.transferredOn > :d)" + ON_ROLL;
    /** Members transferred since the day whose first transfer after it took them out of a unit of the subtree. */
    private static final String MOVED_AWAY = "SELECT COUNT(m) FROM MemberEntity m, TransferEntity t"
            + " WHERE t.memberId = m.id AND t.transferredOn > :d"
            + " AND NOT EXISTS (SELECT t2 FROM TransferEntity t2 WHERE t2.memberId = m.id AND t2.transferredOn > :d"
            + " AND (t2.transferredOn < t.transferredOn OR (t2.transferredOn = t.transferredOn AND t2.id < t.id)))"
            + " AND t.fromOrganizationId IN (SELECT o.id FROM OrganizationEntity o WHERE o.path LIKE :p)" + ON_ROLL;

    private final JpaTemplate jpa;

    @Activate
    public MemberHistory(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                         @Reference CoreSchema schema) {
        this.jpa = jpa;
    }

    /** The members of the subtree on 31 December of each year from {@code from} to {@code to}, in year order. */
    public Map<Integer, Long> atYearEnds(long subtreeOf, int from, int to) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            OrganizationEntity root = em.find(OrganizationEntity.class, subtreeOf);
            if (root == null) {
                throw CoreMessages.notFound("organization", subtreeOf);
            }
            String prefix = root.getPath() + "%";
            Map<Integer, Long> members = new LinkedHashMap<>();
            for (int year = from; year <= to; year++) {
                LocalDate end = LocalDate.of(year, 12, 31);
                members.put(year, count(em, STAYED, prefix, end) + count(em, MOVED_AWAY, prefix, end));
            }
            return members;
        });
    }

    private static long count(EntityManager em, String jpql, String prefix, LocalDate day) {
        return em.createQuery(jpql, Long.class).setParameter("p", prefix).setParameter("d", day)
                .setParameter("left", MemberStatus.LEFT).getSingleResult();
    }
}
