package org.grassroots.industrial.internal;

import org.grassroots.core.api.UtcTimes;

import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Community activities (events, trainings) of a park or a grid, with the enterprises and members taking part. */
@Component(service = Activities.class)
public class Activities {
    static final String TYPE = "industrial.activity";
    static final int MAX_PARTICIPANTS = 1000;

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final OrganizationService organizations;
    private final MemberService members;

    @Activate
    public Activities(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                      @Reference(target = IndustrialModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes, @Reference AuditLog audit,
                      @Reference OrganizationService organizations, @Reference MemberService members) {
        this.jpa = jpa;
        this.scope = scopes.of(IndustrialModule.ID);
        this.audit = audit;
        this.organizations = organizations;
        this.members = members;
    }

    public Activity create(ActivityDraft draft) {
        if (draft == null) {
            throw IndustrialMessages.TEXT.invalid("body", "body.required", "{unitId, kind, title, heldOn, enterpriseIds, memberIds}");
        }
        Organization unit = scope.enabledUnit(draft.unitId(), "unitId");
        ValidationException.Builder errors = validate(draft, unit);
        if (!errors.isEmpty()) {
            throw errors.build();
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ActivityEntity entity = new ActivityEntity();
            entity.unitId = unit.id();
            entity.orgPath = unit.path();
            entity.createdAt = UtcTimes.now();
            entity.createdBy = actor;
            apply(entity, draft);
            em.persist(entity);
            em.flush();
            participants(em, entity.id, draft);
            audit.record("CREATE", TYPE, entity.id, entity.title + " " + entity.heldOn,
                    List.of(new FieldChange("title", null, entity.title)));
            return toRecord(em, entity);
        });
    }

