package org.grassroots.affairs.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.affairs.internal.ComplianceRules.Outcome;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Which organizations of a subtree held the meetings their rules require in a year, a quarter or a month, computed
 * from the meetings recorded: the organizations come from core's tree, the months with counted meetings from one
 * grouped query over the subtree's path, the rules from {@link RuleSettings}.
 */
@Component(service = Compliance.class)
public class Compliance {
    /** Key of the yearly 党课 given by the secretary in a gap's missing list. */
    static final String SECRETARY_LECTURE = "secretary";
    /** Levels below a unit that its subtree reaches (the tree is far shallower; core adds it to the unit's depth). */
    static final int SUBTREE_DEPTH = 50;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final OrganizationService organizations;
    private final RuleSettings rules;
    private final FigureCache cache;
    private final Talks talks;

    @Activate
    public Compliance(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                      @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                      @Reference OrganizationService organizations, @Reference RuleSettings rules,
                      @Reference FigureCache cache, @Reference Talks talks) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.organizations = organizations;
        this.rules = rules;
        this.cache = cache;
        this.talks = talks;
    }

    /** The report for a unit's subtree; {@code quarter} or {@code month} narrow the window (not both). */
    public ComplianceReport report(Long unitId, int year, Integer quarter, Integer month, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        if (quarter != null && month != null) {
            throw AffairsText.TEXT.invalid("month", "compliance.window");
        }
        int from = quarter != null ? quarter * 3 - 2 : month != null ? month : 1;
        int to = quarter != null ? quarter * 3 : month != null ? month : 12;
        return report(unit, year, from, to, quarter, month, LocalDate.now(), page);
    }

    /** The report for a unit found by the operator (the shell), whatever the caller's scope. */
    public ComplianceReport reportFor(Organization unit, int year, Integer quarter, Integer month, int limit) {
        int from = quarter != null ? quarter * 3 - 2 : month != null ? month : 1;
        int to = quarter != null ? quarter * 3 : month != null ? month : 12;
        return report(unit, year, from, to, quarter, month, LocalDate.now(), PageRequest.of(0, limit));
    }

    ComplianceReport report(Organization unit, int year, int from, int to, Integer quarter, Integer month, LocalDate today,
                            PageRequest page) {
        List<OrgOutcome> outcomes = outcomes(unit, year, from, to, today);
        Map<MeetingType, int[]> perType = new EnumMap<>(MeetingType.class);
        List<OrganizationGaps> behind = new ArrayList<>();
        int compliant = 0;
        for (OrgOutcome o : outcomes) {
            List<ComplianceGap> gaps = new ArrayList<>();
            o.byType().forEach((type, result) -> {
                int[] counts = perType.computeIfAbsent(type, k -> new int[3]);
                if (result.outcome().due() > 0) {
                    counts[0]++;
                    if (result.outcome().compliant()) {
                        counts[1]++;
                    } else {
                        gaps.add(new ComplianceGap(type, result.period(), result.outcome().missing()));
                    }
                }
                if (result.outcome().pending() != null) {
                    counts[2]++;
                }
            });
            if (gaps.isEmpty()) {
                compliant++;
            } else {
                Organization org = o.organization();
                behind.add(new OrganizationGaps(org.id(), org.code(), org.name(), org.partyOrgType(), org.secretaryId(), gaps));
            }
        }
        List<TypeCompliance> byType = new ArrayList<>();
        perType.forEach((type, c) -> byType.add(new TypeCompliance(type, c[0], c[1],
                c[0] == 0 ? 100 : Math.round(1000.0 * c[1] / c[0]) / 10.0, c[2])));
        behind.sort(Comparator.comparing(OrganizationGaps::code));
        List<OrganizationGaps> shown = behind.subList(Math.min(page.offset(), behind.size()),
                Math.min(page.offset() + page.size(), behind.size()));
        return new ComplianceReport(unit.id(), unit.name(), year, quarter, month, today, outcomes.size(), compliant,
                byType, List.copyOf(shown), behind.size(), talks.figures(unit, year));
    }

    /** Every Party organization of the subtree with its outcome per meeting type in force (exemptions left out). */
    List<OrgOutcome> outcomes(Organization unit, int year, int from, int to, LocalDate today) {
        return cache.get("outcomes:" + unit.path() + ":" + year + ":" + from + ":" + to + ":" + today,
                () -> compute(unit, year, from, to, today));
    }

    private List<OrgOutcome> compute(Organization unit, int year, int from, int to, LocalDate today) {
        List<Organization> orgs = organizations.subtree(unit.id(), SUBTREE_DEPTH).stream()
                .filter(o -> o.partyOrgType() != null && o.partyOrgType().isPartyOrganization() && o.status() == OrgStatus.ACTIVE)
                .toList();
        Map<String, Map<MeetingType, Period>> overrides = rules.overrides();
        Held held = jpa.txExpr(TransactionType.Supports, em -> held(em, unit.path(), year));
        Set<String> exempt = rules.exemptions(unit.path(), year);
        boolean yearEnded = to == 12 && LocalDate.of(year, 12, 31).isBefore(today);
        List<OrgOutcome> result = new ArrayList<>(orgs.size());
        for (Organization org : orgs) {
            Map<MeetingType, TypeOutcome> byType = new EnumMap<>(MeetingType.class);
            ComplianceRules.effective(org.partyOrgType(), org.path(), overrides).forEach((type, period) -> {
                if (period == Period.NONE || exempt.contains(org.id() + ":" + type)) {
                    return;
                }
                Set<Integer> months = held.months.getOrDefault(org.id() + ":" + type, Set.of());
                Outcome outcome = ComplianceRules.evaluate(period, year, from, to, today, months);
                if (type == MeetingType.LECTURE && yearEnded && !held.secretaryLectures.contains(org.id())) {
                    List<String> missing = new ArrayList<>(outcome.missing());
                    missing.add(year + "-" + SECRETARY_LECTURE);
                    outcome = new Outcome(outcome.due() + 1, outcome.met(), missing, outcome.pending());
                } else if (type == MeetingType.LECTURE && yearEnded) {
                    outcome = new Outcome(outcome.due() + 1, outcome.met() + 1, outcome.missing(), outcome.pending());
                }
                byType.put(type, new TypeOutcome(period, outcome));
            });
            result.add(new OrgOutcome(org, byType));
        }
        return result;
    }

    private static Held held(EntityManager em, String path, int year) {
        Held held = new Held();
        for (Object[] row : em.createQuery("SELECT m.organizationId, m.type, m.heldMonth FROM MeetingEntity m "
                        + "WHERE m.orgPath LIKE :path AND m.heldYear = :year AND m.counted = 1 "
                        + "GROUP BY m.organizationId, m.type, m.heldMonth", Object[].class)
                .setParameter("path", path + "%").setParameter("year", year).getResultList()) {
            held.months.computeIfAbsent(row[0] + ":" + row[1], k -> new HashSet<>()).add(((Number) row[2]).intValue());
        }
        held.secretaryLectures.addAll(em.createQuery("SELECT DISTINCT m.organizationId FROM MeetingEntity m "
                        + "WHERE m.orgPath LIKE :path AND m.heldYear = :year AND m.counted = 1 AND m.bySecretary = 1 "
                        + "AND m.type = :lecture", Long.class)
                .setParameter("path", path + "%").setParameter("year", year).setParameter("lecture", MeetingType.LECTURE)
                .getResultList());
        return held;
    }

    private static final class Held {
        final Map<String, Set<Integer>> months = new HashMap<>();
        final Set<Long> secretaryLectures = new HashSet<>();
    }

    record TypeOutcome(Period period, Outcome outcome) {
    }

    record OrgOutcome(Organization organization, Map<MeetingType, TypeOutcome> byType) {
    }
}
