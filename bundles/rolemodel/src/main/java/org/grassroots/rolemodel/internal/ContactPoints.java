package org.grassroots.rolemodel.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
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
 * District-level direct contact points (区级直接联系点): a unit linked to a district leader (a member) for a period.
 * A period that ends before it starts is refused (422), and so is a period of the same unit overlapping another
 * assignment (409 naming it). Contact records (visits, issues raised, follow-up) are kept per point.
 */
@Component(service = ContactPoints.class)
public class ContactPoints {
    static final String TYPE = "rolemodel.contactPoint";
    static final String RECORD = "rolemodel.contactRecord";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final MemberService members;

    @Activate
    public ContactPoints(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa,
                         @Reference(target = RoleModelModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                         @Reference AuditLog audit, @Reference MemberService members) {
        this.jpa = jpa;
        this.scope = scopes.of(RoleModelModule.ID);
        this.audit = audit;
        this.members = members;
    }

    /** The checked values of a draft. */
    record Checked(Organization unit, MemberReference leader, String title, LocalDate starts, LocalDate ends, String note) {
    }

    Checked check(ContactPointDraft draft) {
        if (draft == null) {
            throw RoleModelText.TEXT.invalid("body", "body.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        Organization unit = scope.referencedUnit(draft.organizationId(), "organizationId", errors);
        MemberReference leader = null;
        if (draft.leaderMemberId() == null) {
            errors.required("leaderMemberId", null);
        } else {
            leader = members.reference(draft.leaderMemberId()).orElse(null);
            if (leader == null) {
                errors.add("leaderMemberId", RoleModelText.TEXT.message("member.unknown", draft.leaderMemberId()));
            }
        }
        String title = errors.line("leaderTitle", draft.leaderTitle(), 100, false);
        LocalDate starts = errors.date("startsOn", draft.startsOn(), Inputs.EARLIEST, Inputs.latestPlanned(), true);
        LocalDate ends = errors.date("endsOn", draft.endsOn(), Inputs.EARLIEST, Inputs.latestPlanned(), false);
        if (starts != null && ends != null && ends.isBefore(starts)) {
            errors.add("endsOn", RoleModelText.TEXT.message("contact.endsBeforeStarts", starts));
        }
        String note = errors.note("note", draft.note(), 1000, false);
        errors.throwIfAny();
        scope.requireEnabled(unit.id());
        return new Checked(unit, leader, title, starts, ends, note);
    }

    public ContactPoint create(ContactPointDraft draft) {
        Checked c = check(draft);
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ContactPointEntity p = createIn(em, c, actor);
            audit.record("CREATE", TYPE, p.id, c.unit().name() + " ← " + c.leader().name() + " " + Periods.text(c.starts(), c.ends()),
                    List.of());
            return toRecord(em, p);
        });
    }

    ContactPointEntity createIn(EntityManager em, Checked c, String actor) {
        refuseOverlap(em, c.unit().id(), c.starts(), c.ends(), null);
        ContactPointEntity p = new ContactPointEntity();
        p.organizationId = c.unit().id();
        p.orgPath = c.unit().path();
        p.leaderId = c.leader().id();
        p.leaderName = c.leader().name();
        p.leaderTitle = c.title();
        p.startsOn = c.starts();
        p.endsOn = c.ends();
        p.note = c.note();
        p.createdAt = UtcTimes.now();
        p.createdBy = actor;
        em.persist(p);
        em.flush();
        return p;
    }

    /** Changes the leader or the period (e.g. ends the assignment); the unit stays. */
    public ContactPoint update(long id, long version, ContactPointDraft draft) {
        Checked c = check(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            ContactPointEntity p = visible(em, id);
            if (p.version != version) {
                throw RoleModelText.TEXT.stale(TYPE, id, version, p.version);
            }
            if (c.unit().id() != p.organizationId) {
                throw RoleModelText.TEXT.invalid("organizationId", "contact.unitFixed");
            }
            refuseOverlap(em, p.organizationId, c.starts(), c.ends(), p.id);
            List<FieldChange> changes = List.of(new FieldChange("period", Periods.text(p.startsOn, p.endsOn), Periods.text(c.starts(), c.ends())),
                    new FieldChange("leader", p.leaderName, c.leader().name()));
            p.leaderId = c.leader().id();
            p.leaderName = c.leader().name();
            p.leaderTitle = c.title();
            p.startsOn = c.starts();
            p.endsOn = c.ends();
            p.note = c.note();
            em.flush();
            audit.record("UPDATE", TYPE, id, scope.name(p.organizationId), changes);
            return toRecord(em, p);
        });
    }

    private void refuseOverlap(EntityManager em, long unitId, LocalDate starts, LocalDate ends, Long except) {
        for (ContactPointEntity other : em.createQuery("SELECT p FROM ContactPointEntity p WHERE p.organizationId = :u",
                ContactPointEntity.class).setParameter("u", unitId).getResultList()) {
            if ((except == null || other.id.longValue() != except) && Periods.overlap(starts, ends, other.startsOn, other.endsOn)) {
                throw RoleModelText.TEXT.conflict("contact.overlap", scope.name(unitId), other.leaderName,
                        Periods.text(other.startsOn, other.endsOn));
            }
        }
    }

