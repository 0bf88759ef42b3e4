package ${package}.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ${package}.Activity;
import ${package}.ActivityDraft;

/**
 * Stores and finds activities in the module's own persistence unit (grassroots-${moduleId}). Every call that acts for
 * a unit checks it here, with the platform's {@link ModuleScope}: the unit in the caller's subtree (else 404) and the
 * module enabled there (else 403); lists are one query over the rows' copy of the unit path.
 */
@Component(service = Activities.class)
public class Activities {
    static final String TYPE = "activity";
    /** The keys {@code ?sort=} accepts (prefix {@code -} for descending) and what they sort by. */
    static final Map<String, String> SORTABLE = Map.of("heldOn", "a.heldOn", "title", "a.title",
            "participants", "a.participants");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final ActivityValidator validator = new ActivityValidator(Clock.systemDefaultZone());

    @Activate
    public Activities(@Reference(target = "(osgi.unit.name=grassroots-${moduleId})") JpaTemplate jpa,
                      @Reference(target = ModuleDefinition.SCHEMA) ModuleSchema schema,
                      @Reference ModuleScopes scopes) {
        this.jpa = jpa;
        this.scope = scopes.of(ModuleDefinition.ID);
    }

    public Activity create(ActivityDraft draft) {
        validator.check(draft);
        List<FieldError> errors = new ArrayList<>();
        Organization unit = scope.referencedUnit(draft.organizationId(), "organizationId", errors);
        if (unit == null) {
            throw new ValidationException(errors);
        }
        scope.requireEnabled(unit.id());
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ActivityEntity entity = new ActivityEntity(unit.id(), unit.path(), draft.title().strip(), draft.heldOn(),
                    draft.participants(), actor);
            em.persist(entity);
            em.flush();
            return entity.toRecord();
        });
    }

    public Activity get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ActivityEntity entity = em.find(ActivityEntity.class, id);
            if (entity == null) {
                throw new NotFoundException(TYPE, id);
            }
            scope.requireVisible(entity.orgPath(), TYPE, id);
            Activity activity = entity.toRecord();
            scope.requireEnabled(activity.organizationId());
            return activity;
        });
    }

    /**
     * The activities of a unit and of every unit below it, newest first unless {@code ?sort=} asks for one of
     * {@link #SORTABLE}.
     */
    public Page<Activity> list(Long unitId, PageRequest page) {
        String under = scope.enabledUnit(unitId, "unit").path() + "%";
        String orderBy = Paging.orderBy(page.sort(), SORTABLE, "a.heldOn DESC", "a.id DESC");
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Activity> items = em.createQuery("SELECT a FROM ActivityEntity a WHERE a.orgPath LIKE :under"
                            + orderBy, ActivityEntity.class)
                    .setParameter("under", under)
                    .setFirstResult(page.offset()).setMaxResults(page.size())
                    .getResultList().stream().map(ActivityEntity::toRecord).toList();
            long total = em.createQuery("SELECT COUNT(a) FROM ActivityEntity a WHERE a.orgPath LIKE :under", Long.class)
                    .setParameter("under", under).getSingleResult();
            return new Page<>(items, total, page.page(), page.size());
        });
    }

    /** How many activities the units under {@code path} (a materialized path prefix) held in {@code year}. */
    public long count(String path, int year) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(a) FROM ActivityEntity a "
                        + "WHERE a.orgPath LIKE :under AND a.heldOn >= :from AND a.heldOn < :to", Long.class)
                .setParameter("under", path + "%")
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getSingleResult());
    }
}
