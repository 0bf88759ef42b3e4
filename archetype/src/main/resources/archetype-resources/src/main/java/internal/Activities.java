package ${package}.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ${package}.Activity;
import ${package}.ActivityDraft;

/** Stores and finds activities in the module's own persistence unit (grassroots-${moduleId}). */
@Component(service = Activities.class)
public class Activities {
    static final String TYPE = "activity";
    /** The keys {@code ?sort=} accepts (prefix {@code -} for descending) and what they sort by. */
    static final Map<String, String> SORTABLE = Map.of("heldOn", "a.heldOn", "title", "a.title",
            "participants", "a.participants");

    private final JpaTemplate jpa;
    private final ActivityValidator validator = new ActivityValidator(Clock.systemDefaultZone());

    @Activate
    public Activities(@Reference(target = "(osgi.unit.name=grassroots-${moduleId})") JpaTemplate jpa,
                      @Reference ModuleSchema schema) {
        this.jpa = jpa;
    }

    public Activity create(ActivityDraft draft, String actor) {
        validator.check(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            ActivityEntity entity = new ActivityEntity(draft.organizationId(), draft.title().strip(), draft.heldOn(),
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
            return entity.toRecord();
        });
    }

    /** The activities of the given units, newest first unless {@code ?sort=} asks for one of {@link #SORTABLE}. */
    public Page<Activity> search(List<Long> organizationIds, PageRequest page) {
        String orderBy = Paging.orderBy(page.sort(), SORTABLE, "a.heldOn DESC", "a.id DESC");
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<Activity> items = em.createQuery("SELECT a FROM ActivityEntity a WHERE a.organizationId IN :ids"
                            + orderBy, ActivityEntity.class)
                    .setParameter("ids", organizationIds)
                    .setFirstResult(page.offset()).setMaxResults(page.size())
                    .getResultList().stream().map(ActivityEntity::toRecord).toList();
            long total = em.createQuery("SELECT COUNT(a) FROM ActivityEntity a WHERE a.organizationId IN :ids", Long.class)
                    .setParameter("ids", organizationIds).getSingleResult();
            return new Page<>(items, total, page.page(), page.size());
        });
    }

    /** How many activities the given units held in {@code year}. */
    public long count(List<Long> organizationIds, int year) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(a) FROM ActivityEntity a "
                        + "WHERE a.organizationId IN :ids AND a.heldOn >= :from AND a.heldOn < :to", Long.class)
                .setParameter("ids", organizationIds)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getSingleResult());
    }
}