    /** Changes the activity; the participant lists replace the old ones. */
    public Activity update(long id, long version, ActivityDraft draft) {
        if (draft == null) {
            throw IndustrialMessages.TEXT.invalid("body", "body.required", "{kind, title, heldOn, enterpriseIds, memberIds}");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ActivityEntity entity = visible(em, id);
            scope.requireEnabled(entity.unitId);
            ValidationException.Builder errors = validate(draft, organizations.get(entity.unitId));
            if (!errors.isEmpty()) {
                throw errors.build();
            }
            if (entity.version != version) {
                throw IndustrialMessages.TEXT.stale(TYPE, id, version, entity.version);
            }
            String before = entity.title + " " + entity.heldOn;
            apply(entity, draft);
            em.createQuery("DELETE FROM ParticipantEntity p WHERE p.activityId = :id").setParameter("id", id).executeUpdate();
            participants(em, id, draft);
            em.flush();
            audit.record("UPDATE", TYPE, id, entity.title, List.of(new FieldChange("activity", before, entity.title + " " + entity.heldOn)));
            return toRecord(em, entity);
        });
    }

    public Activity get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    public Page<Activity> search(Long unitId, Integer year, ActivityKind kind, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE a.orgPath LIKE :path" + (year == null ? "" : " AND a.heldOn >= :from AND a.heldOn < :to")
                + (kind == null ? "" : " AND a.kind = :kind");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ActivityEntity> select = em.createQuery("SELECT a FROM ActivityEntity a" + where
                    + " ORDER BY a.heldOn DESC, a.id DESC", ActivityEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM ActivityEntity a" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (year != null) {
                    q.setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year + 1, 1, 1));
                }
                if (kind != null) {
                    q.setParameter("kind", kind);
                }
            }
            List<Activity> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(a -> toRecord(em, a)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** Writes an activity with its participants (the demo loader; checks were done by the caller). */
    ActivityEntity createIn(EntityManager em, Organization unit, ActivityDraft draft, String actor) {
        ActivityEntity entity = new ActivityEntity();
        entity.unitId = unit.id();
        entity.orgPath = unit.path();
        entity.createdAt = UtcTimes.now();
        entity.createdBy = actor;
        apply(entity, draft);
        em.persist(entity);
        em.flush();
        participants(em, entity.id, draft);
        return entity;
    }

    private static void apply(ActivityEntity entity, ActivityDraft draft) {
        entity.kind = draft.kind();
        entity.title = draft.title().trim();
        entity.description = TextFields.trimmed(draft.description());
        entity.heldOn = draft.heldOn();
        entity.location = TextFields.trimmed(draft.location());
    }

    private static void participants(EntityManager em, long activityId, ActivityDraft draft) {
        for (Long enterprise : distinct(draft.enterpriseIds())) {
            ParticipantEntity p = new ParticipantEntity();
            p.activityId = activityId;
            p.enterpriseId = enterprise;
            em.persist(p);
        }
        for (Long member : distinct(draft.memberIds())) {
            ParticipantEntity p = new ParticipantEntity();
            p.activityId = activityId;
            p.memberId = member;
            em.persist(p);
        }
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(ids));
    }

    private ValidationException.Builder validate(ActivityDraft draft, Organization unit) {
        ValidationException.Builder errors = ValidationException.builder();
        if (unit.unitType() != UnitType.PARK && unit.unitType() != UnitType.GRID) {
            errors.add("unitId", IndustrialMessages.TEXT.message("activity.unit"));
        }
        if (draft.kind() == null) {
            errors.add("kind", IndustrialMessages.TEXT.message("activity.kind"));
        }
        if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 200) {
            errors.add("title", IndustrialMessages.TEXT.message("requiredMax", 200));
        }
        if (draft.heldOn() == null) {
            errors.add("heldOn", IndustrialMessages.TEXT.message("date.required"));
        } else if (draft.heldOn().isAfter(LocalDate.now().plusYears(2)) || draft.heldOn().getYear() < 2000) {
            errors.add("heldOn", IndustrialMessages.TEXT.message("activity.heldOn"));
        }
        if (draft.description() != null && draft.description().length() > 4000) {
            errors.add("description", IndustrialMessages.TEXT.message("tooLong", 4000));
        }
        if (draft.location() != null && draft.location().length() > 300) {
            errors.add("location", IndustrialMessages.TEXT.message("tooLong", 300));
        }
        List<Long> enterprises = distinct(draft.enterpriseIds());
        List<Long> people = distinct(draft.memberIds());
        if (enterprises.size() + people.size() > MAX_PARTICIPANTS) {
            errors.add("enterpriseIds", IndustrialMessages.TEXT.message("activity.participants", MAX_PARTICIPANTS));
            return errors;
        }
        for (int i = 0; i < enterprises.size(); i++) {
            Long id = enterprises.get(i);
            if (id == null || organizations.find(id).filter(o -> o.unitType() == UnitType.ENTERPRISE
                    && o.path().startsWith(unit.path())).isEmpty()) {
                errors.add("enterpriseIds[" + i + "]", IndustrialMessages.TEXT.message("activity.enterprise.unknown", id, unit.name()));
            }
        }
        for (int i = 0; i < people.size(); i++) {
            Long id = people.get(i);
            if (id == null || !members.exists(id)) {
                errors.add("memberIds[" + i + "]", IndustrialMessages.TEXT.message("member.unknown", id));
            }
        }
        return errors;
    }

    private ActivityEntity visible(EntityManager em, long id) {
        ActivityEntity entity = em.find(ActivityEntity.class, id);
        if (entity == null) {
            throw IndustrialMessages.TEXT.notFound(TYPE, id);
        }
        IndustrialMessages.TEXT.requireVisible(scope, entity.orgPath, TYPE, id);
        return entity;
    }

    private Activity toRecord(EntityManager em, ActivityEntity a) {
        Map<Boolean, List<ParticipantEntity>> parts = em.createQuery(
                        "SELECT p FROM ParticipantEntity p WHERE p.activityId = :id ORDER BY p.id", ParticipantEntity.class)
                .setParameter("id", a.id).getResultList().stream()
                .collect(Collectors.partitioningBy(p -> p.enterpriseId != null));
        return new Activity(a.id, a.unitId, scope.name(a.unitId), a.kind, a.title, a.description, a.heldOn, a.location,
                parts.get(true).stream().map(p -> p.enterpriseId).toList(),
                parts.get(false).stream().map(p -> p.memberId).toList(), UtcTimes.instant(a.createdAt), a.createdBy,
                a.version);
    }
}
