package org.grassroots.industrial.internal;

import org.grassroots.core.api.Like;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.industrial.RequestStatus;
import org.grassroots.industrial.ServiceRequest;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Lists of service requests: filtered, sorted and paged in the query, the caller's subtree included in the filter. */
@Component(service = RequestSearch.class)
public class RequestSearch {
    private static final Map<String, String> SORTABLE = Map.of("submittedAt", "r.submittedAt", "status", "r.status",
            "title", "r.title", "dueAt", "r.dueAt", "category", "r.category");
    private static final List<RequestStatus> CLOSED = List.of(RequestStatus.RESOLVED, RequestStatus.RATED);

    private final JpaTemplate jpa;
    private final RequestRecords records;
    private final ModuleScope scope;

    @Activate
    public RequestSearch(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                         @Reference(target = IndustrialModule.SCHEMA) ModuleSchema schema, @Reference RequestRecords records,
                         @Reference ModuleScopes scopes) {
        this.jpa = jpa;
        this.records = records;
        this.scope = scopes.of(IndustrialModule.ID);
    }

    /**
     * The filter of a list of the requests under {@code unit}, a unit the caller sees (404) where the module is
     * enabled (403); 422 when none is given.
     */
    public RequestQuery query(Long unit, RequestStatus status, String category, Boolean overdue, Long grid, Integer year,
                              String text) {
        return new RequestQuery(scope.enabledUnit(unit, "unit").path(), status, category, overdue, grid, year, text);
    }

    /** One page of the requests matching {@code query}; the path filter is in the query. */
    public Page<ServiceRequest> search(RequestQuery query, PageRequest page) {
        Filter filter = filter(query, UtcTimes.now());
        String orderBy = orderBy(page.sort());
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ServiceRequestEntity> select = em.createQuery(
                    "SELECT r FROM ServiceRequestEntity r" + filter.where + orderBy, ServiceRequestEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM ServiceRequestEntity r" + filter.where, Long.class);
            filter.parameters.forEach((k, v) -> {
                select.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<ServiceRequestEntity> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            return new Page<>(records.toRecords(em, rows), count.getSingleResult(), page.page(), page.size());
        });
    }

    /** Every request matching {@code query} (for exports), at most {@code limit}. */
    public List<ServiceRequest> all(RequestQuery query, int limit) {
        Filter filter = filter(query, UtcTimes.now());
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ServiceRequestEntity> select = em.createQuery(
                    "SELECT r FROM ServiceRequestEntity r" + filter.where + orderBy(null), ServiceRequestEntity.class);
            filter.parameters.forEach(select::setParameter);
            return records.toRecords(em, select.setMaxResults(limit).getResultList());
        });
    }

    private record Filter(String where, Map<String, Object> parameters) {
    }

    static Filter filter(RequestQuery q, LocalDateTime now) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        clauses.add("r.orgPath LIKE :path");
        parameters.put("path", q.path() + "%");
        if (q.status() != null) {
            clauses.add("r.status = :status");
            parameters.put("status", q.status());
        }
        if (q.category() != null && !q.category().isBlank()) {
            clauses.add("r.category = :category");
            parameters.put("category", q.category().trim());
        }
        if (q.gridId() != null) {
            clauses.add("r.gridId = :grid");
            parameters.put("grid", q.gridId());
        }
        if (q.year() != null) {
            clauses.add("r.submittedAt >= :from AND r.submittedAt < :to");
            parameters.put("from", LocalDateTime.of(q.year(), 1, 1, 0, 0));
            parameters.put("to", LocalDateTime.of(q.year() + 1, 1, 1, 0, 0));
        }
        if (q.overdue() != null) {
            clauses.add(q.overdue() ? "r.status NOT IN :closed AND r.dueAt < :now"
                    : "(r.status IN :closed OR r.dueAt IS NULL OR r.dueAt >= :now)");
            parameters.put("closed", CLOSED);
            parameters.put("now", now);
        }
        if (q.text() != null && !q.text().isBlank()) {
            clauses.add("(LOWER(r.title) LIKE :text ESCAPE '!' OR LOWER(r.description) LIKE :text ESCAPE '!')");
            parameters.put("text", Like.containsIgnoringCase(q.text()));
        }
        return new Filter(" WHERE " + String.join(" AND ", clauses), parameters);
    }

    /** The ORDER BY of a request list: {@link #SORTABLE} keys, newest first by default. */
    static String orderBy(String sort) {
        return Paging.orderBy(sort, SORTABLE, "r.submittedAt DESC, r.id DESC", "r.id");
    }
}
