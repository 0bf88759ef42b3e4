package org.grassroots.rolemodel.internal;

import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The honours register: an entry for every awarded nomination (the award's name, category, level, year, issuing
 * body), read per member or organization in the caller's subtree. An honour feeds the role-model pool: the subject's
 * role model of the campaign's year, or a new one (发现, with the deeds) when it has none.
 */
@Component(service = Honours.class)
public class Honours {
    static final String TYPE = "rolemodel.honour";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final RoleModels models;

    @Activate
    public Honours(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa,
                   @Reference(target = RoleModelModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                   @Reference AuditLog audit, @Reference RoleModels models) {
        this.jpa = jpa;
        this.scope = scopes.of(RoleModelModule.ID);
        this.audit = audit;
        this.models = models;
    }

    /** Registers the honour of an awarded nomination, in the deciding transaction. */
    HonourEntity award(EntityManager em, CampaignEntity c, NominationEntity n, String actor) {
        return award(em, c, n, actor, LocalDate.now());
    }

    /** Registers the honour awarded on a given day (the demo's campaigns of a past year). */
    HonourEntity award(EntityManager em, CampaignEntity c, NominationEntity n, String actor, LocalDate today) {
        HonourEntity h = new HonourEntity();
        h.nominationId = n.id;
        h.campaignId = c.id;
        h.title = n.category.labels().zhCN();
        h.category = n.category;
        h.subjectKind = n.subjectKind;
        h.memberId = n.memberId;
        h.name = n.name;
        h.organizationId = n.organizationId;
        h.orgPath = n.orgPath;
        h.level = c.level;
        h.year = c.year;
        h.issuer = c.issuer;
        h.awardedOn = today;
        h.modelId = poolModel(em, c, n, today, actor);
        h.createdAt = UtcTimes.now();
        h.createdBy = actor;
        em.persist(h);
        em.flush();
        audit.record("AWARD", TYPE, h.id, h.name + ": " + h.title + " (" + c.name + ")", List.of());
        return h;
    }

    /** The subject's role model of the campaign's year, registered (发现) when there is none. */
    private Long poolModel(EntityManager em, CampaignEntity c, NominationEntity n, LocalDate today, String actor) {
        TypedQuery<Long> existing = em.createQuery("SELECT m.id FROM ModelEntity m WHERE m.year = :year AND m.subjectKind = :kind "
                + "AND m.organizationId = :unit AND " + (n.memberId == null ? "m.memberId IS NULL" : "m.memberId = :member"), Long.class)
                .setParameter("year", c.year).setParameter("kind", n.subjectKind).setParameter("unit", n.organizationId);
        if (n.memberId != null) {
            existing.setParameter("member", n.memberId);
        }
        List<Long> found = existing.setMaxResults(1).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        Organization unit = scope.unit(n.organizationId, "organizationId");
        String deeds = n.deeds.length() > 2000 ? n.deeds.substring(0, 2000) : n.deeds;
        return models.createIn(em, n.subjectKind, n.memberId, n.name, unit, n.field, c.year, deeds, today, actor).id;
    }

    /** The honours of the unit's subtree; of one member or one organization, of one year. */
    public Page<Honour> search(Long unitId, Long memberId, Long organizationId, Integer year, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE h.orgPath LIKE :path" + (memberId == null ? "" : " AND h.memberId = :member")
                + (organizationId == null ? "" : " AND h.organizationId = :org AND h.subjectKind = :kind")
                + (year == null ? "" : " AND h.year = :year");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<HonourEntity> select = em.createQuery("SELECT h FROM HonourEntity h" + where + Paging.orderBy(page.sort(),
                    Paging.fields("h", List.of("name", "year", "level", "awardedOn")), "h.year DESC, h.awardedOn DESC", "h.id"),
                    HonourEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(h) FROM HonourEntity h" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (memberId != null) {
                    q.setParameter("member", memberId);
                }
                if (organizationId != null) {
                    q.setParameter("org", organizationId).setParameter("kind", SubjectKind.ORGANIZATION);
                }
                if (year != null) {
                    q.setParameter("year", year);
                }
            }
            List<Honour> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(this::toRecord).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    Honour toRecord(HonourEntity h) {
        return new Honour(h.id, h.title, h.category, h.subjectKind, h.memberId, h.name, h.organizationId, scope.name(h.organizationId),
                h.level, h.year, h.issuer, h.awardedOn, h.campaignId, h.nominationId, h.modelId);
    }
}
