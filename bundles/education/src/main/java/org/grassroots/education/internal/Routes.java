package org.grassroots.education.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Boutique routes (精品路线): a theme and an ordered list of approved sites of the organizer's subtree. A draft route
 * is put together and reordered; publishing needs at least {@value #MIN_STOPS} stops, all still approved; a published
 * route keeps its stops (unpublish it to change them), which is also why its sites cannot be retired.
 */
@Component(service = Routes.class)
public class Routes {
    static final String TYPE = "education.route";
    static final int MIN_STOPS = 2;
    static final int MAX_STOPS = 30;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public Routes(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                  @Reference(target = EducationModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                  @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(EducationModule.ID);
        this.audit = audit;
    }

    public Route create(RouteDraft draft) {
        if (draft == null) {
            throw EducationMessages.TEXT.invalid("body", "body.required");
        }
        Organization unit = scope.enabledUnit(draft.unitId(), "unitId");
        validate(draft);
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            RouteEntity r = new RouteEntity();
            r.unitId = unit.id();
            r.orgPath = unit.path();
            r.status = RouteStatus.DRAFT;
            r.createdAt = UtcTimes.now();
            r.createdBy = actor;
            apply(r, draft);
            em.persist(r);
            em.flush();
            audit.record("CREATE", TYPE, r.id, r.name, List.of(new FieldChange("theme", null, r.theme)));
            return toRecord(em, r);
        });
    }

    public Route update(long id, long version, RouteDraft draft) {
        if (draft == null) {
            throw EducationMessages.TEXT.invalid("body", "body.required");
        }
        validate(draft);
        return change(id, version, "UPDATE", r -> apply(r, draft));
    }

    /** Replaces the stops with {@code siteIds} in this order (draft routes only). */
    public Route stops(long id, long version, List<Long> siteIds) {
        return jpa.txExpr(TransactionType.Required, em -> {
            RouteEntity r = current(em, id, version);
            if (r.status == RouteStatus.PUBLISHED) {
                throw EducationMessages.TEXT.conflict("route.publishedStops", id);
            }
            List<Long> ids = siteIds == null ? List.of() : siteIds;
            FieldErrors errors = new FieldErrors();
            if (ids.size() > MAX_STOPS) {
                errors.add("siteIds", "route.maxStops", MAX_STOPS);
            }
            if (new LinkedHashSet<>(ids).size() != ids.size()) {
                errors.add("siteIds", "route.duplicateStop");
            }
            errors.throwIfAny();
            for (int i = 0; i < ids.size(); i++) {
                SiteEntity s = ids.get(i) == null ? null : em.find(SiteEntity.class, ids.get(i));
                if (s == null || !s.orgPath.startsWith(r.orgPath) || !scope.inScope(s.unitId)) {
                    errors.add("siteIds[" + i + "]", "route.noSite", ids.get(i));
                } else if (s.status != SiteStatus.APPROVED) {
                    errors.add("siteIds[" + i + "]", "route.siteNotApproved", s.name, s.status);
                }
            }
            errors.throwIfAny();
            String before = stopIds(em, id).toString();
            em.createQuery("DELETE FROM EduStop p WHERE p.routeId = :id").setParameter("id", id).executeUpdate();
            for (int i = 0; i < ids.size(); i++) {
                StopEntity p = new StopEntity();
                p.routeId = id;
                p.position = i + 1;
                p.siteId = ids.get(i);
                em.persist(p);
            }
            // the order is part of the route: a stale If-Match must fail afterwards
            em.lock(r, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            audit.record("UPDATE", TYPE, id, r.name, List.of(new FieldChange("stops", before, ids.toString())));
            return toRecord(em, r);
        });
    }

    public Route publish(long id, long version) {
        return jpa.txExpr(TransactionType.Required, em -> {
            RouteEntity r = current(em, id, version);
            if (r.status == RouteStatus.PUBLISHED) {
                throw EducationMessages.TEXT.conflict("route.alreadyPublished", id);
            }
            List<Stop> stops = stops(em, id);
            if (stops.size() < MIN_STOPS) {
                throw EducationMessages.TEXT.conflict("route.tooFewStops", id, MIN_STOPS, stops.size());
            }
            List<String> notApproved = stops.stream().filter(s -> s.status() != SiteStatus.APPROVED).map(Stop::siteName).toList();
            if (!notApproved.isEmpty()) {
                throw EducationMessages.TEXT.conflict("route.stopsNotApproved", id, notApproved);
            }
            r.status = RouteStatus.PUBLISHED;
            r.publishedAt = UtcTimes.now();
            r.publishedBy = scope.actor();
            em.flush();
            audit.record("PUBLISH", TYPE, id, r.name, List.of(new FieldChange("status", "DRAFT", "PUBLISHED")));
            return toRecord(em, r);
        });
    }

    public Route unpublish(long id, long version) {
        return jpa.txExpr(TransactionType.Required, em -> {
            RouteEntity r = current(em, id, version);
            if (r.status != RouteStatus.PUBLISHED) {
                throw EducationMessages.TEXT.conflict("route.notPublished", id);
            }
            r.status = RouteStatus.DRAFT;
            em.flush();
            audit.record("UNPUBLISH", TYPE, id, r.name, List.of(new FieldChange("status", "PUBLISHED", "DRAFT")));
            return toRecord(em, r);
        });
    }

    public Route get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    public Page<Route> search(Long unitId, RouteStatus status, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE r.orgPath LIKE :path" + (status == null ? "" : " AND r.status = :status");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<RouteEntity> select = em.createQuery("SELECT r FROM EduRoute r" + where + " ORDER BY r.name, r.id", RouteEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM EduRoute r" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (status != null) {
                    q.setParameter("status", status);
                }
            }
            List<Route> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(r -> toRecord(em, r)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** Writes a route with its stops, published (the demo loader; the sites are approved ones of the unit). */
    RouteEntity createIn(EntityManager em, Organization unit, RouteDraft draft, List<Long> siteIds, String actor) {
        RouteEntity r = new RouteEntity();
        r.unitId = unit.id();
        r.orgPath = unit.path();
        r.status = RouteStatus.PUBLISHED;
        r.createdAt = UtcTimes.now();
        r.createdBy = actor;
        r.publishedAt = r.createdAt;
        r.publishedBy = actor;
        apply(r, draft);
        em.persist(r);
        em.flush();
        for (int i = 0; i < siteIds.size(); i++) {
            StopEntity p = new StopEntity();
            p.routeId = r.id;
            p.position = i + 1;
            p.siteId = siteIds.get(i);
            em.persist(p);
        }
        return r;
    }

    private interface Change {
        void apply(RouteEntity r);
    }

    private Route change(long id, long version, String action, Change change) {
        return jpa.txExpr(TransactionType.Required, em -> {
            RouteEntity r = current(em, id, version);
            String before = r.name + " · " + r.theme;
            change.apply(r);
            em.flush();
            audit.record(action, TYPE, id, r.name, List.of(new FieldChange("route", before, r.name + " · " + r.theme)));
            return toRecord(em, r);
        });
    }

    private RouteEntity current(EntityManager em, long id, long version) {
        RouteEntity r = visible(em, id);
        scope.requireEnabled(r.unitId);
        if (r.version != version) {
            throw ConflictException.stale(TYPE, id, version, r.version);
        }
        return r;
    }

    private static void validate(RouteDraft d) {
        FieldErrors errors = new FieldErrors();
        if (Texts.isBlank(d.name()) || TextFields.tooLong(d.name(), 200)) {
            errors.add("name", "text.required", 200);
        }
        if (Texts.isBlank(d.theme()) || TextFields.tooLong(d.theme(), 200)) {
            errors.add("theme", "text.required", 200);
        }
        if (d.durationMinutes() == null || d.durationMinutes() < 30 || d.durationMinutes() > 3 * 24 * 60) {
            errors.add("durationMinutes", "number.range", 30, 3 * 24 * 60);
        }
        if (TextFields.tooLong(d.schedule(), 4000)) {
            errors.add("schedule", "text.max", 4000);
        }
        errors.throwIfAny();
    }

    private static void apply(RouteEntity r, RouteDraft d) {
        r.name = d.name().trim();
        r.theme = d.theme().trim();
        r.durationMinutes = d.durationMinutes();
        r.schedule = TextFields.trimmed(d.schedule());
    }

    RouteEntity visible(EntityManager em, long id) {
        RouteEntity r = em.find(RouteEntity.class, id);
        if (r == null) {
            throw new NotFoundException(TYPE, id);
        }
        scope.requireVisible(r.orgPath, TYPE, id);
        return r;
    }

    private static List<Long> stopIds(EntityManager em, long routeId) {
        return em.createQuery("SELECT p.siteId FROM EduStop p WHERE p.routeId = :id ORDER BY p.position", Long.class)
                .setParameter("id", routeId).getResultList();
    }

    private List<Stop> stops(EntityManager em, long routeId) {
        List<Stop> stops = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT p.position, s FROM EduStop p, EduSite s WHERE p.routeId = :id"
                + " AND s.id = p.siteId ORDER BY p.position", Object[].class).setParameter("id", routeId).getResultList()) {
            SiteEntity s = (SiteEntity) row[1];
            stops.add(new Stop((Integer) row[0], s.id, s.name, s.category, s.address, scope.name(s.unitId), s.status));
        }
        return stops;
    }

    private Route toRecord(EntityManager em, RouteEntity r) {
        return new Route(r.id, r.unitId, scope.name(r.unitId), r.name, r.theme, r.durationMinutes, r.schedule, r.status,
                UtcTimes.instant(r.publishedAt), r.publishedBy, stops(em, r.id), UtcTimes.instant(r.createdAt),
                r.createdBy, r.version);
    }
}
