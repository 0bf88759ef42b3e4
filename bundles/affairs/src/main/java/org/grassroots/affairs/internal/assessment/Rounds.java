package org.grassroots.affairs.internal.assessment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.affairs.internal.AffairsModule;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The yearly assessment rounds. The level above opens a round for its unit and a year: a 述职评议 round lists a
 * report for the secretary of every Party organization below the unit, a 分类定等 round (with its scheme and scored
 * criteria) a grading for every one of them; an organization listed that year by another round (a street's, before
 * the district's) is left to it, so that the district's round takes the organizations no street took. A round
 * closes when every record it lists is decided (409 naming how many are not).
 */
@Component(service = Rounds.class)
public class Rounds {
    static final String TYPE = "affairs.round";
    static final int SUBTREE_DEPTH = 50;
    static final int MAX_CRITERIA = 20;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final OrganizationService organizations;

    @Activate
    public Rounds(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                  @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                  @Reference AuditLog audit, @Reference OrganizationService organizations) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.audit = audit;
        this.organizations = organizations;
    }

    public Round open(RoundDraft draft) {
        if (draft == null) {
            throw AssessmentText.TEXT.invalid("body", "body.required", "{kind, unitId, year}");
        }
        Organization unit = scope.enabledUnit(draft.unitId(), "unitId");
        ValidationException.Builder errors = ValidationException.builder();
        if (draft.kind() == null) {
            errors.add("kind", AssessmentText.TEXT.message("round.kind"));
        }
        errors.whole("year", draft.year(), 2000, LocalDate.now().getYear(), true);
        List<CriterionDraft> criteria = checkCriteria(draft, errors);
        errors.throwIfAny();
        List<Organization> below = organizations.subtree(unit.id(), SUBTREE_DEPTH).stream()
                .filter(o -> o.id() != unit.id() && o.partyOrgType() != null && o.partyOrgType().isPartyOrganization()).toList();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (!em.createQuery("SELECT r.id FROM AssessRoundEntity r WHERE r.kind = :k AND r.unitId = :u AND r.year = :y", Long.class)
                    .setParameter("k", draft.kind()).setParameter("u", unit.id()).setParameter("y", draft.year())
                    .getResultList().isEmpty()) {
                throw AssessmentText.TEXT.conflict("round.exists", draft.kind(), unit.name(), draft.year());
            }
            Set<Long> taken = new HashSet<>(listedIn(em, draft.kind(), unit.path(), draft.year()));
            List<Organization> listed = below.stream().filter(o -> !taken.contains(o.id())).toList();
            if (listed.isEmpty()) {
                throw AssessmentText.TEXT.conflict("round.nothingToList", unit.name(), draft.year());
            }
            LocalDateTime now = UtcTimes.now();
            RoundEntity r = new RoundEntity();
            r.kind = draft.kind();
            r.unitId = unit.id();
            r.orgPath = unit.path();
            r.year = draft.year();
            r.scheme = draft.kind() == RoundKind.GRADING ? draft.scheme() : null;
            r.status = RoundStatus.OPEN;
            r.openedBy = actor;
            r.openedAt = now;
            em.persist(r);
            em.flush();
            int fullMarks = 0;
            for (int i = 0; i < criteria.size(); i++) {
                CriterionEntity c = new CriterionEntity();
                c.roundId = r.id;
                c.sortOrder = i + 1;
                c.name = criteria.get(i).name();
                c.maxScore = criteria.get(i).maxScore();
                fullMarks += c.maxScore;
                em.persist(c);
            }
            for (Organization o : listed) {
                if (r.kind == RoundKind.REPORTS) {
                    em.persist(SecretaryReports.listed(r, o));
                } else {
                    em.persist(Gradings.listed(r, o, fullMarks));
                }
            }
            em.flush();
            audit.record("OPEN", TYPE, r.id, r.kind.labels().zhCN() + " " + unit.name() + " " + r.year + ": " + listed.size(),
                    List.of(new FieldChange("status", null, r.status.name())));
            return toRecord(em, r);
        });
    }

    /** A grading round's scheme and 1–20 criteria (distinct names, full marks 1–100); a report round takes neither. */
    static List<CriterionDraft> checkCriteria(RoundDraft draft, ValidationException.Builder errors) {
        List<CriterionDraft> given = draft.criteria() == null ? List.of() : draft.criteria();
        if (draft.kind() != RoundKind.GRADING) {
            if (draft.scheme() != null || !given.isEmpty()) {
                errors.add(draft.scheme() != null ? "scheme" : "criteria", AssessmentText.TEXT.message("round.reportsTakeNoCriteria"));
            }
            return List.of();
        }
        if (draft.scheme() == null) {
            errors.add("scheme", AssessmentText.TEXT.message("round.scheme"));
        }
        if (given.isEmpty() || given.size() > MAX_CRITERIA) {
            errors.add("criteria", AssessmentText.TEXT.message("round.criteria", MAX_CRITERIA));
            return List.of();
        }
        List<CriterionDraft> checked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            CriterionDraft c = given.get(i);
            String at = "criteria[" + i + "].";
            if (c == null) {
                errors.add("criteria[" + i + "]", AssessmentText.TEXT.message("round.criterion.missing"));
                continue;
            }
            String name = errors.line(at + "name", c.name(), 100, true);
            Integer max = errors.whole(at + "maxScore", c.maxScore(), 1, 100, true);
            if (name != null && !names.add(name)) {
                errors.add(at + "name", AssessmentText.TEXT.message("round.criterion.twice", name));
            }
            checked.add(new CriterionDraft(name, max));
        }
        return checked;
    }

    public Round close(long id, long version) {
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            RoundEntity r = visible(em, id);
            scope.requireEnabled(r.unitId);
            if (r.status != RoundStatus.OPEN) {
                throw AssessmentText.TEXT.conflict("round.closed", id);
            }
            if (r.version != version) {
                throw ConflictException.stale(TYPE, id, version, r.version);
            }
            long undecided = count(em, r, false);
            if (undecided > 0) {
                throw AssessmentText.TEXT.conflict("round.undecided", undecided);
            }
            r.status = RoundStatus.CLOSED;
            r.closedBy = actor;
            r.closedAt = UtcTimes.now();
            em.flush();
            audit.record("CLOSE", TYPE, id, r.kind.labels().zhCN() + " " + scope.name(r.unitId) + " " + r.year,
                    List.of(new FieldChange("status", RoundStatus.OPEN.name(), r.status.name())));
            return toRecord(em, r);
        });
    }

    public Round get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    public Page<Round> search(Long unitId, RoundKind kind, Integer year, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE r.orgPath LIKE :path" + (kind == null ? "" : " AND r.kind = :kind") + (year == null ? "" : " AND r.year = :year");
        return jpa.txExpr(TransactionType.Supports, em -> {
            var select = em.createQuery("SELECT r FROM AssessRoundEntity r" + where + " ORDER BY r.year DESC, r.orgPath, r.id", RoundEntity.class);
            var count = em.createQuery("SELECT COUNT(r) FROM AssessRoundEntity r" + where, Long.class);
            for (var q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (kind != null) {
                    q.setParameter("kind", kind);
                }
                if (year != null) {
                    q.setParameter("year", year);
                }
            }
            List<Round> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(r -> toRecord(em, r)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** The organizations of a subtree already listed in a round of the kind and year. */
    private static List<Long> listedIn(EntityManager em, RoundKind kind, String path, int year) {
        String entity = kind == RoundKind.REPORTS ? "SecretaryReportEntity" : "GradingEntity";
        return em.createQuery("SELECT x.organizationId FROM " + entity + " x WHERE x.orgPath LIKE :p AND x.year = :y", Long.class)
                .setParameter("p", path + "%").setParameter("y", year).getResultList();
    }

    private static long count(EntityManager em, RoundEntity r, boolean decided) {
        String entity = r.kind == RoundKind.REPORTS ? "SecretaryReportEntity" : "GradingEntity";
        return em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE x.roundId = :r AND x.status "
                + (decided ? "=" : "<>") + " :decided", Long.class).setParameter("r", r.id)
                .setParameter("decided", r.kind == RoundKind.REPORTS ? ReportStatus.DECIDED : GradingStatus.DECIDED).getSingleResult();
    }

    RoundEntity visible(EntityManager em, long id) {
        RoundEntity r = em.find(RoundEntity.class, id);
        if (r == null) {
            throw AssessmentText.TEXT.notFound(TYPE, id);
        }
        AssessmentText.TEXT.requireVisible(scope, r.orgPath, TYPE, id);
        return r;
    }

    static List<Criterion> criteria(EntityManager em, long roundId) {
        return em.createQuery("SELECT c FROM AssessCriterionEntity c WHERE c.roundId = :r ORDER BY c.sortOrder", CriterionEntity.class)
                .setParameter("r", roundId).getResultList().stream().map(c -> new Criterion(c.id, c.name, c.maxScore)).toList();
    }

    private Round toRecord(EntityManager em, RoundEntity r) {
        int decided = (int) count(em, r, true);
        int listed = decided + (int) count(em, r, false);
        return new Round(r.id, r.kind, r.unitId, scope.name(r.unitId), r.year, r.scheme, r.status, criteria(em, r.id), listed,
                decided, r.openedBy, UtcTimes.instant(r.openedAt), r.closedBy, UtcTimes.instant(r.closedAt), r.version);
    }
}
