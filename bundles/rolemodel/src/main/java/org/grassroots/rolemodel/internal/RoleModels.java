package org.grassroots.rolemodel.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.Like;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rest.Paging;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Role models (典型): found (发现) by a unit, a member or an organization of its subtree, then moved through the
 * lifecycle one step at a time ({@link Lifecycle}); every step is dated and records who and when
 * ({@code RM_MODEL_STEP}). Every list is filtered by the subtree's path in the query.
 */
@Component(service = RoleModels.class)
public class RoleModels {
    static final String TYPE = "rolemodel.model";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;

    @Activate
    public RoleModels(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa,
                      @Reference(target = RoleModelModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                      @Reference AuditLog audit, @Reference MemberService members) {
        this.jpa = jpa;
        this.scope = scopes.of(RoleModelModule.ID);
        this.audit = audit;
        this.members = members;
    }

    /** Registers a role model (stage 发现). */
    public RoleModel create(RoleModelDraft draft) {
        if (draft == null) {
            throw RoleModelText.TEXT.invalid("body", "body.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("subjectKind", draft.subjectKind());
        Organization unit = null;
        String name = null;
        Long memberId = null;
        if (draft.subjectKind() == SubjectKind.MEMBER) {
            if (draft.memberId() == null) {
                errors.required("memberId", null);
            } else {
                MemberReference member = members.reference(draft.memberId()).orElse(null);
                if (member == null) {
                    errors.add("memberId", RoleModelText.TEXT.message("member.unknown", draft.memberId()));
                } else {
                    memberId = member.id();
                    name = member.name();
                    unit = scope.referencedUnit(member.organizationId(), "memberId", errors);
                }
            }
        } else if (draft.subjectKind() == SubjectKind.ORGANIZATION) {
            unit = scope.referencedUnit(draft.organizationId(), "organizationId", errors);
            String given = errors.line("name", draft.name(), 200, false);
            name = given != null ? given : unit == null ? null : unit.name();
        }
        errors.required("field", draft.field());
        Integer year = errors.whole("year", draft.year(), Inputs.FIRST_YEAR, Inputs.lastYear(), true);
        String deeds = errors.note("deeds", draft.deeds(), 2000, true);
        LocalDate on = errors.date("discoveredOn", draft.discoveredOn() == null ? LocalDate.now() : draft.discoveredOn(), Inputs.EARLIEST, LocalDate.now(), true);
        errors.throwIfAny();
        scope.requireEnabled(unit.id());
        String actor = scope.actor();
        Organization owner = unit;
        String subject = name;
        Long member = memberId;
        return jpa.txExpr(TransactionType.Required, em -> {
            ModelEntity m = createIn(em, draft.subjectKind(), member, subject, owner, draft.field(), year, deeds, on, actor);
            audit.record("CREATE", TYPE, m.id, subject + " (" + owner.name() + ")", List.of(new FieldChange("stage", null, m.stage.name())));
            return toRecord(m);
        });
    }

    ModelEntity createIn(EntityManager em, SubjectKind kind, Long memberId, String name, Organization unit, ModelField field,
                         int year, String deeds, LocalDate on, String actor) {
        ModelEntity m = new ModelEntity();
        m.subjectKind = kind;
        m.memberId = memberId;
        m.name = name;
        m.organizationId = unit.id();
        m.orgPath = unit.path();
        m.field = field;
        m.year = year;
        m.deeds = deeds;
        m.stage = Stage.DISCOVERED;
        m.discoveredOn = on;
        m.recommendation = RecommendationStatus.NONE;
        m.createdAt = UtcTimes.now();
        m.createdBy = actor;
        em.persist(m);
        em.flush();
        step(em, m.id, StageAction.DISCOVER, null, Stage.DISCOVERED, on, actor, null);
        return m;
    }

    /** Changes what may change of a model: its field, deeds, year, and the name of an organization model. */
    public RoleModel update(long id, long version, RoleModelDraft draft) {
        if (draft == null) {
            throw RoleModelText.TEXT.invalid("body", "body.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("field", draft.field());
        Integer year = errors.whole("year", draft.year(), Inputs.FIRST_YEAR, Inputs.lastYear(), true);
        String deeds = errors.note("deeds", draft.deeds(), 2000, true);
        String name = errors.line("name", draft.name(), 200, false);
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            ModelEntity m = visible(em, id);
            scope.requireEnabled(m.organizationId);
            checkVersion(m, version);
            List<FieldChange> changes = new java.util.ArrayList<>();
            if (m.field != draft.field()) {
                changes.add(new FieldChange("field", m.field.name(), draft.field().name()));
            }
            if (m.year != year) {
                changes.add(new FieldChange("year", String.valueOf(m.year), String.valueOf(year)));
            }
            m.field = draft.field();
            m.year = year;
            m.deeds = deeds;
            if (m.subjectKind == SubjectKind.ORGANIZATION && name != null) {
                m.name = name;
            }
            em.flush();
            audit.record("UPDATE", TYPE, id, m.name, changes);
            return toRecord(m);
        });
    }

    /** Takes a lifecycle step: 409 naming the allowed step when the stage does not allow it or a precondition lacks. */
    public RoleModel step(long id, long version, StepDraft draft) {
        if (draft == null) {
            throw RoleModelText.TEXT.invalid("body", "body.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("action", draft.action());
        if (draft.action() == StageAction.DISCOVER) {
            errors.add("action", RoleModelText.TEXT.message("stage.discoverOnCreate"));
        }
        LocalDate on = errors.date("on", draft.on() == null ? LocalDate.now() : draft.on(), Inputs.EARLIEST, LocalDate.now(), true);
        String note = errors.note("note", draft.note(), 1000, false);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ModelEntity m = visible(em, id);
            scope.requireEnabled(m.organizationId);
            Stage from = m.stage;
            Stage to = Lifecycle.next(from, draft.action());
            checkVersion(m, version);
            String missing = Lifecycle.missing(draft.action(), count(em, "TrackingEntity", id), count(em, "PublicityEntity", id),
                    count(em, "LearningEntity", id));
            if (missing != null) {
                throw RoleModelText.TEXT.conflict(missing, m.name);
            }
            LocalDate previous = latest(m);
            if (on.isBefore(previous)) {
                throw RoleModelText.TEXT.invalid("on", "stage.beforePrevious", previous);
            }
            m.stage = to;
            switch (to) {
                case CULTIVATING -> m.cultivatedOn = on;
                case PUBLICIZED -> m.publicizedOn = on;
                case LEARNING -> m.learningOn = on;
                default -> { }
            }
            em.flush();
            step(em, m.id, draft.action(), from, to, on, actor, note);
            audit.record(draft.action().name(), TYPE, id, m.name, List.of(new FieldChange("stage", from.name(), to.name())));
            return toRecord(m);
        });
    }

    private static LocalDate latest(ModelEntity m) {
        LocalDate d = m.discoveredOn;
        for (LocalDate x : new LocalDate[] {m.cultivatedOn, m.publicizedOn, m.learningOn}) {
            if (x != null && x.isAfter(d)) {
                d = x;
            }
        }
        return d;
    }

    static long count(EntityManager em, String entity, long modelId) {
        return em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE x.modelId = :id", Long.class)
                .setParameter("id", modelId).getSingleResult();
    }

    static void step(EntityManager em, long modelId, StageAction action, Stage from, Stage to, LocalDate on, String actor, String note) {
        StepEntity s = new StepEntity();
        s.modelId = modelId;
        s.action = action;
        s.fromStage = from;
        s.toStage = to;
        s.on = on;
        s.actor = actor;
        s.at = UtcTimes.now();
        s.note = note;
        em.persist(s);
    }

    public RoleModel get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(visible(em, id)));
    }

    public List<Step> steps(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em, id);
            return em.createQuery("SELECT s FROM StepEntity s WHERE s.modelId = :id ORDER BY s.at, s.id", StepEntity.class)
                    .setParameter("id", id).getResultList().stream()
                    .map(s -> new Step(s.action, s.fromStage, s.toStage, s.on, s.actor, UtcTimes.instant(s.at), s.note)).toList();
        });
    }

    /** The models of the unit's subtree, by year, stage, tier, field, recommendation status, part of the name. */
    public Page<RoleModel> search(Long unitId, Integer year, Stage stage, Tier tier, ModelField field,
                                  RecommendationStatus recommendation, String q, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE m.orgPath LIKE :path" + (year == null ? "" : " AND m.year = :year")
                + (stage == null ? "" : " AND m.stage = :stage") + (tier == null ? "" : " AND m.tier = :tier")
                + (field == null ? "" : " AND m.field = :field")
                + (recommendation == null ? "" : " AND m.recommendation = :rec")
                + (q == null || q.isBlank() ? "" : " AND LOWER(m.name) LIKE :q ESCAPE '!'");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ModelEntity> select = em.createQuery("SELECT m FROM ModelEntity m" + where + Paging.orderBy(page.sort(),
                    Paging.fields("m", List.of("name", "year", "stage", "tier", "discoveredOn")), "m.year DESC, m.discoveredOn DESC", "m.id"),
                    ModelEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM ModelEntity m" + where, Long.class);
            for (TypedQuery<?> query : List.of(select, count)) {
                query.setParameter("path", unit.path() + "%");
                if (year != null) {
                    query.setParameter("year", year);
                }
                if (stage != null) {
                    query.setParameter("stage", stage);
                }
                if (tier != null) {
                    query.setParameter("tier", tier);
                }
                if (field != null) {
                    query.setParameter("field", field);
                }
                if (recommendation != null) {
                    query.setParameter("rec", recommendation);
                }
                if (q != null && !q.isBlank()) {
                    query.setParameter("q", Like.containsIgnoringCase(q.strip()));
                }
            }
            List<RoleModel> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(this::toRecord).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    ModelEntity visible(EntityManager em, long id) {
        ModelEntity m = em.find(ModelEntity.class, id);
        if (m == null) {
            throw RoleModelText.TEXT.notFound(TYPE, id);
        }
        RoleModelText.TEXT.requireVisible(scope, m.orgPath, TYPE, id);
        return m;
    }

    static void checkVersion(ModelEntity m, long version) {
        if (m.version != version) {
            throw RoleModelText.TEXT.stale(TYPE, m.id, version, m.version);
        }
    }

    RoleModel toRecord(ModelEntity m) {
        return new RoleModel(m.id, m.subjectKind, m.memberId, m.name, m.organizationId, scope.name(m.organizationId), m.field,
                m.year, m.deeds, m.stage, m.tier, m.discoveredOn, m.cultivatedOn, m.publicizedOn, m.learningOn,
                Lifecycle.allowed(m.stage), m.recommendation, m.pendingUnitId, scope.name(m.pendingUnitId),
                UtcTimes.instant(m.pendingSince), UtcTimes.instant(m.createdAt), m.createdBy, m.version);
    }

    /** Used by the services of the model's records (tracking, publicity, learning): the model, visible and enabled. */
    ModelEntity forRecord(EntityManager em, long id) {
        ModelEntity m = visible(em, id);
        scope.requireEnabled(m.organizationId);
        return m;
    }

}
