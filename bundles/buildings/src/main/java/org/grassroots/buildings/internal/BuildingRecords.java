package org.grassroots.buildings.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleScope;

/**
 * What the module's record services do alike with rows scoped by a unit's path (each stores it in ORG_PATH): load one
 * the caller may see (404 otherwise, naming the record in the reader's words), page through those under a unit's path
 * in a fixed order, and accept the dates the module's records may carry.
 */
final class BuildingRecords {
    /** The earliest date the module accepts (the zone was founded in 1991). */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private BuildingRecords() {
    }

    /** The row of {@code entity} with {@code id}: 404 when there is none or its unit is outside the caller's scope. */
    static <E> E visible(EntityManager em, ModuleScope scope, Class<E> entity, long id, String type, Function<E, String> path) {
        E row = em.find(entity, id);
        if (row == null) {
            throw BuildingsText.TEXT.notFound(type, id);
        }
        BuildingsText.TEXT.requireVisible(scope, path.apply(row), type, id);
        return row;
    }

    /**
     * A page of the rows of {@code entity} (its JPQL name is its simple class name, alias {@code r}) under the path
     * {@code under}, ordered by {@code order} (e.g. {@code "r.designatedOn, r.id"}), each turned into a view.
     */
    static <E, V> Page<V> under(EntityManager em, Class<E> entity, String under, String order, PageRequest page,
                                Function<E, V> view) {
        String name = entity.getSimpleName();
        List<E> rows = em.createQuery("SELECT r FROM " + name + " r WHERE r.orgPath LIKE :under ORDER BY " + order, entity)
                .setParameter("under", under + "%").setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(r) FROM " + name + " r WHERE r.orgPath LIKE :under", Long.class)
                .setParameter("under", under + "%").getSingleResult();
        return new Page<>(rows.stream().map(view).toList(), total, page.page(), page.size());
    }

    /** 422 naming the body and the fields it should have ({@code shape}) when a request came without one. */
    static void requireBody(Object body, String shape) {
        if (body == null) {
            throw BuildingsText.TEXT.invalid("body", "body.required", shape);
        }
    }

    /** A date from {@link #EARLIEST} to today ("required" when {@code required}); null when absent or refused. */
    static LocalDate pastDate(ValidationException.Builder errors, String field, LocalDate value, boolean required) {
        return errors.date(field, value, EARLIEST, LocalDate.now(), required);
    }
}
