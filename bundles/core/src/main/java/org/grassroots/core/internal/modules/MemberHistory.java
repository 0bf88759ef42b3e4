package org.grassroots.core.internal.modules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberStatus;
import org.grassroots.core.internal.CoreMessages;
import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.internal.generations.GenerationCache;
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
 * <p>
 * Most members were neither transferred since nor ever left: one indexed count per year covers them (on the roll now,
 * in the subtree now, joined by the year's end). The few others (a transfer after the first year's end, or a leaving)
 * are read once and placed year by year here, instead of a correlated subquery per member.
 * <p>
 * Each year's count is kept under core's data generation read before it was computed (as the dashboard's figures):
 * every write that moves a member, a unit or a leaving is audited and moves that number, so a kept count is never
 * served after such a change; the dashboard asks for the same five years on every visit.
 */
@Component(service = MemberHistory.class)
public class MemberHistory {
    /** Entries of (subtree, year, day): five years for a few hundred subtrees. */
    static final int CAPACITY = 5000;

    private final JpaTemplate jpa;
    private final DataGenerationsImpl generations;
    private final GenerationCache<GenerationCache.Key, Long> counted = new GenerationCache<>(CAPACITY);

    @Activate
    public MemberHistory(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                         @Reference CoreSchema schema, @Reference DataGenerationsImpl generations) {
        this.jpa = jpa;
        this.generations = generations;
    }

    /**
     * The members of the subtree on 31 December of each year from {@code from} to {@code to}, in year order: kept
     * counts while core's data generation is unchanged, else all the years rebuilt at once.
     */
    public Map<Integer, Long> atYearEnds(long subtreeOf, int from, int to) {
        long generation = generations.current(DataGenerationsImpl.CORE);
        LocalDate today = LocalDate.now();
        Map<Integer, Long> kept = new LinkedHashMap<>();
        for (int year = from; year <= to; year++) {
            Long count = counted.get(new GenerationCache.Key(DataGenerationsImpl.CORE, subtreeOf, year, today), generation);
            if (count == null) {
                Map<Integer, Long> rebuilt = rebuilt(subtreeOf, from, to);
                rebuilt.forEach((y, c) -> counted.put(new GenerationCache.Key(DataGenerationsImpl.CORE, subtreeOf, y, today), generation, c));
                return rebuilt;
            }
            kept.put(year, count);
        }
        return kept;
    }

    private Map<Integer, Long> rebuilt(long subtreeOf, int from, int to) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            OrganizationEntity root = em.find(OrganizationEntity.class, subtreeOf);
            if (root == null) {
                throw CoreMessages.notFound("organization", subtreeOf);
            }
            String prefix = root.getPath() + "%";
            LocalDate firstEnd = LocalDate.of(from, 12, 31);
            Map<Long, Moves> special = special(em, firstEnd);
            Set<Long> units = new HashSet<>(em.createQuery("SELECT o.id FROM OrganizationEntity o WHERE o.path LIKE :p",
                    Long.class).setParameter("p", prefix).getResultList());
            Map<Integer, Long> members = new LinkedHashMap<>();
            for (int year = from; year <= to; year++) {
                LocalDate end = LocalDate.of(year, 12, 31);
                long count = em.createQuery("SELECT COUNT(m) FROM MemberEntity m WHERE m.orgPath LIKE :p"
                                + " AND m.status <> :left AND m.joinedOn <= :d", Long.class)
                        .setParameter("p", prefix).setParameter("left", MemberStatus.LEFT).setParameter("d", end)
                        .getSingleResult();
                for (Moves moves : special.values()) {
                    // the plain count took them as they stand now; put each where and whether they were at the year's end
                    boolean countedNow = moves.status != MemberStatus.LEFT && !moves.joinedOn.isAfter(end)
                            && units.contains(moves.organizationId);
                    boolean then = moves.onRollAt(end) && units.contains(moves.unitAt(end));
                    count += (then ? 1 : 0) - (countedNow ? 1 : 0);
                }
                members.put(year, count);
            }
            return members;
        });
    }

    /** The members transferred after {@code since} or who ever left the roll, with their transfers and leavings. */
    private static Map<Long, Moves> special(EntityManager em, LocalDate since) {
        Map<Long, Moves> special = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT m.id, m.joinedOn, m.organizationId, m.status FROM MemberEntity m"
                + " WHERE m.id IN (SELECT t.memberId FROM TransferEntity t WHERE t.transferredOn > :d)"
                + " OR m.id IN (SELECT l.memberId FROM LeavingEntity l)", Object[].class)
                .setParameter("d", since).getResultList()) {
            special.put((Long) row[0], new Moves((LocalDate) row[1], (Long) row[2], (MemberStatus) row[3]));
        }
        for (Object[] row : em.createQuery("SELECT t.memberId, t.fromOrganizationId, t.transferredOn FROM TransferEntity t"
                + " WHERE t.transferredOn > :d ORDER BY t.transferredOn, t.id", Object[].class)
                .setParameter("d", since).getResultList()) {
            Moves moves = special.get((Long) row[0]);
            if (moves != null) {
                moves.transfers.add(new Transfer((Long) row[1], (LocalDate) row[2]));
            }
        }
        for (Object[] row : em.createQuery("SELECT l.memberId, l.leftOn, l.restoredOn FROM LeavingEntity l", Object[].class)
                .getResultList()) {
            Moves moves = special.get((Long) row[0]);
            if (moves != null) {
                moves.leavings.add(new Leaving((LocalDate) row[1], (LocalDate) row[2]));
            }
        }
        return special;
    }

    private record Transfer(long fromOrganizationId, LocalDate on) {
    }

    private record Leaving(LocalDate leftOn, LocalDate restoredOn) {
    }

    /** One member's join date, unit and status now, transfers after the first year's end (oldest first), leavings. */
    private static final class Moves {
        final LocalDate joinedOn;
        final long organizationId;
        final MemberStatus status;
        final List<Transfer> transfers = new ArrayList<>();
        final List<Leaving> leavings = new ArrayList<>();

        Moves(LocalDate joinedOn, long organizationId, MemberStatus status) {
            this.joinedOn = joinedOn;
            this.organizationId = organizationId;
            this.status = status;
        }

        /** The unit on the day: the one the first later transfer took the member from, else the unit now. */
        long unitAt(LocalDate day) {
            return transfers.stream().filter(t -> t.on().isAfter(day)).findFirst()
                    .map(Transfer::fromOrganizationId).orElse(organizationId);
        }

        /** Joined by the day, not off the roll on it, and not off the roll now without a leaving after it. */
        boolean onRollAt(LocalDate day) {
            if (joinedOn.isAfter(day)) {
                return false;
            }
            boolean offThen = leavings.stream().anyMatch(l -> !l.leftOn().isAfter(day)
                    && (l.restoredOn() == null || l.restoredOn().isAfter(day)));
            boolean leftLater = leavings.stream().anyMatch(l -> l.leftOn().isAfter(day));
            return !offThen && (status != MemberStatus.LEFT || leftLater);
        }
    }
}
