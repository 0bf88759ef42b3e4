package org.grassroots.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.internal.generations.DataGenerationsImpl;
import org.grassroots.core.api.CoreTopics;
import org.grassroots.core.api.IdNumbers;
import org.grassroots.core.api.LeaveRequest;
import org.grassroots.core.api.Leaving;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberDraft;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.Transfer;
import org.grassroots.core.api.TransferRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.internal.persistence.MemberEntity;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.schema.CoreSchema;
import org.grassroots.core.internal.security.PersonalData;
import org.grassroots.core.internal.security.PersonalDataKeys;
import org.grassroots.core.internal.validation.MemberValidator;
import org.grassroots.core.internal.validation.Refusal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = { MemberService.class, MemberServiceImpl.class })
public class MemberServiceImpl implements MemberService {
    public static final String TYPE_NAME = "member";
    static final String TYPE = TYPE_NAME;

    private final JpaTemplate jpa;
    private final DataGenerationsImpl generations;
    private final CoreEvents events;
    /** Personal fields: masked for callers not entitled to them, never in clear in the audit trail. */
    private static final Set<String> PERSONAL = Set.of("idNumber", "phone");
    private final MemberValidator validator = new MemberValidator();
    private final PersonalData personalData;
    private final IdNumberLookups lookups;
    private final MemberSearch search;

    @Activate
    public MemberServiceImpl(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                             @Reference CoreEvents events, @Reference CoreSchema schema,
                             @Reference PersonalDataKeys keys, @Reference IdNumberLookups lookups,
                             @Reference DataGenerationsImpl generations) {
        this.jpa = jpa;
        this.generations = generations;
        this.lookups = lookups;
        this.events = events;
        this.personalData = keys.cipher();
        this.search = new MemberSearch(jpa, personalData, lookups, this::view, generations);
    }

