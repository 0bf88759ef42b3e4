package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.education.internal.ComplianceRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who met the annual requirement: the approved hours of each member with credits in the subtree and year (one
 * grouped query), each against the requirement of the member's unit, and the members of the subtree from core.
 * Members without any credit are below the requirement by all of it.
 */
@Component(service = Compliance.class)
public class Compliance {
    private static final int PAGE = 500;

    /** A member's approved hours of the year and the path of the unit they were earned in (the larger share). */
    record Hours(long memberId, long unitId, String path, BigDecimal hours) {
    }

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final MemberService members;
    private final OrganizationService organizations;
    private final Requirements requirements;

    @Activate
    public Compliance(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                      @Reference(target = EducationModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                      @Reference MemberService members, @Reference OrganizationService organizations,
                      @Reference Requirements requirements) {
        this.jpa = jpa;
        this.scope = scopes.of(EducationModule.ID);
        this.members = members;
        this.organizations = organizations;
        this.requirements = requirements;
    }

    /** Approved hours per member with credits in the subtree and year. */
    Map<Long, Hours> hours(String path, int year) {
        Map<Long, Hours> byMember = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT c.memberId, c.unitId, c.orgPath, SUM(c.hours) FROM EduCredit c WHERE c.orgPath LIKE :path"
                                + " AND c.status = :approved AND c.studiedOn >= :from AND c.studiedOn < :to"
                                + " GROUP BY c.memberId, c.unitId, c.orgPath", Object[].class)
                .setParameter("path", path + "%").setParameter("approved", CreditStatus.APPROVED)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList()).forEach(row -> {
            Hours h = new Hours((Long) row[0], (Long) row[1], (String) row[2], StudyHours.of((BigDecimal) row[3]));
            byMember.merge(h.memberId(), h, (a, b) -> new Hours(a.memberId(),
                    a.hours().compareTo(b.hours()) >= 0 ? a.unitId() : b.unitId(),
                    a.hours().compareTo(b.hours()) >= 0 ? a.path() : b.path(), StudyHours.of(a.hours().add(b.hours()))));
        });
        return byMember;
    }

    /** The subtree's row and one per direct child unit: members, meeting, percent, hours. */
    public ComplianceReport report(Long unitId, int year) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        Map<Long, Hours> hours = hours(unit.path(), year);
        Map<String, BigDecimal> settings = requirements.settings();
        List<ComplianceRow> children = new ArrayList<>();
        for (Organization child : organizations.children(unit.id())) {
            children.add(row(child, hours, settings));
        }
        return new ComplianceReport(unit.id(), unit.name(), year, row(unit, hours, settings), children);
    }

    ComplianceRow row(Organization unit, Map<Long, Hours> hours, Map<String, BigDecimal> settings) {
        long total = members.count(MemberQuery.inSubtree(unit.id()));
        long meeting = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (Hours h : hours.values()) {
            if (h.path().startsWith(unit.path())) {
                sum = sum.add(h.hours());
                if (h.hours().compareTo(RequirementRules.applied(settings, h.path()).hours()) >= 0) {
                    meeting++;
                }
            }
        }
        meeting = Math.min(meeting, total); // members moved out keep their credits here; never above 100 %
        return new ComplianceRow(unit.id(), unit.name(), total, meeting, percent(meeting, total), StudyHours.of(sum));
    }

    static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
    }

    /** The members of the subtree below the requirement, the largest shortfall first, paged. */
    public Page<Behind> behind(Long unitId, int year, PageRequest page) {
        List<Behind> behind = behind(unitId, year);
        int from = Math.min(page.offset(), behind.size());
        int to = Math.min(from + page.size(), behind.size());
        return new Page<>(behind.subList(from, to), behind.size(), page.page(), page.size());
    }

    /** Every member of the subtree below the requirement, the largest shortfall first. */
    public List<Behind> behind(Long unitId, int year) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        Map<Long, Hours> hours = hours(unit.path(), year);
        Map<String, BigDecimal> settings = requirements.settings();
        Map<Long, String> paths = new HashMap<>();
        List<Behind> behind = new ArrayList<>();
        for (int p = 0; ; p++) {
            Page<Member> found = members.search(MemberQuery.inSubtree(unit.id()), PageRequest.of(p, PAGE));
            for (Member m : found.items()) {
                Hours h = hours.get(m.id());
                BigDecimal got = h == null ? StudyHours.zero() : h.hours();
                String path = paths.computeIfAbsent(m.organizationId(), scope::path);
                BigDecimal required = RequirementRules.applied(settings, path).hours();
                BigDecimal shortfall = RequirementRules.shortfall(got, required);
                if (shortfall.signum() > 0) {
                    behind.add(new Behind(m.id(), m.name(), m.organizationId(), scope.name(m.organizationId()), got,
                            required, shortfall));
                }
            }
            if (found.items().size() < PAGE) {
                break;
            }
        }
        behind.sort(Comparator.comparing(Behind::shortfall).reversed().thenComparing(Behind::memberId));
        return behind;
    }
}
