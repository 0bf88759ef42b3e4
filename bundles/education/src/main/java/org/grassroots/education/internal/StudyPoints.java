package org.grassroots.education.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.activity.MemberActivitySource;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.education.internal.PointRules.Earned;
import org.grassroots.education.internal.PointRules.Ranked;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Study points (积分): the district's rules award points per approved study hour of each source (training sessions
 * attended, self-study) and per hour other modules record (volunteer service, events at service positions); a
 * member's points of a year, the yearly ranking of a subtree (one grouped query over the
 * credits, scoped by path) and a member's rank in their own organization. Points are computed, never stored, so a
 * changed rule applies to the whole year at once.
 */
@Component(service = StudyPoints.class)
public class StudyPoints {
    static final String TYPE = "education.pointRule";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final MemberService members;
    private final AuditLog audit;
    private final ModuleEnablement enablement;
    /** Hours recorded by other modules (community's volunteer service, position's events), credited as points: they come and go. */
    private final List<MemberActivitySource> activities = new CopyOnWriteArrayList<>();

    @Activate
    public StudyPoints(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                       @Reference(target = EducationModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                       @Reference MemberService members, @Reference AuditLog audit, @Reference ModuleEnablement enablement) {
        this.jpa = jpa;
        this.scope = scopes.of(EducationModule.ID);
        this.members = members;
        this.audit = audit;
        this.enablement = enablement;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addActivity(MemberActivitySource source) {
        activities.add(source);
    }

    void removeActivity(MemberActivitySource source) {
        activities.remove(source);
    }

    /** The rule of every source: the district's setting, else the built-in one. */
    public List<PointRule> rules() {
        Map<CreditSource, PointRuleEntity> set = settings();
        List<PointRule> rules = new ArrayList<>();
        for (CreditSource s : CreditSource.values()) {
            PointRuleEntity e = set.get(s);
            rules.add(e == null ? new PointRule(s, PointRules.builtIn(s), true, null)
                    : new PointRule(s, StudyHours.of(e.pointsPerHour), false, e.version));
        }
        return rules;
    }

    /** Sets the points per hour of a source (district-wide); {@code version} checks a rule already set. */
    public PointRule setRule(CreditSource source, Long version, PointRuleDraft draft) {
        if (draft == null) {
            throw EducationMessages.TEXT.invalid("body", "body.required");
        }
        if (source == null) {
            throw EducationMessages.TEXT.invalid("source", "points.source");
        }
        if (!PointRules.valid(draft.pointsPerHour())) {
            throw EducationMessages.TEXT.invalid("pointsPerHour", "points.perHour", PointRules.MAX);
        }
        String actor = scope.actor();
        jpa.tx(TransactionType.Required, em -> {
            PointRuleEntity r = em.find(PointRuleEntity.class, source);
            String before = r == null ? PointRules.builtIn(source).toPlainString() : r.pointsPerHour.toPlainString();
            if (r == null) {
                r = new PointRuleEntity();
                r.source = source;
                em.persist(r);
            } else if (version != null && r.version != version) {
                throw ConflictException.stale(TYPE, source.name(), version, r.version);
            }
            r.pointsPerHour = StudyHours.of(draft.pointsPerHour());
            r.updatedAt = UtcTimes.now();
            r.updatedBy = actor;
            em.flush();
            audit.record("UPDATE", TYPE, null, source.name(),
                    List.of(new FieldChange("pointsPerHour", before, r.pointsPerHour.toPlainString())));
        });
        return rules().stream().filter(r -> r.source() == source).findFirst().orElseThrow();
    }

    /** The members of the subtree with points in the year, the most first, paged. */
    public Page<PointsEntry> ranking(Long unitId, int year, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        List<Ranked> ranked = PointRules.rank(earned(unit.path(), year), inForce());
        int from = Math.min(page.offset(), ranked.size());
        int to = Math.min(from + page.size(), ranked.size());
        List<PointsEntry> items = new ArrayList<>();
        Map<Long, String> unitNames = new HashMap<>();
        for (Ranked r : ranked.subList(from, to)) {
            long member = r.earned().memberId();
            long at = r.earned().unitId();
            String name = members.reference(member).map(MemberReference::name).orElse("#" + member);
            items.add(new PointsEntry(r.rank(), member, name, at, unitNames.computeIfAbsent(at, scope::name), r.hours(),
                    r.points()));
        }
        return new Page<>(items, ranked.size(), page.page(), page.size());
    }

    /** A member's points of the year and their rank among the members of their organization. */
    public MemberPoints memberPoints(Long memberId, int year) {
        MemberReference member = memberId == null ? null : members.reference(memberId).orElse(null);
        if (member == null) {
            throw new NotFoundException("member", memberId);
        }
        Map<CreditSource, BigDecimal> rules = inForce();
        List<Earned> own = withActivities(earned(null, member.id(), year), member.path(), year).stream()
                .filter(e -> e.memberId() == member.id()).toList();
        Map<CreditSource, BigDecimal> hours = own.isEmpty() ? Map.of() : own.get(0).hours();
        BigDecimal points = PointRules.total(hours, rules);
        List<Ranked> unitRanking = PointRules.rank(earned(member.path(), year), rules);
        Integer rank = unitRanking.stream().filter(r -> r.earned().memberId() == member.id()).map(Ranked::rank)
                .findFirst().orElse(null);
        return new MemberPoints(member.id(), member.name(), member.organizationId(), scope.name(member.organizationId()),
                year, points, PointRules.bySource(hours, rules), rank, unitRanking.size());
    }

    private Map<CreditSource, PointRuleEntity> settings() {
        Map<CreditSource, PointRuleEntity> set = new EnumMap<>(CreditSource.class);
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT r FROM EduPointRule r", PointRuleEntity.class)
                .getResultList()).forEach(r -> set.put(r.source, r));
        return set;
    }

    private Map<CreditSource, BigDecimal> inForce() {
        Map<CreditSource, BigDecimal> set = new EnumMap<>(CreditSource.class);
        settings().forEach((s, r) -> set.put(s, r.pointsPerHour));
        return PointRules.inForce(set);
    }

    /** Points-earning hours per member of the subtree in the year: approved study hours and other modules' activities. */
    private List<Earned> earned(String path, int year) {
        return withActivities(earned(path, null, year), path, year);
    }

    /**
     * Adds the hours other modules record for the members of the subtree ({@code path}) to their study hours, for the
     * modules enabled at each member's unit; a member with such hours only is ranked at their own organization.
     */
    private List<Earned> withActivities(List<Earned> study, String path, int year) {
        List<MemberActivitySource> now = List.copyOf(activities);
        if (now.isEmpty()) {
            return study;
        }
        Map<Long, Earned> byMember = new LinkedHashMap<>();
        study.forEach(e -> byMember.put(e.memberId(), e));
        Map<String, Boolean> enabled = new HashMap<>();
        for (MemberActivitySource source : now) {
            CreditSource as = switch (source.kind()) {
                case VOLUNTEER_SERVICE -> CreditSource.VOLUNTEER;
                case POSITION_EVENT -> CreditSource.POSITION_EVENT;
                // a kind added to core-api after this module was built earns nothing until a source is added for it
                default -> null;
            };
            if (as == null) {
                continue;
            }
            source.hours(path, year).forEach((memberId, hours) -> {
                Earned e = byMember.get(memberId);
                Long unit = e != null ? Long.valueOf(e.unitId())
                        : members.reference(memberId).map(MemberReference::organizationId).orElse(null);
                if (unit == null || !enabled.computeIfAbsent(source.module() + "/" + unit,
                        k -> enablement.isEnabled(source.module(), unit))) {
                    return;
                }
                Map<CreditSource, BigDecimal> merged = new EnumMap<>(CreditSource.class);
                if (e != null) {
                    merged.putAll(e.hours());
                }
                merged.merge(as, hours, BigDecimal::add);
                byMember.put(memberId, new Earned(memberId, unit, merged));
            });
        }
        return List.copyOf(byMember.values());
    }

    /** Approved hours by source per member of the year: in a subtree ({@code path}) or of one member. */
    private List<Earned> earned(String path, Long memberId, int year) {
        String where = path != null ? "c.orgPath LIKE :key" : "c.memberId = :key";
        List<Object[]> rows = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT c.memberId, c.unitId, c.source, SUM(c.hours) FROM EduCredit c WHERE " + where
                                + " AND c.status = :approved AND c.studiedOn >= :from AND c.studiedOn < :to"
                                + " GROUP BY c.memberId, c.unitId, c.source", Object[].class)
                .setParameter("key", path != null ? path + "%" : memberId)
                .setParameter("approved", CreditStatus.APPROVED)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList());
        Map<Long, Map<CreditSource, BigDecimal>> hours = new LinkedHashMap<>();
        Map<Long, Map<Long, BigDecimal>> byUnit = new HashMap<>();
        for (Object[] row : rows) {
            long member = (Long) row[0];
            BigDecimal h = (BigDecimal) row[3];
            hours.computeIfAbsent(member, m -> new EnumMap<>(CreditSource.class)).merge((CreditSource) row[2], h, BigDecimal::add);
            byUnit.computeIfAbsent(member, m -> new HashMap<>()).merge((Long) row[1], h, BigDecimal::add);
        }
        List<Earned> earned = new ArrayList<>();
        hours.forEach((member, bySource) -> earned.add(new Earned(member, byUnit.get(member).entrySet().stream()
                .max(Map.Entry.<Long, BigDecimal>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey(), bySource)));
        return earned;
    }
}