    @Override
    public Optional<Member> find(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Optional<Member> found = Optional.ofNullable(em.find(MemberEntity.class, id)).filter(m -> visible(em, m))
                    .map(m -> m.toRecord(personalData));
            return found.map(m -> view(em, List.of(m)).get(0));
        });
    }

    @Override
    public Optional<MemberReference> reference(long id) {
        // no view(): nothing personal leaves, so nothing is audited
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(MemberEntity.class, id))
                .filter(m -> visible(em, m))
                .map(m -> new MemberReference(m.getId(), m.getName(), m.getOrganizationId(), m.getOrgPath())));
    }

    /** Whether the current caller may see this member at all (the rule of {@link Scopes#visibleMembers}). */
    private static boolean visible(EntityManager em, MemberEntity member) {
        return Scopes.visibleMembers(em).test(member);
    }

    /**
     * What the caller gets to see of these (visible) members: ID and phone numbers in full for the roles entitled
     * to them (and for a member's own record), masked otherwise. Every read of unmasked values is audited.
     */
    private List<Member> view(EntityManager em, List<Member> members) {
        Caller caller = Actors.caller();
        boolean entitled = !caller.system() && CorePermissions.SEE_PERSONAL_DATA.stream().anyMatch(caller::hasRole);
        List<Member> shown = new ArrayList<>(members.size());
        List<Long> unmasked = new ArrayList<>();
        for (Member m : members) {
            if (entitled || (caller.memberId() != null && caller.memberId() == m.id())) {
                shown.add(m);
                unmasked.add(m.id());
            } else {
                shown.add(masked(m));
            }
        }
        if (!unmasked.isEmpty()) {
            jpa.tx(TransactionType.Required, tx -> Audit.record(tx, "READ_PERSONAL", TYPE,
                    unmasked.size() == 1 ? unmasked.get(0) : null,
                    unmasked.size() == 1 ? "ID and phone number shown" : "ID and phone numbers of " + unmasked.size()
                            + " members shown: " + unmasked));
        }
        return shown;
    }

    /**
     * What anyone may see: ID and phone numbers masked, and no birth date, which the ID number encodes (with it
     * and the visible ends of the number only the county digits were left to guess).
     */
    static Member masked(Member m) {
        return new Member(m.id(), m.name(), m.sex(), m.ethnicity(), null, IdNumbers.mask(m.idNumber()),
                m.education(), m.phone() == null ? null : IdNumbers.maskPhone(m.phone()), m.category(), m.joinedOn(),
                m.fullMemberOn(), m.organizationId(), m.post(), m.status(), m.floatingDestination(),
                m.residenceCommunityId(), m.tags(), m.version());
    }

    @Override
    public Member get(long id) {
        return find(id).orElseThrow(() -> CoreMessages.notFound(TYPE, id));
    }

    @Override
    public Optional<Member> findByIdNumber(String idNumber) {
        return jpa.txExpr(TransactionType.Supports, em -> byIdNumber(em, idNumber).filter(m -> visible(em, m))
                .map(m -> view(em, List.of(m.toRecord(personalData))).get(0)));
    }

    Optional<MemberEntity> byIdNumber(EntityManager em, String idNumber) {
        return em.createQuery("SELECT m FROM MemberEntity m WHERE m.idNumberIndex = :n", MemberEntity.class)
                .setParameter("n", personalData.index(idNumber)).getResultList().stream().findFirst();
    }

    /** The blind index of an ID number, for bulk duplicate checks. */
    public String idNumberIndex(String idNumber) {
        return personalData.index(idNumber);
    }

    @Override
    public Page<Member> search(MemberQuery query, PageRequest page) {
        return search.page(query, page, false);
    }

    @Override
    public void forEach(MemberQuery query, Consumer<Member> each) {
        search.forEach(query, each);
    }

    @Override
    public List<Member> listed(List<Long> ids) {
        return search.listed(List.copyOf(ids));
    }

    /**
     * A page of an export: full ID and phone numbers for the roles entitled to them, each page audited as a
     * {@code READ_PERSONAL} read, as the export is the file people take away.
     */
    public Page<Member> exportPage(MemberQuery query, PageRequest page) {
        return search.page(query, page, true);
    }

    @Override
    public long count(MemberQuery query) {
        return search.count(query);
    }

    @Override
    public Member create(MemberDraft draft) {
        refuseDuplicateOutsideScope(draft == null ? null : draft.idNumber(), null, "create");
        Member created = ConstraintViolations.translated(() -> jpa.txExpr(TransactionType.Required, em -> {
            MemberEntity entity = insert(em, draft);
            em.flush();
            return entity.toRecord(personalData);
        }));
        events.post(CoreTopics.MEMBER_CREATED, created.id(), null, Actors.current(),
                Map.of(CoreTopics.TO_ORGANIZATION, created.organizationId()));
        return created;
    }

    /** Validates and inserts inside the caller's transaction; used by import and demo loading too. */
    MemberEntity insert(EntityManager em, MemberDraft draft) {
        List<Refusal> errors = new ArrayList<>(validator.refusals(draft, LocalDate.now()));
        if (draft.organizationId() != null) {
            checkInScope(em, draft.organizationId(), "organizationId", errors);
            checkPartyOrganization(em, draft.organizationId(), "organizationId", errors);
        }
        checkResidence(em, draft.residenceCommunityId(), errors);
        Refusal.throwIfAny(errors);
        Optional<MemberEntity> same = byIdNumber(em, draft.idNumber());
        if (same.isPresent()) {
            // whether a number is registered is itself personal data: see IdNumberLookups
            throw lookups.duplicate(visible(em, same.get()), same.get().getId(), "create");
        }
        MemberEntity entity = insertValidated(em, draft, draft.organizationId());
        generations.audit(em, "CREATE", TYPE, entity.getId(), null);
        return entity;
    }

    /**
     * A conflict with a member outside the caller's scope is refused before the write's transaction starts, so its
     * audit line (see {@link IdNumberLookups#duplicate}) is committed although the write is not.
     */
    private void refuseDuplicateOutsideScope(String idNumber, Long self, String where) {
        if (idNumber == null || !IdNumbers.isValid(idNumber)) {
            return;
        }
        Optional<Long> other = jpa.txExpr(TransactionType.Supports, em -> byIdNumber(em, idNumber)
                .filter(m -> !m.getId().equals(self) && !visible(em, m)).map(MemberEntity::getId));
        if (other.isPresent()) {
            throw lookups.duplicate(false, other.get(), where);
        }
    }

    /**
     * Inserts a draft already known to be valid. Bulk callers (import, demo data) check whole files at
     * once and write one audit line for the batch.
     */
    public MemberEntity insertValidated(EntityManager em, MemberDraft draft, long organizationId) {
        return insertValidated(em, draft, organizationId, em.find(OrganizationEntity.class, organizationId).getPath());
    }

    /**
     * The same with the unit's path known: an import reads its units' paths once, where loading the unit of every
     * row took a SELECT per row after each flush cleared the persistence context.
     */
    public MemberEntity insertValidated(EntityManager em, MemberDraft draft, long organizationId, String organizationPath) {
        MemberEntity entity = new MemberEntity();
        entity.apply(draft, personalData);
        entity.placeIn(organizationId, organizationPath);
        em.persist(entity);
        return entity;
    }

    /** A unit outside the caller's scope is reported exactly like one that does not exist. */
    static void checkInScope(EntityManager em, long organizationId, String field, List<Refusal> errors) {
        if (em.find(OrganizationEntity.class, organizationId) != null && !Scopes.visible(em, organizationId)) {
            errors.add(refusal(field, "unit.noId", organizationId));
        }
    }

    static void checkPartyOrganization(EntityManager em, long organizationId, String field, List<Refusal> errors) {
        OrganizationEntity organization = em.find(OrganizationEntity.class, organizationId);
        if (organization == null) {
            errors.add(refusal(field, "unit.noId", organizationId));
        } else if (!organization.getPartyOrgType().isPartyOrganization()) {
            errors.add(refusal(field, "unit.noPartyOrganization", organization.getCode()));
        }
    }

    private static void checkResidence(EntityManager em, Long communityId, List<Refusal> errors) {
        if (communityId == null) {
            return;
        }
        OrganizationEntity community = em.find(OrganizationEntity.class, communityId);
        if (community == null) {
            errors.add(refusal("residenceCommunityId", "unit.noId", communityId));
        } else if (community.getUnitType() != UnitType.COMMUNITY && community.getUnitType() != UnitType.VILLAGE) {
            errors.add(refusal("residenceCommunityId", "unit.notCommunity", community.getCode()));
        }
    }

    @Override
    public Member update(long id, long version, MemberDraft draft) {
        refuseDuplicateOutsideScope(draft == null ? null : draft.idNumber(), id, "update");
        Member updated = ConstraintViolations.translated(() -> jpa.txExpr(TransactionType.Required, em -> {
            MemberEntity entity = current(em, id, version);
            MemberLeavings.requireOnRoll(em, entity);
            MemberDraft checked = withOrganization(draft, entity.getOrganizationId());
            List<Refusal> errors = new ArrayList<>(validator.refusals(checked, LocalDate.now()));
            checkResidence(em, checked.residenceCommunityId(), errors);
            Refusal.throwIfAny(errors);
            Optional<MemberEntity> sameId = byIdNumber(em, checked.idNumber());
            if (sameId.isPresent() && !sameId.get().getId().equals(entity.getId())) {
                throw lookups.duplicate(visible(em, sameId.get()), sameId.get().getId(), "update");
            }
            Member before = entity.toRecord(personalData);
            entity.apply(checked, personalData);
            em.flush();
            Member after = entity.toRecord(personalData);
            generations.audit(em, "UPDATE", TYPE, id, null, Audit.changes(before, after, PERSONAL));
            return after;
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
        if (entity == null || !visible(em, entity)) {
            throw CoreMessages.notFound(TYPE, id);
        }
        if (entity.getVersion() != version) {
            throw CoreMessages.stale(TYPE, id, version, entity.getVersion());
        }
        return entity;
    }

    @Override
    public Member transfer(long id, TransferRequest request) {
        MemberTransfers.checked(request, LocalDate.now());
        long[] from = new long[1];
        Member moved = ConstraintViolations.translated(() -> jpa.txExpr(TransactionType.Required, em -> {
            MemberEntity entity = current(em, id, request.version());
            from[0] = MemberTransfers.move(em, entity, request);
            generations.audit(em, "TRANSFER", TYPE, id, from[0] + " -> " + request.toOrganizationId(),
                    List.of(new org.grassroots.core.api.audit.FieldChange("organizationId", String.valueOf(from[0]),
                            String.valueOf(request.toOrganizationId()))));
            em.flush();
            return entity.toRecord(personalData);
        }));
        events.post(CoreTopics.MEMBER_TRANSFERRED, id, null, Actors.current(),
                Map.of(CoreTopics.FROM_ORGANIZATION, from[0], CoreTopics.TO_ORGANIZATION, moved.organizationId()));
        return moved;
    }

    @Override
    public List<Transfer> transfers(long memberId) {
        get(memberId);
        return jpa.txExpr(TransactionType.Supports, em -> MemberTransfers.of(em, memberId));
    }

    @Override
    public void delete(long id, long version) {
        ConstraintViolations.translated(() -> jpa.txExpr(TransactionType.Required, em -> {
            MemberEntity entity = current(em, id, version);
            MemberLeavings.requireOnRoll(em, entity);
            generations.audit(em, "DELETE", TYPE, id, entity.getName() + " (organization " + entity.getOrganizationId() + ")");
            em.remove(entity);
            return id;
        }));
        events.post(CoreTopics.MEMBER_DELETED, id, null, Actors.current());
    }

    @Override
    public Member leave(long id, LeaveRequest request) {
        String note = MemberLeavings.checked(request, LocalDate.now());
        Member left = ConstraintViolations.translated(() -> jpa.txExpr(TransactionType.Required, em -> {
            MemberEntity entity = current(em, id, request.version() == null ? currentVersion(em, id) : request.version());
            MemberLeavings.leave(em, entity, request, note);
            generations.changed(DataGenerationsImpl.CORE);
            em.flush();
            return entity.toRecord(personalData);
        }));
        events.post(CoreTopics.MEMBER_UPDATED, id, null, Actors.current());
        return left;
    }

    @Override
    public Member restore(long id, Long version, LocalDate restoredOn) {
        Member back = ConstraintViolations.translated(() -> jpa.txExpr(TransactionType.Required, em -> {
            MemberEntity entity = current(em, id, version == null ? currentVersion(em, id) : version);
            MemberLeavings.restore(em, entity, restoredOn, LocalDate.now());
            generations.changed(DataGenerationsImpl.CORE);
            em.flush();
            return entity.toRecord(personalData);
        }));
        events.post(CoreTopics.MEMBER_UPDATED, id, null, Actors.current());
        return back;
    }

    /** The version a write without one (leaving, restoring: they overwrite no field) checks against. */
    private static long currentVersion(EntityManager em, long id) {
        MemberEntity entity = em.find(MemberEntity.class, id);
        return entity == null ? -1 : entity.getVersion();
    }

    @Override
    public List<Leaving> leavings(long memberId) {
        get(memberId);
        return jpa.txExpr(TransactionType.Supports, em -> MemberLeavings.of(em, memberId));
    }

    /** A refused field with its bilingual message (a key of core's messages). */
    static Refusal refusal(String field, String key, Object... args) {
        return new Refusal(field, CoreMessages.message(key, args));
    }
}