    public ContactPoint get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    /** The contact points of the subtree; with {@code year}, those active at some day of it. */
    public Page<ContactPoint> search(Long unitId, Integer year, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE p.orgPath LIKE :path" + (year == null ? "" : " AND p.startsOn <= :last AND (p.endsOn IS NULL OR p.endsOn >= :first)");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ContactPointEntity> select = em.createQuery("SELECT p FROM ContactPointEntity p" + where + Paging.orderBy(page.sort(),
                    Paging.fields("p", List.of("leaderName", "startsOn", "endsOn")), "p.orgPath", "p.id"), ContactPointEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM ContactPointEntity p" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (year != null) {
                    q.setParameter("first", LocalDate.of(year, 1, 1)).setParameter("last", LocalDate.of(year, 12, 31));
                }
            }
            List<ContactPointEntity> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            Map<Long, Object[]> counts = recordCounts(em, rows.stream().map(p -> p.id).toList());
            return new Page<>(rows.stream().map(p -> toRecord(p, counts.get(p.id))).toList(), count.getSingleResult(), page.page(), page.size());
        });
    }

    public ContactRecord addRecord(long pointId, ContactRecordDraft draft) {
        if (draft == null) {
            throw RoleModelText.TEXT.invalid("body", "body.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        errors.required("kind", draft.kind());
        LocalDate on = errors.date("happenedOn", draft.happenedOn(), Inputs.EARLIEST, LocalDate.now(), true);
        String content = errors.note("content", draft.content(), 2000, true);
        String issues = errors.note("issues", draft.issues(), 2000, false);
        String followUp = errors.note("followUp", draft.followUp(), 2000, false);
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ContactPointEntity p = visible(em, pointId);
            scope.requireEnabled(p.organizationId);
            if (on.isBefore(p.startsOn) || (p.endsOn != null && on.isAfter(p.endsOn))) {
                throw RoleModelText.TEXT.invalid("happenedOn", "contact.outsidePeriod", Periods.text(p.startsOn, p.endsOn));
            }
            ContactRecordEntity r = addRecordIn(em, p, draft.kind(), on, content, issues, followUp, actor);
            audit.record("CREATE", RECORD, r.id, scope.name(p.organizationId) + " " + on, List.of());
            return toRecord(r);
        });
    }

    ContactRecordEntity addRecordIn(EntityManager em, ContactPointEntity p, ContactKind kind, LocalDate on, String content, String issues,
                                    String followUp, String actor) {
        ContactRecordEntity r = new ContactRecordEntity();
        r.pointId = p.id;
        r.organizationId = p.organizationId;
        r.orgPath = p.orgPath;
        r.kind = kind;
        r.happenedOn = on;
        r.content = content;
        r.issues = issues;
        r.followUp = followUp;
        r.recordedAt = UtcTimes.now();
        r.recordedBy = actor;
        em.persist(r);
        return r;
    }

    public List<ContactRecord> records(long pointId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em, pointId);
            return em.createQuery("SELECT r FROM ContactRecordEntity r WHERE r.pointId = :id ORDER BY r.happenedOn DESC, r.id DESC",
                    ContactRecordEntity.class).setParameter("id", pointId).getResultList().stream().map(ContactPoints::toRecord).toList();
        });
    }

    ContactPointEntity visible(EntityManager em, long id) {
        ContactPointEntity p = em.find(ContactPointEntity.class, id);
        if (p == null) {
            throw RoleModelText.TEXT.notFound(TYPE, id);
        }
        RoleModelText.TEXT.requireVisible(scope, p.orgPath, TYPE, id);
        return p;
    }

    private static Map<Long, Object[]> recordCounts(EntityManager em, List<Long> ids) {
        Map<Long, Object[]> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT r.pointId, COUNT(r), MAX(r.happenedOn) FROM ContactRecordEntity r WHERE r.pointId IN :ids "
                    + "GROUP BY r.pointId", Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(row -> counts.put((Long) row[0], row));
        }
        return counts;
    }

    private ContactPoint toRecord(EntityManager em, ContactPointEntity p) {
        return toRecord(p, recordCounts(em, List.of(p.id)).get(p.id));
    }

    private ContactPoint toRecord(ContactPointEntity p, Object[] counts) {
        LocalDate today = LocalDate.now();
        boolean active = Periods.overlap(p.startsOn, p.endsOn, today, today);
        return new ContactPoint(p.id, p.organizationId, scope.name(p.organizationId), p.leaderId, p.leaderName, p.leaderTitle,
                p.startsOn, p.endsOn, p.note, active, counts == null ? 0 : ((Number) counts[1]).longValue(),
                counts == null ? null : (LocalDate) counts[2], p.version);
    }

    static ContactRecord toRecord(ContactRecordEntity r) {
        return new ContactRecord(r.id, r.pointId, r.kind, r.happenedOn, r.content, r.issues, r.followUp,
                UtcTimes.instant(r.recordedAt), r.recordedBy);
    }
}
