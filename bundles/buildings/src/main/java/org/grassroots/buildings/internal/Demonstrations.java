package org.grassroots.buildings.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Demonstration buildings (示范楼宇): a building with a profile on the belt is designated when it meets at least
 * {@value #MIN_CRITERIA} of the criteria, including a building committee in operation; designation comes with its
 * upgrade tasks; each year it is assessed (score 0–100, graded).
 */
@Component(service = Demonstrations.class)
public class Demonstrations {
    static final String TYPE = "buildings.demonstration";
    static final String ASSESSMENT_TYPE = "buildings.assessment";
    static final int MIN_CRITERIA = 3;
    static final int MAX_TASKS = 20;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Buildings buildings;

    @Activate
    public Demonstrations(@Reference(target = BuildingsModule.UNIT) JpaTemplate jpa,
                          @Reference(target = BuildingsModule.SCHEMA) ModuleSchema schema,
                          @Reference Buildings buildings, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.buildings = buildings;
        this.scope = buildings.scope();
        this.audit = audit;
    }

    /** The designation rule: at least {@link #MIN_CRITERIA} distinct criteria, the committee among them. */
    static boolean qualifies(Set<Criterion> criteria) {
        return criteria.size() >= MIN_CRITERIA && criteria.contains(Criterion.COMMITTEE);
    }

    public Demonstration designate(DemonstrationDraft draft) {
        BuildingRecords.requireBody(draft, "{buildingId, designatedOn, criteria, upgradeTasks}");
        Organization building = buildings.building(draft.buildingId(), "buildingId");
        ValidationException.Builder errors = ValidationException.builder();
        BuildingRecords.pastDate(errors, "designatedOn", draft.designatedOn(), true);
        Set<Criterion> criteria = EnumSet.noneOf(Criterion.class);
        if (draft.criteria() != null) {
            criteria.addAll(draft.criteria());
        }
        if (!qualifies(criteria)) {
            errors.add("criteria", BuildingsText.TEXT.message("demonstration.criteria", MIN_CRITERIA, Criterion.COMMITTEE));
        }
        List<String> tasks = draft.upgradeTasks() == null ? List.of() : draft.upgradeTasks();
        if (tasks.size() > MAX_TASKS) {
            errors.add("upgradeTasks", BuildingsText.TEXT.message("demonstration.tasks", MAX_TASKS));
        }
        List<String> cleanTasks = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            cleanTasks.add(errors.line("upgradeTasks[" + i + "]", tasks.get(i), 90, true));
        }
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (Buildings.find(em, building.id()) == null) {
                throw BuildingsText.TEXT.conflict("demonstration.noProfile", building.name());
            }
            if (em.createQuery("SELECT COUNT(c) FROM CommitteeEntity c WHERE c.buildingId = :b", Long.class)
                    .setParameter("b", building.id()).getSingleResult() == 0) {
                throw BuildingsText.TEXT.conflict("demonstration.noCommittee", building.name());
            }
            if (!em.createQuery("SELECT d.id FROM DemonstrationEntity d WHERE d.buildingId = :b", Long.class)
                    .setParameter("b", building.id()).getResultList().isEmpty()) {
                throw BuildingsText.TEXT.conflict("demonstration.exists", building.name());
            }
            DemonstrationEntity d = createIn(em, building, draft.designatedOn(), criteria,
                    cleanTasks, actor);
            audit.record("DESIGNATE", TYPE, d.id, building.name() + ": " + d.criteria, List.of());
            return view(em, d);
        });
    }

    static DemonstrationEntity createIn(EntityManager em, Organization building, LocalDate on, Set<Criterion> criteria,
                                        List<String> tasks, String actor) {
        DemonstrationEntity d = new DemonstrationEntity();
        d.buildingId = building.id();
        d.orgPath = building.path();
        d.designatedOn = on;
        d.criteria = criteria.stream().map(Enum::name).collect(Collectors.joining(","));
        d.upgradeTasks = tasks.isEmpty() ? null : String.join("\n", tasks);
        d.designatedBy = actor;
        d.createdAt = UtcTimes.now();
        em.persist(d);
        em.flush();
        return d;
    }

    public Demonstration get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> view(em, load(em, id)));
    }

    private DemonstrationEntity load(EntityManager em, long id) {
        return BuildingRecords.visible(em, scope, DemonstrationEntity.class, id, "demonstration", r -> r.orgPath);
    }

    /** The demonstration buildings under {@code unit} (checked: in scope, enabled), in the order designated. */
    public Page<Demonstration> search(Long unit, PageRequest page) {
        Organization under = scope.enabledUnit(unit, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> BuildingRecords.under(em, DemonstrationEntity.class, under.path(),
                "r.designatedOn, r.id", page, d -> view(em, d)));
    }

    public Assessment assess(long id, AssessmentDraft draft) {
        Demonstration demonstration = get(id);
        scope.requireEnabled(demonstration.buildingId());
        BuildingRecords.requireBody(draft, "{year, score, note}");
        ValidationException.Builder errors = ValidationException.builder();
        errors.whole("year", draft.year(), demonstration.designatedOn().getYear(), LocalDate.now().getYear(), true);
        errors.whole("score", draft.score(), 0, 100, true);
        String note = errors.note("note", draft.note(), 1000, false);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (!em.createQuery("SELECT a.id FROM AssessmentEntity a WHERE a.buildingId = :b AND a.year = :y", Long.class)
                    .setParameter("b", demonstration.buildingId()).setParameter("y", draft.year()).getResultList().isEmpty()) {
                throw BuildingsText.TEXT.conflict("assessment.exists", demonstration.buildingName(), draft.year());
            }
            DemonstrationEntity d = em.find(DemonstrationEntity.class, id);
            AssessmentEntity a = assessIn(em, d, draft.year(), draft.score(), note, actor);
            audit.record("ASSESS", ASSESSMENT_TYPE, a.id, demonstration.buildingName() + " " + a.year + ": " + a.score + " " + a.grade,
                    List.of());
            return assessment(a);
        });
    }

    static AssessmentEntity assessIn(EntityManager em, DemonstrationEntity d, int year, int score, String note, String actor) {
        AssessmentEntity a = new AssessmentEntity();
        a.buildingId = d.buildingId;
        a.orgPath = d.orgPath;
        a.year = year;
        a.score = score;
        a.grade = Grade.of(score);
        a.note = note;
        a.assessedAt = UtcTimes.now();
        a.assessedBy = actor;
        em.persist(a);
        em.flush();
        return a;
    }

    /** Demonstration buildings designated by the end of {@code year} under a path, per belt. */
    Map<Belt, Integer> countByBelt(String under, int year) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Belt, Integer> counts = new LinkedHashMap<>();
            for (Belt belt : Belt.values()) {
                counts.put(belt, 0);
            }
            for (Object[] row : em.createQuery("SELECT b.belt, COUNT(d) FROM DemonstrationEntity d, BuildingEntity b "
                            + "WHERE b.buildingId = d.buildingId AND d.orgPath LIKE :under AND d.designatedOn < :end GROUP BY b.belt",
                    Object[].class).setParameter("under", under).setParameter("end", LocalDate.of(year + 1, 1, 1)).getResultList()) {
                counts.put((Belt) row[0], ((Number) row[1]).intValue());
            }
            return counts;
        });
    }

    /** Names of the demonstration buildings designated by the end of {@code year} under a path, in designation order. */
    List<String> names(String under, int year) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT d.buildingId FROM DemonstrationEntity d "
                        + "WHERE d.orgPath LIKE :under AND d.designatedOn < :end ORDER BY d.designatedOn, d.id", Long.class)
                .setParameter("under", under).setParameter("end", LocalDate.of(year + 1, 1, 1)).getResultList().stream()
                .map(scope::name).toList());
    }

    private Demonstration view(EntityManager em, DemonstrationEntity d) {
        BuildingEntity profile = Buildings.find(em, d.buildingId);
        List<Assessment> assessments = em.createQuery("SELECT a FROM AssessmentEntity a WHERE a.buildingId = :b ORDER BY a.year",
                AssessmentEntity.class).setParameter("b", d.buildingId).getResultList().stream().map(Demonstrations::assessment).toList();
        List<Criterion> criteria = new ArrayList<>();
        Arrays.stream(d.criteria.split(",")).filter(s -> !s.isEmpty()).forEach(s -> criteria.add(Criterion.valueOf(s)));
        return new Demonstration(d.id, d.buildingId, scope.name(d.buildingId), profile == null ? Belt.NONE : profile.belt,
                d.designatedOn, criteria, d.upgradeTasks == null ? List.of() : List.of(d.upgradeTasks.split("\n")),
                d.designatedBy, assessments, d.version);
    }

    static Assessment assessment(AssessmentEntity a) {
        return new Assessment(a.id, a.buildingId, a.year, a.score, a.grade, a.note, UtcTimes.instant(a.assessedAt), a.assessedBy,
                a.version);
    }
}
