package org.grassroots.education.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.Like;
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
import org.grassroots.core.api.security.PersonalDataProtection;
import org.grassroots.core.api.text.Texts;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Practice teaching sites (实践教学点) and their review: a unit proposes a site, the district approves or rejects it
 * (with a reason; rejected sites are corrected and resubmitted), an approved site can be retired unless a published
 * route still leads to it. Every step is kept with who and when. The contact phone is personal data: stored
 * encrypted, masked in lists, revealed (and audited) on the single record for those entitled.
 */
@Component(service = Sites.class)
public class Sites {
    static final String TYPE = "education.site";
    private static final Map<String, String> SORT = Paging.fields("s", Set.of("name", "category", "status", "capacity", "proposedAt"));

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Categories categories;
    private final PersonalDataProtection personalData;
    private final Reminders reminders;

    @Activate
    public Sites(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                 @Reference(target = EducationModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                 @Reference AuditLog audit, @Reference Categories categories,
                 @Reference PersonalDataProtection personalData, @Reference Reminders reminders) {
        this.jpa = jpa;
        this.scope = scopes.of(EducationModule.ID);
        this.audit = audit;
        this.categories = categories;
        this.personalData = personalData;
        this.reminders = reminders;
    }

    public Site propose(SiteDraft draft) {
        if (draft == null) {
            throw EducationMessages.TEXT.invalid("body", "body.required");
        }
        Organization unit = scope.enabledUnit(draft.unitId(), "unitId");
        validate(draft);
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            SiteEntity s = new SiteEntity();
            s.unitId = unit.id();
            s.orgPath = unit.path();
            s.status = SiteStatus.PROPOSED;
            s.proposedAt = UtcTimes.now();
            s.proposedBy = actor;
            apply(s, draft);
            em.persist(s);
            em.flush();
            step(em, s, SiteAction.PROPOSE, null, actor, null);
            audit.record("CREATE", TYPE, s.id, s.name, List.of(new FieldChange("status", null, s.status.name())));
            reminders.siteProposed(s.id, s.name, unit.name());
            return toRecord(em, s, true);
        });
    }

    /** Changes what the site offers; not once it is retired. */
    public Site update(long id, long version, SiteDraft draft) {
        if (draft == null) {
            throw EducationMessages.TEXT.invalid("body", "body.required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            SiteEntity s = visible(em, id);
            scope.requireEnabled(s.unitId);
            if (draft.unitId() != null && draft.unitId() != s.unitId) {
                throw EducationMessages.TEXT.invalid("unitId", "site.unitFixed");
            }
            validate(draft);
            if (s.version != version) {
                throw ConflictException.stale(TYPE, id, version, s.version);
            }
            if (s.status == SiteStatus.RETIRED) {
                throw EducationMessages.TEXT.conflict("site.retiredNoEdit", id);
            }
            String before = s.name + " " + s.category + " " + s.capacity;
            apply(s, draft);
            em.flush();
            audit.record("UPDATE", TYPE, id, s.name, List.of(new FieldChange("site", before, s.name + " " + s.category + " " + s.capacity)));
            return toRecord(em, s, true);
        });
    }

    /** A review step (approve, reject, resubmit, retire) on the version the caller saw. */
    public Site step(long id, long version, SiteAction action, ReviewStep step) {
        ReviewStep given = step == null ? ReviewStep.empty() : step;
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            SiteEntity s = visible(em, id);
            scope.requireEnabled(s.unitId);
            if (s.version != version) {
                throw ConflictException.stale(TYPE, id, version, s.version);
            }
            SiteStatus to = Workflows.SITE.next(id, s.status, action);
            FieldErrors errors = new FieldErrors();
            if (action == SiteAction.REJECT && Texts.isBlank(given.reason())) {
                errors.add("reason", "site.reasonRequired");
            }
            if (TextFields.tooLong(given.reason(), 1000) || TextFields.tooLong(given.note(), 1000)) {
                errors.add(TextFields.tooLong(given.reason(), 1000) ? "reason" : "note", "text.max", 1000);
            }
            errors.throwIfAny();
            if (action == SiteAction.RETIRE) {
                List<String> routes = publishedRoutes(em, id);
                if (!routes.isEmpty()) {
                    throw EducationMessages.TEXT.conflict("site.inPublishedRoute", id, routes);
                }
            }
            SiteStatus from = s.status;
            s.status = to;
            if (action == SiteAction.APPROVE || action == SiteAction.REJECT) {
                s.reviewedAt = UtcTimes.now();
                s.reviewedBy = actor;
            }
            s.rejectReason = action == SiteAction.REJECT ? given.reason().trim() : action == SiteAction.RESUBMIT ? null : s.rejectReason;
            em.flush();
            step(em, s, action, from, actor, action == SiteAction.REJECT ? given.reason().trim() : TextFields.trimmed(given.note()));
            audit.record(action.name(), TYPE, id, s.name, List.of(new FieldChange("status", from.name(), to.name())));
            if (action == SiteAction.REJECT) {
                reminders.siteRejected(id, s.name, s.unitId, s.rejectReason);
            } else if (action == SiteAction.RESUBMIT) {
                reminders.siteProposed(id, s.name, scope.name(s.unitId));
            }
            return toRecord(em, s, true);
        });
    }

    public Site get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id), true));
    }

    public List<SiteHistory> history(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em, id);
            return em.createQuery("SELECT h FROM EduSiteStep h WHERE h.siteId = :id ORDER BY h.at, h.id", SiteStepEntity.class)
                    .setParameter("id", id).getResultList().stream()
                    .map(h -> new SiteHistory(h.action, h.fromStatus, h.toStatus, h.actor, UtcTimes.instant(h.at), h.note)).toList();
        });
    }

    /** The sites of the unit's subtree; {@code q} matches name or address. */
    public Page<Site> search(Long unitId, SiteStatus status, String category, String text, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String order = Paging.orderBy(page.sort(), SORT, "s.category, s.name", "s.id");
        String where = " WHERE s.orgPath LIKE :path" + (status == null ? "" : " AND s.status = :status")
                + (Texts.isBlank(category) ? "" : " AND s.category = :category")
                + (Texts.isBlank(text) ? "" : " AND (LOWER(s.name) LIKE :q ESCAPE '!' OR LOWER(s.address) LIKE :q ESCAPE '!')");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<SiteEntity> select = em.createQuery("SELECT s FROM EduSite s" + where + order, SiteEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM EduSite s" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (status != null) {
                    q.setParameter("status", status);
                }
                if (!Texts.isBlank(category)) {
                    q.setParameter("category", category.trim());
                }
                if (!Texts.isBlank(text)) {
                    q.setParameter("q", Like.containsIgnoringCase(text)); // % and _ find themselves
                }
            }
            List<Site> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(s -> toRecord(em, s, false)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** Writes a site directly in a state (the demo loader; the caller checked the unit). */
    SiteEntity createIn(EntityManager em, Organization unit, SiteDraft draft, SiteStatus status, String actor, LocalDateTime at) {
        SiteEntity s = new SiteEntity();
        s.unitId = unit.id();
        s.orgPath = unit.path();
        s.status = SiteStatus.PROPOSED;
        s.proposedAt = at;
        s.proposedBy = actor;
        apply(s, draft);
        em.persist(s);
        em.flush();
        step(em, s, SiteAction.PROPOSE, null, actor, null);
        if (status != SiteStatus.PROPOSED) {
            SiteAction action = status == SiteStatus.REJECTED ? SiteAction.REJECT : SiteAction.APPROVE;
            s.status = Workflows.SITE.next(s.id, SiteStatus.PROPOSED, action);
            s.reviewedAt = at.plusDays(7);
            s.reviewedBy = actor;
            s.rejectReason = status == SiteStatus.REJECTED ? "场地条件与教学内容不足，请完善后重新申报" : null;
            step(em, s, action, SiteStatus.PROPOSED, actor, s.rejectReason);
        }
        return s;
    }

    private void validate(SiteDraft d) {
        FieldErrors errors = new FieldErrors();
        if (Texts.isBlank(d.name()) || TextFields.tooLong(d.name(), 200)) {
            errors.add("name", "text.required", 200);
        }
        if (!categories.exists(d.category())) {
            errors.add("category", "site.category", categories.list().stream().map(c -> c.code()).toList());
        }
        if (Texts.isBlank(d.address()) || TextFields.tooLong(d.address(), 300)) {
            errors.add("address", "text.required", 300);
        }
        if (d.longitude() != null && (d.longitude() < -180 || d.longitude() > 180 || d.longitude().isNaN())) {
            errors.add("longitude", "site.longitude");
        }
        if (d.latitude() != null && (d.latitude() < -90 || d.latitude() > 90 || d.latitude().isNaN())) {
            errors.add("latitude", "site.latitude");
        }
        if ((d.longitude() == null) != (d.latitude() == null)) {
            errors.add(d.longitude() == null ? "longitude" : "latitude", "site.coordinatesBoth");
        }
        if (d.capacity() == null || d.capacity() < 1 || d.capacity() > 10000) {
            errors.add("capacity", "number.range", 1, 10000);
        }
        if (TextFields.tooLong(d.openingHours(), 200)) {
            errors.add("openingHours", "text.max", 200);
        }
        if (TextFields.tooLong(d.contactName(), 100)) {
            errors.add("contactName", "text.max", 100);
        }
        if (d.contactPhone() != null && !PersonalDataProtection.isMasked(d.contactPhone())
                && !d.contactPhone().isBlank() && !d.contactPhone().trim().matches("[0-9+() -]{5,20}")) {
            errors.add("contactPhone", "site.phone");
        }
        if (TextFields.tooLong(d.description(), 4000)) {
            errors.add("description", "text.max", 4000);
        }
        errors.throwIfAny();
    }

    private void apply(SiteEntity s, SiteDraft d) {
        s.name = d.name().trim();
        s.category = d.category();
        s.address = d.address().trim();
        s.longitude = d.longitude();
        s.latitude = d.latitude();
        s.capacity = d.capacity();
        s.openingHours = TextFields.trimmed(d.openingHours());
        s.contactName = TextFields.trimmed(d.contactName());
        // a masked value sent back means "unchanged"
        if (d.contactPhone() == null || !PersonalDataProtection.isMasked(d.contactPhone())) {
            s.contactPhone = Texts.isBlank(d.contactPhone()) ? null : personalData.encrypt(d.contactPhone().trim());
        }
        s.description = TextFields.trimmed(d.description());
    }

    private static void step(EntityManager em, SiteEntity s, SiteAction action, SiteStatus from, String actor, String note) {
        SiteStepEntity h = new SiteStepEntity();
        h.siteId = s.id;
        h.action = action;
        h.fromStatus = from;
        h.toStatus = s.status;
        h.actor = actor;
        h.at = UtcTimes.now();
        h.note = note;
        em.persist(h);
    }

    static List<String> publishedRoutes(EntityManager em, long siteId) {
        return em.createQuery("SELECT r.name FROM EduRoute r, EduStop p WHERE p.routeId = r.id AND p.siteId = :site"
                        + " AND r.status = :published ORDER BY r.name", String.class)
                .setParameter("site", siteId).setParameter("published", RouteStatus.PUBLISHED).getResultList();
    }

    SiteEntity visible(EntityManager em, long id) {
        SiteEntity s = em.find(SiteEntity.class, id);
        if (s == null) {
            throw new NotFoundException(TYPE, id);
        }
        scope.requireVisible(s.orgPath, TYPE, id);
        return s;
    }

    private Site toRecord(EntityManager em, SiteEntity s, boolean single) {
        String phone = s.contactPhone == null ? null
                : single ? personalData.revealPhone(s.contactPhone, TYPE, s.id) : personalData.maskedPhone(s.contactPhone);
        return new Site(s.id, s.unitId, scope.name(s.unitId), s.name, s.category, s.address, s.longitude, s.latitude,
                s.capacity, s.openingHours, s.contactName, phone, s.description, s.status, s.rejectReason,
                UtcTimes.instant(s.proposedAt), s.proposedBy, s.reviewedAt == null ? null : UtcTimes.instant(s.reviewedAt),
                s.reviewedBy, publishedRoutes(em, s.id), Workflows.SITE.allowed(s.status), s.version);
    }
}
