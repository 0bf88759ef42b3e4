package org.grassroots.affairs.internal.terms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.core.api.MemberCategory;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The terms of a subtree, read: current terms with their standing on a day (due within N months, overdue), one term
 * with its committee, an organization's terms, the branches of 7 or more full members without a committee, and the
 * year's re-election figures. Every list is one query over the subtree's path.
 */
@Component(service = Terms.class)
public class Terms {
    static final String TYPE = "affairs.term";
    public static final int DEFAULT_MONTHS = 6;
    static final int MAX_GAPS = 200;
    /** Branches: the organizations the 7-member rule is about (a general branch and a committee always have one). */
    private static final Set<PartyOrgType> BRANCHES = Set.of(PartyOrgType.BRANCH, PartyOrgType.JOINT_BRANCH);

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final Committees committees;
    private final OrganizationService organizations;
    private final MemberService members;

    @Activate
    public Terms(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                 @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                 @Reference Committees committees, @Reference OrganizationService organizations,
                 @Reference MemberService members) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.committees = committees;
        this.organizations = organizations;
        this.members = members;
    }

    /** The current terms of the subtree (or, for {@code ENDED}, the ended ones), soonest end first. */
    public Page<Term> list(Long unitId, TermStatus status, int months, LocalDate on, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = "t.orgPath LIKE :path AND " + switch (status == null ? TermStatus.CURRENT : status) {
            case ENDED -> "t.endedOn IS NOT NULL";
            case OVERDUE -> "t.endedOn IS NULL AND t.endsOn < :on";
            case DUE -> "t.endedOn IS NULL AND t.endsOn >= :on AND t.endsOn <= :limit";
            case CURRENT -> status == null ? "t.endedOn IS NULL" : "t.endedOn IS NULL AND t.endsOn > :limit";
        };
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM TermEntity t WHERE " + where, Long.class);
            TypedQuery<TermEntity> rows = em.createQuery("SELECT t FROM TermEntity t WHERE " + where
                    + " ORDER BY t.endsOn, t.orgPath, t.id", TermEntity.class);
            bind(count, where, unit, on, months);
            bind(rows, where, unit, on, months);
            List<Term> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(t -> toRecord(em, t, on, months, false)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    private static void bind(TypedQuery<?> q, String where, Organization unit, LocalDate on, int months) {
        q.setParameter("path", unit.path() + "%");
        if (where.contains(":on")) {
            q.setParameter("on", on);
        }
        if (where.contains(":limit")) {
            q.setParameter("limit", on.plusMonths(months));
        }
    }

    /** The counts of the subtree on a day. */
    public TermSummary summary(Long unitId, int months, LocalDate on) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String path = unit.path() + "%";
        long[] c = jpa.txExpr(TransactionType.Supports, em -> new long[] {
                count(em, "t.endedOn IS NULL", path, null, null),
                count(em, "t.endedOn IS NULL AND t.endsOn >= :on AND t.endsOn <= :limit", path, on, on.plusMonths(months)),
                count(em, "t.endedOn IS NULL AND t.endsOn < :on", path, on, null) });
        long parties = 0;
        for (PartyOrgType type : PartyOrgType.values()) {
            if (type.isPartyOrganization()) {
                parties += organizations.count(new OrganizationQuery(null, unit.id(), null, type, null, OrgStatus.ACTIVE));
            }
        }
        return new TermSummary(on, months, parties, c[0], c[1], c[2], Math.max(0, parties - c[0]), gaps(unit, Integer.MAX_VALUE).size());
    }

    private static long count(EntityManager em, String where, String path, LocalDate on, LocalDate limit) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(t) FROM TermEntity t WHERE t.orgPath LIKE :path AND " + where, Long.class)
                .setParameter("path", path);
        if (on != null) {
            q.setParameter("on", on);
        }
        if (limit != null) {
            q.setParameter("limit", limit);
        }
        return q.getSingleResult();
    }

    public Term get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id), LocalDate.now(), DEFAULT_MONTHS, true));
    }

    /** The terms of one organization, the current one first, with their committees. */
    public List<Term> history(Long organizationId) {
        Organization org = scope.enabledUnit(organizationId, "organization");
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT t FROM TermEntity t WHERE t.organizationId = :o "
                        + "ORDER BY t.startedOn DESC, t.id DESC", TermEntity.class).setParameter("o", org.id()).setMaxResults(20)
                .getResultList().stream().map(t -> toRecord(em, t, LocalDate.now(), DEFAULT_MONTHS, true)).toList());
    }

    /** The branches of the subtree with 7 or more full members and no elected committee (first {@value #MAX_GAPS}). */
    public List<CommitteeGap> gaps(Long unitId) {
        return gaps(scope.enabledUnit(unitId, "unit"), MAX_GAPS);
    }

    private List<CommitteeGap> gaps(Organization unit, int max) {
        Map<Long, Long> withCommittee = new LinkedHashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> {
            for (Object[] row : em.createQuery("SELECT t.organizationId, t.committee, t.id FROM TermEntity t WHERE t.orgPath LIKE :path "
                    + "AND t.endedOn IS NULL", Object[].class).setParameter("path", unit.path() + "%").getResultList()) {
                withCommittee.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue() == 1 ? -1L : ((Number) row[2]).longValue());
            }
            return null;
        });
        List<CommitteeGap> gaps = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (PartyOrgType type : BRANCHES) {
            for (int page = 0; gaps.size() < max; page++) {
                List<Organization> batch = organizations.search(new OrganizationQuery(null, unit.id(), null, type, null, OrgStatus.ACTIVE),
                        PageRequest.of(page, PageRequest.MAX_SIZE)).items();
                for (Organization o : batch) {
                    Long term = withCommittee.get(o.id());
                    if ((term != null && term < 0) || !seen.add(o.id()) || gaps.size() >= max) {
                        continue; // a committee is there
                    }
                    // the count only for branches without a committee: few, and core counts them by index
                    long full = members.count(new MemberQuery(null, null, o.id(), MemberCategory.FULL, null, null));
                    if (full >= TermRules.COMMITTEE_MEMBERS) {
                        gaps.add(new CommitteeGap(o.id(), o.name(), full, term));
                    }
                }
                if (batch.size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
        }
        return gaps;
    }

    /**
     * The year's re-elections in the subtree, on the year's reference day (its last day, or today in the running year):
     * terms ending in the year, ended early in it, or overdue when it began; elected, overdue or pending.
     */
    public Map<String, Integer> figures(Organization unit, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        LocalDate day = to.isAfter(LocalDate.now()) ? LocalDate.now() : to;
        Map<String, Integer> figures = new LinkedHashMap<>(Map.of("elected", 0, "overdue", 0, "pending", 0));
        jpa.txExpr(TransactionType.Supports, em -> {
            for (Object[] row : em.createQuery("SELECT t.endsOn, t.endedOn FROM TermEntity t WHERE t.orgPath LIKE :path AND "
                    + "((t.endsOn <= :to AND (t.endedOn IS NULL OR t.endedOn >= :from)) OR (t.endedOn >= :from AND t.endedOn <= :to))",
                    Object[].class).setParameter("path", unit.path() + "%").setParameter("from", from).setParameter("to", to)
                    .getResultList()) {
                figures.merge(TermRules.reelection((LocalDate) row[0], (LocalDate) row[1], day), 1, Integer::sum);
            }
            return null;
        });
        return figures;
    }

    TermEntity visible(EntityManager em, long id) {
        TermEntity t = em.find(TermEntity.class, id);
        if (t == null) {
            throw TermsText.TEXT.notFound(TYPE, id);
        }
        TermsText.TEXT.requireVisible(scope, t.orgPath, TYPE, id);
        return t;
    }

    Term toRecord(EntityManager em, TermEntity t, LocalDate on, int months, boolean withSeats) {
        return new Term(t.id, t.organizationId, scope.name(t.organizationId), t.startedOn, t.endsOn, t.endedOn, t.years,
                t.committee == 1, t.secretaryId, committees.name(t.secretaryId), TermRules.status(t.endsOn, t.endedOn, on, months),
                t.electionId, withSeats ? committees.seats(em, t.id) : List.of(), t.recordedBy, UtcTimes.instant(t.recordedAt),
                t.version);
    }
}
