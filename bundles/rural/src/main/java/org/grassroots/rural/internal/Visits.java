package org.grassroots.rural.internal;

import org.grassroots.core.api.module.ModuleMessages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 村村到 research visits: who visited which village when, what they found, and the follow-up tasks. */
@Component(service = Visits.class)
public class Visits {
    static final String TYPE = "visit";

    private final JpaTemplate jpa;
    private final RuralAudit audit;
    private final Villages villages;

    @Activate
    public Visits(@Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa, @Reference Villages villages,
                  @Reference(target = RuralModule.SCHEMA) ModuleSchema schema,
                    @Reference RuralAudit audit) {
        this.jpa = jpa;
        this.audit = audit;
        this.villages = villages;
    }

    /** Records a visit; 403 when the module is not enabled for the village (422 when it is no village of yours). */
    public Visit record(VisitDraft draft, String actor) {
        villages.requireEnabledIfVillage(draft == null ? null : draft.villageId());
        if (draft == null) {
            throw RuralMessages.TEXT.invalid("body", "body.required", "{villageId, leaderName, visitedOn, findings}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        try {
            villages.requireVillage(draft.villageId(), "villageId");
        } catch (ValidationException e) {
            ModuleMessages.addAll(errors, "", e);
        }
        if (draft.leaderName() == null || draft.leaderName().isBlank()) {
            errors.add("leaderName", RuralMessages.TEXT.message("visit.leader"));
        } else if (draft.leaderName().length() > 100) {
            errors.add("leaderName", RuralMessages.TEXT.message("tooLong", 100));
        }
        if (draft.visitedOn() == null) {
            errors.add("visitedOn", RuralMessages.TEXT.message("date.required"));
        } else if (draft.visitedOn().isAfter(LocalDate.now())) {
            errors.add("visitedOn", RuralMessages.TEXT.message("date.future"));
        }
        if (draft.findings() != null && draft.findings().length() > 4000) {
            errors.add("findings", RuralMessages.TEXT.message("tooLong", 4000));
        }
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            VisitEntity v = new VisitEntity();
            v.villageId = draft.villageId();
            v.orgPath = villages.path(draft.villageId());
            v.leaderName = draft.leaderName().trim();
            v.leaderMemberId = draft.leaderMemberId();
            v.visitedOn = draft.visitedOn();
            v.findings = draft.findings();
            v.recordedAt = UtcTimes.now();
            v.recordedBy = actor;
            em.persist(v);
            em.flush();
            audit.record("CREATE", TYPE, v.id, v.leaderName + " visited village " + v.villageId + " on " + v.visitedOn);
            return view(v, List.of());
        });
    }

    /** The visit with its tasks: 404 unless its village is in the caller's subtree, 403 unless the module is enabled there. */
    public Visit get(long id) {
        Visit visit = find(id);
        villages.requireRecord(visit.villageId(), TYPE, id);
        return visit;
    }

    private Visit find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            VisitEntity v = em.find(VisitEntity.class, id);
            if (v == null) {
                throw RuralMessages.TEXT.notFound(TYPE, id);
            }
            return view(v, em.createQuery("SELECT t FROM TaskEntity t WHERE t.visitId = :v ORDER BY t.id", TaskEntity.class)
                    .setParameter("v", id).getResultList());
        });
    }

    /** Visits of the villages under {@code unit} (checked: in scope, enabled) in the year (all when null). */
    public List<Visit> list(Long unit, Integer year) {
        return list(villages.enabledUnder(unit), year);
    }

    /** Visits of the given villages in the year (all years when null), with their tasks. */
    public List<Visit> list(VillageSet inScope, Integer year) {
        if (inScope.isEmpty()) {
            return List.of();
        }
        String inYear = year == null ? "" : " AND x.visitedOn >= :firstDay AND x.visitedOn < :nextYear";
        return jpa.txExpr(TransactionType.Supports, em -> {
            var taskQuery = em.createQuery("SELECT t FROM TaskEntity t, VisitEntity x WHERE t.visitId = x.id "
                    + "AND x.orgPath LIKE :under" + inYear + " ORDER BY t.id", TaskEntity.class);
            var visitQuery = em.createQuery("SELECT x FROM VisitEntity x WHERE x.orgPath LIKE :under" + inYear
                    + " ORDER BY x.id", VisitEntity.class);
            for (var query : List.of(taskQuery, visitQuery)) {
                query.setParameter("under", inScope.under());
                if (year != null) {
                    query.setParameter("firstDay", LocalDate.of(year, 1, 1)).setParameter("nextYear", LocalDate.of(year + 1, 1, 1));
                }
            }
            Map<Long, List<TaskEntity>> tasks = new HashMap<>();
            for (TaskEntity t : taskQuery.getResultList()) {
                tasks.computeIfAbsent(t.visitId, k -> new ArrayList<>()).add(t);
            }
            return visitQuery.getResultList().stream().map(v -> view(v, tasks.getOrDefault(v.id, List.of()))).toList();
        });
    }

    public Task addTask(long visitId, TaskDraft draft, String actor) {
        get(visitId);
        if (draft == null) {
            throw RuralMessages.TEXT.invalid("body", "body.required", "{description, owner, dueOn}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        if (draft.description() == null || draft.description().isBlank()) {
            errors.add("description", RuralMessages.TEXT.message("required"));
        } else if (draft.description().length() > 1000) {
            errors.add("description", RuralMessages.TEXT.message("tooLong", 1000));
        }
        if (draft.owner() == null || draft.owner().isBlank()) {
            errors.add("owner", RuralMessages.TEXT.message("task.owner"));
        } else if (draft.owner().length() > 100) {
            errors.add("owner", RuralMessages.TEXT.message("tooLong", 100));
        }
        if (draft.dueOn() == null) {
            errors.add("dueOn", RuralMessages.TEXT.message("date.required"));
        }
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            VisitEntity v = em.find(VisitEntity.class, visitId);
            if (v == null) {
                throw RuralMessages.TEXT.notFound(TYPE, visitId);
            }
            if (draft.dueOn().isBefore(v.visitedOn)) {
                throw RuralMessages.TEXT.invalid("dueOn", "task.dueBeforeVisit", v.visitedOn);
            }
            TaskEntity t = new TaskEntity();
            t.visitId = visitId;
            t.villageId = v.villageId;
            t.orgPath = v.orgPath;
            t.description = draft.description().trim();
            t.owner = draft.owner().trim();
            t.dueOn = draft.dueOn();
            t.status = TaskStatus.OPEN;
            t.updatedAt = UtcTimes.now();
            t.updatedBy = actor;
            em.persist(t);
            em.flush();
            audit.record("CREATE", "task", t.id, "visit " + visitId + ": " + t.description + " (" + t.owner + ", due " + t.dueOn + ")");
            return task(t);
        });
    }

    public Task changeTask(long taskId, long expectedVersion, TaskStatus status, String actor) {
        task(taskId);
        if (status == null) {
            throw RuralMessages.TEXT.invalid("status", "task.status");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            TaskEntity t = em.find(TaskEntity.class, taskId);
            if (t == null) {
                throw RuralMessages.TEXT.notFound("task", taskId);
            }
            if (t.version != expectedVersion) {
                throw RuralMessages.TEXT.stale("task", taskId, expectedVersion, t.version);
            }
            if (t.status == TaskStatus.DONE && status != TaskStatus.DONE) {
                throw RuralMessages.TEXT.conflict("task.done", taskId);
            }
            audit.record("STATUS", "task", taskId, t.status + " -> " + status);
            t.status = status;
            t.updatedAt = UtcTimes.now();
            t.updatedBy = actor;
            em.flush();
            return task(t);
        });
    }

    /** The task: 404 unless its village is in the caller's subtree, 403 unless the module is enabled there. */
    public Task task(long taskId) {
        Task task = findTask(taskId);
        villages.requireRecord(task.villageId(), "task", taskId);
        return task;
    }

    private Task findTask(long taskId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            TaskEntity t = em.find(TaskEntity.class, taskId);
            if (t == null) {
                throw RuralMessages.TEXT.notFound("task", taskId);
            }
            return task(t);
        });
    }

    /** Which villages under {@code unit} (checked: in scope, enabled) have had no visit in the year. */
    public Coverage coverage(Long unit, int year) {
        return coverage(villages.enabledUnder(unit), year);
    }

    /** Which of the given villages have had no visit in the year. */
    public Coverage coverage(VillageSet villagesInScope, int year) {
        Set<Long> visited = villagesInScope.isEmpty() ? Set.of() : new HashSet<>(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT DISTINCT v.villageId FROM VisitEntity v WHERE v.orgPath LIKE :under "
                                + "AND v.visitedOn >= :firstDay AND v.visitedOn < :nextYear", Long.class)
                .setParameter("under", villagesInScope.under())
                .setParameter("firstDay", LocalDate.of(year, 1, 1)).setParameter("nextYear", LocalDate.of(year + 1, 1, 1))
                .getResultList()));
        List<VillageRef> notVisited = new ArrayList<>();
        int covered = 0;
        for (Organization village : villagesInScope.values()) {
            if (visited.contains(village.id())) {
                covered++;
            } else {
                notVisited.add(new VillageRef(village.id(), village.code(), village.name()));
            }
        }
        return new Coverage(year, villagesInScope.size(), covered, notVisited);
    }

    private Visit view(VisitEntity v, List<TaskEntity> tasks) {
        return new Visit(v.id, v.villageId, villages.name(v.villageId), v.leaderName, v.leaderMemberId, v.visitedOn,
                v.findings, UtcTimes.instant(v.recordedAt), v.recordedBy, tasks.stream().map(Visits::task).toList(), v.version);
    }

    private static Task task(TaskEntity t) {
        return new Task(t.id, t.visitId, t.villageId, t.description, t.owner, t.dueOn, t.status,
                t.status != TaskStatus.DONE && t.dueOn.isBefore(LocalDate.now()), UtcTimes.instant(t.updatedAt), t.updatedBy,
                t.version);
    }
}
