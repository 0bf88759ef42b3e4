package org.grassroots.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.CoreTopics;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.IdNumbers;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.Transfer;
import org.grassroots.core.api.TransferRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.internal.persistence.MemberEntity;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.persistence.TransferEntity;
import org.grassroots.core.internal.schema.CoreSchema;
import org.grassroots.core.internal.validation.MemberValidator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = { MemberService.class, MemberServiceImpl.class })
public class MemberServiceImpl implements MemberService {
    public static final String TYPE_NAME = "member";
    static final String TYPE = TYPE_NAME;
    private static final Set<String> SORTABLE = Set.of("name", "birthDate", "joinedOn", "category", "status",
            "organizationId", "id");

    private final JpaTemplate jpa;
    private final CoreEvents events;
    private final MemberValidator validator = new MemberValidator();

    @Activate
    public MemberServiceImpl(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                             @Reference CoreEvents events, @Reference CoreSchema schema) {
        this.jpa = jpa;
        this.events = events;
    }

    @Override
    public Optional<Member> find(long id) {
        return jpa.txExpr(TransactionType.Supports,
                em -> Optional.ofNullable(em.find(MemberEntity.class, id)).map(MemberEntity::toRecord));
    }

    @Override
    public Member get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    @Override
    public Optional<Member> findByIdNumber(String idNumber) {
        return jpa.txExpr(TransactionType.Supports, em -> byIdNumber(em, idNumber).map(MemberEntity::toRecord));
    }

    static Optional<MemberEntity> byIdNumber(EntityManager em, String idNumber) {
        return em.createQuery("SELECT m FROM MemberEntity m WHERE m.idNumber = :n", MemberEntity.class)
                .setParameter("n", IdNumbers.normalize(idNumber)).getResultList().stream().findFirst();
    }

