package org.grassroots.industrial.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.ValidationException;
import org.grassroots.industrial.RequestStatus;
import org.grassroots.industrial.ServiceRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Stores and finds service requests in the module's own persistence unit. */
@Component(service = ServiceRequests.class)
public class ServiceRequests {
    static final String TYPE = "service request";
    private static final Map<String, String> SORTABLE = Map.of("submittedAt", "r.submittedAt", "status", "r.status",
            "title", "r.title");

    private final JpaTemplate jpa;

    @Activate
    public ServiceRequests(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                           @Reference IndustrialSchema schema) {
        this.jpa = jpa;
    }

    public ServiceRequest create(long organizationId, String title, String description, String actor) {
        return jpa.txExpr(TransactionType.Required, em -> {
            ServiceRequestEntity entity = new ServiceRequestEntity(organizationId, title, description,
                    LocalDateTime.now(ZoneOffset.UTC), actor);
            em.persist(entity);
            em.flush();
            return entity.toRecord();
        });
    }

    public ServiceRequest get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            ServiceRequestEntity entity = em.find(ServiceRequestEntity.class, id);
            if (entity == null) {
                throw new NotFoundException(TYPE, id);
            }
            return entity.toRecord();
        });
    }

    /** The requests of the given units, newest first unless {@code page.sort()} says otherwise. */
    public Page<ServiceRequest> search(List<Long> organizationIds, RequestStatus status, PageRequest page) {
        String where = " WHERE r.organizationId IN :ids" + (status == null ? "" : " AND r.status = :status");
        String orderBy = orderBy(page.sort());
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ServiceRequestEntity> select = em.createQuery(
                    "SELECT r FROM ServiceRequestEntity r" + where + orderBy, ServiceRequestEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM ServiceRequestEntity r" + where, Long.class);
            select.setParameter("ids", organizationIds);
            count.setParameter("ids", organizationIds);
            if (status != null) {
                select.setParameter("status", status);
                count.setParameter("status", status);
            }
            List<ServiceRequest> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(ServiceRequestEntity::toRecord).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** Requests submitted in {@code year} by the given units, per status (every status present, zero or not). */
    public Map<RequestStatus, Long> countByStatus(List<Long> organizationIds, int year) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<RequestStatus, Long> result = new LinkedHashMap<>();
            for (RequestStatus status : RequestStatus.values()) {
                result.put(status, 0L);
            }
            List<Object[]> rows = em.createQuery("SELECT r.status, COUNT(r) FROM ServiceRequestEntity r "
                            + "WHERE r.organizationId IN :ids AND r.submittedAt >= :from AND r.submittedAt < :to "
                            + "GROUP BY r.status", Object[].class)
                    .setParameter("ids", organizationIds)
                    .setParameter("from", LocalDateTime.of(year, 1, 1, 0, 0))
                    .setParameter("to", LocalDateTime.of(year + 1, 1, 1, 0, 0))
                    .getResultList();
            for (Object[] row : rows) {
                result.put((RequestStatus) row[0], ((Number) row[1]).longValue());
            }
            return result;
        });
    }

    static String orderBy(String sort) {
        if (sort == null || sort.isBlank()) {
            return " ORDER BY r.submittedAt DESC, r.id DESC";
        }
        List<String> parts = new ArrayList<>();
        for (String part : sort.split(",")) {
            String p = part.trim();
            boolean descending = p.startsWith("-");
            String field = SORTABLE.get(descending || p.startsWith("+") ? p.substring(1) : p);
            if (field == null) {
                throw new ValidationException(FieldError.of("sort",
                        "cannot sort by '" + p + "'; allowed: " + String.join(", ", new java.util.TreeSet<>(SORTABLE.keySet()))));
            }
            parts.add(field + (descending ? " DESC" : " ASC"));
        }
        parts.add("r.id");
        return " ORDER BY " + String.join(", ", parts);
    }
}
