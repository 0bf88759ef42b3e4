package org.grassroots.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.CoreTopics;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationDraft;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.ValidationException;
import org.grassroots.rest.Paging;
import org.grassroots.core.internal.schema.ScopedTables;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.schema.CoreSchema;
import org.grassroots.core.internal.validation.OrganizationValidator;
import org.grassroots.core.internal.validation.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = { OrganizationService.class, OrganizationServiceImpl.class })
public class OrganizationServiceImpl implements OrganizationService {
    static final String TYPE = "organization";
    private static final Set<String> SORTABLE = Set.of("code", "name", "path", "depth", "unitType", "partyOrgType",
            "foundedOn", "status");

    private final JpaTemplate jpa;
    private final DataGenerationsImpl generations;
    private final CoreEvents events;
    private final OrganizationValidator validator = new OrganizationValidator();

    @Activate
    public OrganizationServiceImpl(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                                   @Reference CoreEvents events, @Reference CoreSchema schema,
                                   @Reference DataGenerationsImpl generations) {
        this.jpa = jpa;
        this.generations = generations;
        this.events = events;
    }

    @Override
    public Optional<Organization> find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(OrganizationEntity.class, id))
                .filter(o -> Scopes.visible(em, o)).map(OrganizationEntity::toRecord));
    }

    @Override
    public Organization get(long id) {
        return find(id).orElseThrow(() -> CoreMessages.notFound(TYPE, id));
    }

    @Override
    public Optional<Organization> findByCode(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> byCode(em, code).filter(o -> Scopes.visible(em, o))
                .map(OrganizationEntity::toRecord));
    }

    public static Optional<OrganizationEntity> byCode(EntityManager em, String code) {
        return em.createQuery("SELECT o FROM OrganizationEntity o WHERE o.code = :code", OrganizationEntity.class)
                .setParameter("code", code == null ? "" : code.trim()).getResultList().stream().findFirst();
    }

    @Override
    public List<Organization> roots() {
        Long scopeUnit = Actors.caller().unrestricted() ? null : Actors.caller().organizationId();
        if (scopeUnit != null) {
            // a scoped caller's tree starts at their scope unit
            return find(scopeUnit).map(List::of).orElse(List.of());
        }
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT o FROM OrganizationEntity o WHERE o.parentId IS NULL ORDER BY o.code", OrganizationEntity.class)
                .getResultList().stream().map(OrganizationEntity::toRecord).toList());
    }

    @Override
    public List<Organization> children(long parentId) {
        get(parentId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT o FROM OrganizationEntity o WHERE o.parentId = :p ORDER BY o.code", OrganizationEntity.class)
                .setParameter("p", parentId).getResultList().stream().map(OrganizationEntity::toRecord).toList());
    }

    @Override
    public List<Organization> subtree(long rootId, int maxDepth) {
        Organization root = get(rootId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT o FROM OrganizationEntity o WHERE o.path LIKE :prefix AND o.depth <= :depth ORDER BY o.path",
                OrganizationEntity.class)
                .setParameter("prefix", root.path() + "%")
                .setParameter("depth", root.depth() + Math.max(0, maxDepth))
                .getResultList().stream().map(OrganizationEntity::toRecord).toList());
    }

    @Override
    public Page<Organization> search(OrganizationQuery query, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            QueryFilter filter = filter(em, query);
            List<Organization> items = filter.page(em, "SELECT o FROM OrganizationEntity o",
                    Paging.orderBy(page.sort(), Paging.fields("o", SORTABLE), "o.path", "o.id"), OrganizationEntity.class, page)
                    .stream().map(OrganizationEntity::toRecord).toList();
            return new Page<>(items, filter.total(em, COUNT, page, items.size()), page.page(), page.size());
        });
    }

    @Override
    public List<Organization> listed(List<Long> ids) {
        List<Long> wanted = List.copyOf(ids);
        return jpa.txExpr(TransactionType.Supports, em -> {
            String prefix = Scopes.prefix(em);
            return ReadsByIds.inOrder(wanted, slice -> em.createQuery("SELECT o FROM OrganizationEntity o WHERE o.id IN :ids",
                            OrganizationEntity.class).setParameter("ids", slice).getResultList(), OrganizationEntity::getId)
                    .stream().filter(o -> prefix == null || o.getPath().startsWith(prefix)).map(OrganizationEntity::toRecord).toList();
        });
    }

    @Override
    public long count(OrganizationQuery query) {
        return jpa.txExpr(TransactionType.Supports, em -> filter(em, query).count(em, COUNT));
    }

    private static final String COUNT = "SELECT COUNT(o) FROM OrganizationEntity o";

    private QueryFilter filter(EntityManager em, OrganizationQuery q) {
        QueryFilter filter = new QueryFilter();
        String prefix = Scopes.prefix(em);
        if (q.subtreeOf() != null) {
            OrganizationEntity root = em.find(OrganizationEntity.class, q.subtreeOf());
            if (root == null || !Scopes.visible(em, root)) {
                throw CoreMessages.notFound(TYPE, q.subtreeOf());
            }
            // inside the caller's scope (checked above), so the one narrower prefix range says it all
            prefix = root.getPath();
        }
        return filter.andIfGiven("o.path LIKE :prefix", "prefix", prefix == null ? null : prefix + "%")
                .andIfGiven("o.name LIKE :name ESCAPE '!'", "name", QueryFilter.contains(q.name()))
                .andIfGiven("o.unitType = :unitType", "unitType", q.unitType())
                .andIfGiven("o.partyOrgType = :partyOrgType", "partyOrgType", q.partyOrgType())
                .andIfGiven("o.domain = :domain", "domain", q.domain())
                .andIfGiven("o.status = :status", "status", q.status());
    }

    @Override
    public Organization create(OrganizationDraft draft) {
        Organization created = ConstraintViolations.translated(() -> jpa.txExpr(TransactionType.Required, em -> create(em, draft)));
        events.post(CoreTopics.ORGANIZATION_CREATED, created.id(), created.path(), Actors.current());
        return created;
    }

    /** Creates inside the caller's transaction; used by import and demo loading too. */
    Organization create(EntityManager em, OrganizationDraft draft) {
        validate(draft);
        OrganizationEntity parent = null;
        if (draft.parentId() != null) {
            parent = em.find(OrganizationEntity.class, draft.parentId());
            if (parent == null || !Scopes.visible(em, parent)) {
                throw ValidationException.of("parentId", CoreMessages.message("unit.noId", draft.parentId()));
            }
        }
        if (parent == null && !Actors.caller().unrestricted()) {
            throw ValidationException.of("parentId", CoreMessages.message("unit.parent.required"));
        }
        if (byCode(em, draft.code()).isPresent()) {
            throw new ConflictException(CoreMessages.message("unit.codeTaken", draft.code().trim()));
        }
        OrganizationEntity entity = insertValidated(em, draft, parent);
        generations.audit(em, "CREATE", TYPE, entity.getId(), entity.getCode() + " " + entity.getName());
        em.flush();
        return entity.toRecord();
    }

    /** Inserts a valid draft with a code known to be free; bulk callers audit the batch. */
    public OrganizationEntity insertValidated(EntityManager em, OrganizationDraft draft, OrganizationEntity parent) {
        OrganizationEntity entity = new OrganizationEntity();
        entity.apply(draft);
        em.persist(entity);
        entity.placeUnder(parent);
        return entity;
    }

    /**
     * Inserts many units in one transaction, parents before children. EclipseLink does not order inserts
     * of one entity class by a plain id column, so a unit whose parent is still unwritten flushes first:
     * one flush per tree level, and the parent foreign key always holds.
     */
    public BulkInsert bulkInsert(EntityManager em) {
        return new BulkInsert(em);
    }

    public final class BulkInsert {
        private final EntityManager em;
        private final java.util.Set<Long> unflushed = new java.util.HashSet<>();

        private BulkInsert(EntityManager em) {
            this.em = em;
        }

        public OrganizationEntity insert(OrganizationDraft draft, OrganizationEntity parent) {
            if (parent != null && unflushed.contains(parent.getId())) {
                em.flush();
                unflushed.clear();
            }
            OrganizationEntity entity = insertValidated(em, draft, parent);
            unflushed.add(entity.getId());
            return entity;
        }
    }

    void validate(OrganizationDraft draft) {
        Refusal.throwIfAny(validator.refusals(draft, LocalDate.now()));
    }

    @Override
    public Organization update(long id, long version, OrganizationDraft draft) {
        validate(draft);
        Organization updated = ConstraintViolations.translated(() -> jpa.txExpr(TransactionType.Required, em -> {
            OrganizationEntity entity = current(em, id, version);
            if (!entity.getCode().equals(draft.code().trim()) && byCode(em, draft.code()).isPresent()) {
                throw new ConflictException(CoreMessages.message("unit.codeTaken", draft.code().trim()));
            }
            if (draft.status() == OrgStatus.DISSOLVED && entity.toRecord().status() != OrgStatus.DISSOLVED) {
                refuseDissolvingWithContent(em, entity);
            }
            Organization before = entity.toRecord();
            entity.apply(draft);
            em.flush();
            Organization after = entity.toRecord();
            generations.audit(em, "UPDATE", TYPE, id, entity.getCode(), Audit.changes(before, after, Set.of()));
            return after;
        }));
        events.post(CoreTopics.ORGANIZATION_UPDATED, id, updated.path(), Actors.current());
        return updated;
    }

    /** A dissolved unit (撤销) takes no members: its active sub-units and its members must have moved first. */
    private static void refuseDissolvingWithContent(EntityManager em, OrganizationEntity entity) {
        long children = em.createQuery("SELECT COUNT(o) FROM OrganizationEntity o WHERE o.parentId = :id AND o.status = :active",
                Long.class).setParameter("id", entity.getId()).setParameter("active", OrgStatus.ACTIVE).getSingleResult();
        long members = em.createQuery("SELECT COUNT(m) FROM MemberEntity m WHERE m.organizationId = :id", Long.class)
                .setParameter("id", entity.getId()).getSingleResult();
        if (children > 0 || members > 0) {
            throw new ConflictException(CoreMessages.message("unit.dissolve.notEmpty", entity.getCode(), children, members));
        }
    }

    static OrganizationEntity current(EntityManager em, long id, long version) {
        OrganizationEntity entity = em.find(OrganizationEntity.class, id);
        if (entity == null || !Scopes.visible(em, entity)) {
            throw CoreMessages.notFound(TYPE, id);
        }
        if (entity.getVersion() != version) {
            throw CoreMessages.stale(TYPE, id, version, entity.getVersion());
        }
        return entity;
    }

    @Override
    public Organization move(long id, long version, long newParentId) {
        String[] fromPath = new String[1];
        Organization moved = ConstraintViolations.translated(() -> jpa.txExpr(TransactionType.Required, em -> {
            OrganizationEntity entity = current(em, id, version);
            OrganizationEntity parent = em.find(OrganizationEntity.class, newParentId);
            if (parent == null || !Scopes.visible(em, parent)) {
                throw ValidationException.of("parentId", CoreMessages.message("unit.noId", newParentId));
            }
            if (parent.getPath().startsWith(entity.getPath())) {
                throw ValidationException.of("parentId", CoreMessages.message("unit.moveBelowItself"));
            }
            String oldPath = entity.getPath();
            int oldDepth = entity.getDepth();
            fromPath[0] = oldPath;
            entity.placeUnder(parent);
            String newPath = entity.getPath();
            int depthChange = entity.getDepth() - oldDepth;
            // one statement rewrites the whole subtree below, so the move is atomic with the parent change
            em.createQuery("UPDATE OrganizationEntity o SET o.path = CONCAT(:newPath, SUBSTRING(o.path, :cut)), "
                            + "o.depth = o.depth + :depthChange, o.version = o.version + 1 "
                            + "WHERE o.path LIKE :oldPrefix AND o.id <> :id")
                    .setParameter("newPath", newPath)
                    .setParameter("cut", oldPath.length() + 1)
                    .setParameter("depthChange", depthChange)
                    .setParameter("oldPrefix", oldPath + "%")
                    .setParameter("id", id)
                    .executeUpdate();
            // every other copy of a unit's path (core's members, files, notifications, notices, collection tasks and
            // every module table ever declared, installed or not) follows in the same transaction: one mechanism
            ScopedTables.rewrite(em, oldPath, newPath);
            generations.audit(em, "MOVE", TYPE, id, entity.getCode(),
                    List.of(new org.grassroots.core.api.audit.FieldChange("path", oldPath, newPath)));
            em.flush();
            return entity.toRecord();
        }));
        events.post(CoreTopics.ORGANIZATION_MOVED, id, moved.path(), Actors.current(),
                Map.of(CoreTopics.FROM_PATH, fromPath[0]));
        return moved;
    }

    @Override
    public void delete(long id, long version) {
        String path = ConstraintViolations.translated(() -> jpa.txExpr(TransactionType.Required, em -> {
            OrganizationEntity entity = current(em, id, version);
            long children = em.createQuery("SELECT COUNT(o) FROM OrganizationEntity o WHERE o.parentId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            long members = em.createQuery("SELECT COUNT(m) FROM MemberEntity m WHERE m.organizationId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (children > 0 || members > 0) {
                throw new ConflictException(CoreMessages.message("unit.delete.notEmpty", entity.getCode(), children, members));
            }
            long residents = em.createQuery("SELECT COUNT(m) FROM MemberEntity m WHERE m.residenceCommunityId = :id",
                    Long.class).setParameter("id", id).getSingleResult();
            if (residents > 0) {
                throw new ConflictException(CoreMessages.message("unit.delete.residents", entity.getCode(), residents));
            }
            generations.audit(em, "DELETE", TYPE, id, entity.toRecord().toString());
            em.remove(entity);
            return entity.getPath();
        }));
        events.post(CoreTopics.ORGANIZATION_DELETED, id, path, Actors.current());
    }
}