    @Override
    public Page<Member> search(MemberQuery query, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Filter filter = filter(em, query);
            TypedQuery<MemberEntity> select = em.createQuery("SELECT m FROM MemberEntity m" + filter.from + filter.where
                    + Sorting.orderBy("m", page.sort(), SORTABLE, "name"), MemberEntity.class);
            filter.parameters.forEach(select::setParameter);
            List<Member> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                    .getResultList().stream().map(MemberEntity::toRecord).toList();
            return new Page<>(items, count(em, filter), page.page(), page.size());
        });
    }

    @Override
    public long count(MemberQuery query) {
        return jpa.txExpr(TransactionType.Supports, em -> count(em, filter(em, query)));
    }

    private static long count(EntityManager em, Filter filter) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM MemberEntity m" + filter.from + filter.where,
                Long.class);
        filter.parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private record Filter(String from, String where, Map<String, Object> parameters) {
    }

    private static Filter filter(EntityManager em, MemberQuery q) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String from = "";
        if (q.subtreeOf() != null) {
            OrganizationEntity root = em.find(OrganizationEntity.class, q.subtreeOf());
            if (root == null) {
                throw new NotFoundException(OrganizationServiceImpl.TYPE, q.subtreeOf());
            }
            // the subtree is one indexed prefix range on the organization path, joined by id
            from = ", OrganizationEntity o";
            clauses.add("m.organizationId = o.id AND o.path LIKE :prefix");
            parameters.put("prefix", root.getPath() + "%");
        }
        if (q.name() != null && !q.name().isBlank()) {
            clauses.add("m.name LIKE :name");
            parameters.put("name", "%" + q.name().trim() + "%");
        }
        if (q.idNumber() != null && !q.idNumber().isBlank()) {
            clauses.add("m.idNumber = :idNumber");
            parameters.put("idNumber", IdNumbers.normalize(q.idNumber()));
        }
        if (q.category() != null) {
            clauses.add("m.category = :category");
            parameters.put("category", q.category());
        }
        if (q.status() != null) {
            clauses.add("m.status = :status");
            parameters.put("status", q.status());
        }
        if (q.tag() != null && !q.tag().isBlank()) {
            clauses.add("m.tags LIKE :tag");
            parameters.put("tag", MemberEntity.tagPattern(q.tag()));
        }
        return new Filter(from, clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), parameters);
    }

    @Override
    public Member create(MemberDraft draft) {
        Member created = ConstraintViolations.translated(() -> jpa.txExpr(TransactionType.Required, em -> {
            MemberEntity entity = insert(em, draft);
            em.flush();
            return entity.toRecord();
        }));
        events.post(CoreTopics.MEMBER_CREATED, created.id(), null, Actors.current(),
                Map.of(CoreTopics.TO_ORGANIZATION, created.organizationId()));
        return created;
    }

    /** Validates and inserts inside the caller's transaction; used by import and demo loading too. */
    MemberEntity insert(EntityManager em, MemberDraft draft) {
        List<FieldError> errors = new ArrayList<>(validator.validate(draft, LocalDate.now()));
        if (draft.organizationId() != null) {
            checkPartyOrganization(em, draft.organizationId(), "organizationId", errors);
        }
        checkResidence(em, draft.residenceCommunityId(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (byIdNumber(em, draft.idNumber()).isPresent()) {
            throw new ValidationException(FieldError.of("idNumber", "another member already has this ID number"));
        }
        MemberEntity entity = insertValidated(em, draft, draft.organizationId());
        Audit.record(em, "CREATE", TYPE, entity.getId(), null);
        return entity;
    }

    /**
     * Inserts a draft already known to be valid. Bulk callers (import, demo data) check whole files at
     * once and write one audit line for the batch.
     */
    public MemberEntity insertValidated(EntityManager em, MemberDraft draft, long organizationId) {
        MemberEntity entity = new MemberEntity();
        entity.apply(draft);
        entity.setOrganizationId(organizationId);
        em.persist(entity);
        return entity;
    }

    static void checkPartyOrganization(EntityManager em, long organizationId, String field, List<FieldError> errors) {
        OrganizationEntity organization = em.find(OrganizationEntity.class, organizationId);
        if (organization == null) {
            errors.add(FieldError.of(field, "no unit with id " + organizationId));
        } else if (!organization.getPartyOrgType().isPartyOrganization()) {
            errors.add(FieldError.of(field, "unit " + organization.getCode() + " has no Party organization"));
        }
    }

    private static void checkResidence(EntityManager em, Long communityId, List<FieldError> errors) {
        if (communityId == null) {
            return;
        }
        OrganizationEntity community = em.find(OrganizationEntity.class, communityId);
        if (community == null) {
            errors.add(FieldError.of("residenceCommunityId", "no unit with id " + communityId));
        } else if (community.getUnitType() != UnitType.COMMUNITY && community.getUnitType() != UnitType.VILLAGE) {
            errors.add(FieldError.of("residenceCommunityId", "unit " + community.getCode() + " is not a community"));
        }
    }

    @Override
    public Member update(long id, long version, MemberDraft draft) {
        Member updated = ConstraintViolations.translated(() -> jpa.txExpr(TransactionType.Required, em -> {
            MemberEntity entity = current(em, id, version);
            MemberDraft checked = withOrganization(draft, entity.getOrganizationId());
            List<FieldError> errors = new ArrayList<>(validator.validate(checked, LocalDate.now()));
            checkResidence(em, checked.residenceCommunityId(), errors);
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Optional<MemberEntity> sameId = byIdNumber(em, checked.idNumber());
            if (sameId.isPresent() && !sameId.get().getId().equals(entity.getId())) {
                throw new ValidationException(FieldError.of("idNumber", "another member already has this ID number"));
            }
            entity.apply(checked);
            Audit.record(em, "UPDATE", TYPE, id, null);
            em.flush();
            return entity.toRecord();
        }));
        events.post(CoreTopics.MEMBER_UPDATED, id, null, Actors.current());
        return updated;
    }

    private static MemberDraft withOrganization(MemberDraft d, long organizationId) {
        return new MemberDraft(d.name(), d.sex(), d.ethnicity(), d.birthDate(), d.idNumber(), d.education(), d.phone(),
                d.category(), d.joinedOn(), d.fullMemberOn(), organizationId, d.post(), d.status(),
                d.floatingDestination(), d.residenceCommunityId(), d.tags());
    }

    private static MemberEntity current(EntityManager em, long id, long version) {
        MemberEntity entity = em.find(MemberEntity.class, id);
        if (entity == null) {
            throw new NotFoundException(TYPE, id);
        }
        if (entity.getVersion() != version) {
            throw ConflictException.stale(TYPE, id, version, entity.getVersion());
        }
        return entity;
    }

    @Override
    public Member transfer(long id, TransferRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.toOrganizationId() == null) {
            errors.add(FieldError.of("toOrganizationId", "required"));
        }
        if (request.version() == null) {
            errors.add(FieldError.of("version", "required: the member's current version"));
        }
        if (request.transferredOn() != null && request.transferredOn().isAfter(LocalDate.now())) {
            errors.add(FieldError.of("transferredOn", "must not be in the future"));
        }
        if (request.reason() != null && request.reason().length() > 500) {
            errors.add(FieldError.of("reason", "at most 500 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long[] from = new long[1];
        Member moved = ConstraintViolations.translated(() -> jpa.txExpr(TransactionType.Required, em -> {
            MemberEntity entity = current(em, id, request.version());
            List<FieldError> targetErrors = new ArrayList<>();
            checkPartyOrganization(em, request.toOrganizationId(), "toOrganizationId", targetErrors);
            if (!targetErrors.isEmpty()) {
                throw new ValidationException(targetErrors);
            }
            if (entity.getOrganizationId() == request.toOrganizationId()) {
                throw new ValidationException(FieldError.of("toOrganizationId", "the member already belongs to it"));
            }
            from[0] = entity.getOrganizationId();
            em.persist(new TransferEntity(id, entity.getOrganizationId(), request.toOrganizationId(),
                    request.transferredOn() == null ? LocalDate.now() : request.transferredOn(), request.reason(),
                    Actors.current(), Instant.now()));
            entity.setOrganizationId(request.toOrganizationId());
            Audit.record(em, "TRANSFER", TYPE, id, from[0] + " -> " + request.toOrganizationId());
            em.flush();
            return entity.toRecord();
        }));
        events.post(CoreTopics.MEMBER_TRANSFERRED, id, null, Actors.current(),
                Map.of(CoreTopics.FROM_ORGANIZATION, from[0], CoreTopics.TO_ORGANIZATION, moved.organizationId()));
        return moved;
    }

    @Override
    public List<Transfer> transfers(long memberId) {
        get(memberId);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT t FROM TransferEntity t WHERE t.memberId = :m ORDER BY t.recordedAt, t.id", TransferEntity.class)
                .setParameter("m", memberId).getResultList().stream().map(TransferEntity::toRecord).toList());
    }

    @Override
    public void delete(long id, long version) {
        ConstraintViolations.translated(() -> jpa.txExpr(TransactionType.Required, em -> {
            MemberEntity entity = current(em, id, version);
            Audit.record(em, "DELETE", TYPE, id, null);
            em.remove(entity);
            return id;
        }));
        events.post(CoreTopics.MEMBER_DELETED, id, null, Actors.current());
    }
}
