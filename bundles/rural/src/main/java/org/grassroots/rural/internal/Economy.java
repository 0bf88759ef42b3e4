package org.grassroots.rural.internal;

import org.grassroots.core.api.module.ModuleMessages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Village collective-economy income per year (万元) and village projects. */
@Component(service = Economy.class)
public class Economy {
    private final JpaTemplate jpa;
    private final RuralAudit audit;
    private final Villages villages;

    @Activate
    public Economy(@Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa, @Reference Villages villages,
                   @Reference(target = RuralModule.SCHEMA) ModuleSchema schema,
                    @Reference RuralAudit audit) {
        this.jpa = jpa;
        this.audit = audit;
        this.villages = villages;
    }

    /** Records (expected version 0) or corrects a village's income of the year. */
    public Income saveIncome(long villageId, int year, long expectedVersion, Double amount, String actor) {
        villages.enabledVillage(villageId);
        Classifications.requireYear(year);
        Organization village = villages.requireVillage(villageId, "villageId");
        if (amountProblem(amount) != null) {
            throw ValidationException.of("amount", amountProblem(amount));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<IncomeEntity> found = em.createQuery("SELECT i FROM IncomeEntity i WHERE i.villageId = :v AND i.forYear = :y",
                    IncomeEntity.class).setParameter("v", villageId).setParameter("y", year).getResultList();
            IncomeEntity i = found.isEmpty() ? null : found.get(0);
            long actual = i == null ? 0 : i.version;
            if (actual != expectedVersion) {
                throw RuralMessages.TEXT.stale("income", villageId + "/" + year, expectedVersion, actual);
            }
            if (i == null) {
                i = new IncomeEntity();
                i.villageId = villageId;
                i.orgPath = village.path();
                i.forYear = year;
                i.version = 1;
                em.persist(i);
            }
            i.amount = amount;
            audit.record("INCOME", "village", villageId, year + ": " + amount + " 万元");
            em.flush();
            return incomes(VillageSet.of(village), year).get(0);
        });
    }

    /**
     * Records or corrects many villages' income of the year in one transaction (demo data, spreadsheet imports):
     * all or nothing. Amounts must already be checked ({@link #amountProblem}).
     */
    void saveAllIncome(int year, Map<Long, Double> amounts, String actor) {
        if (amounts.isEmpty()) {
            return;
        }
        jpa.tx(TransactionType.Required, em -> {
            Map<Long, IncomeEntity> existing = new HashMap<>();
            em.createQuery("SELECT i FROM IncomeEntity i WHERE i.forYear = :y AND i.villageId IN :villages", IncomeEntity.class)
                    .setParameter("y", year).setParameter("villages", amounts.keySet()).getResultList()
                    .forEach(i -> existing.put(i.villageId, i));
            amounts.forEach((village, amount) -> {
                IncomeEntity i = existing.get(village);
                if (i == null) {
                    i = new IncomeEntity();
                    i.villageId = village;
                    i.orgPath = villages.path(village);
                    i.forYear = year;
                    i.version = 1;
                    em.persist(i);
                }
                i.amount = amount;
            });
            audit.record("INCOME", "village", null, year + ": income of " + amounts.size() + " villages");
            em.flush();
        });
    }

    /** Why an amount is refused, or null when it is acceptable. */
    static Message amountProblem(Double amount) {
        return amount == null || amount < 0 || amount > 1_000_000 ? RuralMessages.TEXT.message("income.amount") : null;
    }

    /** The year's income of the villages under {@code unit} (checked: in scope, enabled). */
    public List<Income> incomes(Long unit, int year) {
        Classifications.requireYear(year);
        return incomes(villages.enabledUnder(unit), year);
    }

    /** The year's income of the given villages that reported one, with last year's and the growth rate. */
    public List<Income> incomes(VillageSet inScope, int year) {
        if (inScope.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, IncomeEntity> current = new HashMap<>();
            Map<Long, Double> previous = new HashMap<>();
            for (IncomeEntity i : em.createQuery("SELECT i FROM IncomeEntity i WHERE (i.forYear = :y OR i.forYear = :p) "
                            + "AND i.orgPath LIKE :under ORDER BY i.villageId", IncomeEntity.class)
                    .setParameter("y", year).setParameter("p", year - 1).setParameter("under", inScope.under()).getResultList()) {
                if (i.forYear == year) {
                    current.put(i.villageId, i);
                } else {
                    previous.put(i.villageId, i.amount);
                }
            }
            List<Income> result = new ArrayList<>();
            current.values().forEach(i -> {
                Double before = previous.get(i.villageId);
                Double growth = before == null || before == 0 ? null : Math.round((i.amount - before) / before * 10000) / 10000.0;
                result.add(new Income(i.villageId, villages.name(i.villageId), year, i.amount, before, growth, i.version));
            });
            return result;
        });
    }

    /** The years with a classification or a reported income of any village in the set (the pages' default year). */
    public Set<Integer> yearsWithData(VillageSet inScope) {
        if (inScope.isEmpty()) {
            return Set.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            Set<Integer> years = new TreeSet<>(em.createQuery("SELECT DISTINCT i.forYear FROM IncomeEntity i "
                    + "WHERE i.orgPath LIKE :under", Integer.class).setParameter("under", inScope.under()).getResultList());
            years.addAll(em.createQuery("SELECT DISTINCT c.forYear FROM ClassificationEntity c WHERE c.orgPath LIKE :under",
                    Integer.class).setParameter("under", inScope.under()).getResultList());
            return years;
        });
    }

    /** Total income of the villages given in the year and the year before (for the growth statistic). */
    public double[] totals(VillageSet inScope, int year) {
        double[] totals = new double[2];
        if (inScope.isEmpty()) {
            return totals;
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            for (Object[] row : em.createQuery("SELECT i.forYear, SUM(i.amount) FROM IncomeEntity i WHERE "
                            + "(i.forYear = :y OR i.forYear = :p) AND i.orgPath LIKE :under GROUP BY i.forYear", Object[].class)
                    .setParameter("y", year).setParameter("p", year - 1).setParameter("under", inScope.under()).getResultList()) {
                totals[((Number) row[0]).intValue() == year ? 0 : 1] = ((Number) row[1]).doubleValue();
            }
            return totals;
        });
    }

    public Project createProject(ProjectDraft draft, String actor) {
        villages.requireEnabledIfVillage(draft == null ? null : draft.villageId());
        validate(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            ProjectEntity p = new ProjectEntity();
            apply(p, draft);
            em.persist(p);
            em.flush();
            audit.record("CREATE", "project", p.id, p.name);
            return project(p);
        });
    }

    public Project updateProject(long id, long expectedVersion, ProjectDraft draft, String actor) {
        project(id);
        villages.requireEnabledIfVillage(draft == null ? null : draft.villageId());
        validate(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            ProjectEntity p = em.find(ProjectEntity.class, id);
            if (p == null) {
                throw RuralMessages.TEXT.notFound("project", id);
            }
            if (p.version != expectedVersion) {
                throw RuralMessages.TEXT.stale("project", id, expectedVersion, p.version);
            }
            apply(p, draft);
            audit.record("UPDATE", "project", id, p.name + " " + p.status);
            em.flush();
            return project(p);
        });
    }

    /** The project: 404 unless its village is in the caller's subtree, 403 unless the module is enabled there. */
    public Project project(long id) {
        Project project = findProject(id);
        villages.requireRecord(project.villageId(), "project", id);
        return project;
    }

    private Project findProject(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ProjectEntity p = em.find(ProjectEntity.class, id);
            if (p == null) {
                throw RuralMessages.TEXT.notFound("project", id);
            }
            return project(p);
        });
    }

    /** The projects of the villages under {@code unit} (checked: in scope, enabled). */
    public List<Project> projects(Long unit) {
        return projects(villages.enabledUnder(unit));
    }

    public List<Project> projects(VillageSet inScope) {
        if (inScope.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT p FROM ProjectEntity p WHERE p.orgPath LIKE :under ORDER BY p.id", ProjectEntity.class)
                .setParameter("under", inScope.under()).getResultList().stream().map(this::project).toList());
    }

    private void validate(ProjectDraft d) {
        if (d == null) {
            throw RuralMessages.TEXT.invalid("body", "body.required", "{villageId, name, startYear, investment, output, status}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        try {
            villages.requireVillage(d.villageId(), "villageId");
        } catch (ValidationException e) {
            ModuleMessages.addAll(errors, "", e);
        }
        TextFields.check(errors, "name", d.name(), 200, true);
        if (d.startYear() == null || d.startYear() < Classifications.FIRST_YEAR || d.startYear() > Classifications.LAST_YEAR) {
            errors.add("startYear", RuralMessages.TEXT.message("project.startYear", Classifications.FIRST_YEAR, Classifications.LAST_YEAR));
        }
        if (d.investment() == null || d.investment() < 0) {
            errors.add("investment", RuralMessages.TEXT.message("project.investment"));
        }
        if (d.output() != null && d.output() < 0) {
            errors.add("output", RuralMessages.TEXT.message("project.output"));
        }
        if (!errors.isEmpty()) {
            throw errors.build();
        }
    }

    private void apply(ProjectEntity p, ProjectDraft d) {
        if (p.orgPath == null || p.villageId != d.villageId()) {
            p.orgPath = villages.path(d.villageId());
        }
        p.villageId = d.villageId();
        p.name = d.name().trim();
        p.startYear = d.startYear();
        p.investment = d.investment();
        p.output = d.output() == null ? 0 : d.output();
        p.status = d.status() == null ? ProjectStatus.PLANNED : d.status();
    }

    private Project project(ProjectEntity p) {
        return new Project(p.id, p.villageId, villages.name(p.villageId), p.name, p.startYear, p.investment, p.output,
                p.status, p.version);
    }
}
