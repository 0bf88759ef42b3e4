package org.grassroots.rural.internal;

import org.grassroots.core.api.UtcTimes;

import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.security.ForbiddenException;
import org.grassroots.rural.internal.Entities.EnterpriseEntity;
import org.grassroots.rural.internal.Entities.NeedEntity;
import org.grassroots.rural.internal.Entities.PairingEntity;
import org.grassroots.rural.internal.Entities.VillageProfileEntity;
import org.grassroots.rural.internal.Views.Enterprise;
import org.grassroots.rural.internal.Views.EnterpriseDraft;
import org.grassroots.rural.internal.Views.Need;
import org.grassroots.rural.internal.Views.NeedDraft;
import org.grassroots.rural.internal.Views.NeedRecommendations;
import org.grassroots.rural.internal.Views.Pairing;
import org.grassroots.rural.internal.Views.PairingDraft;
import org.grassroots.rural.internal.Views.Repairing;
import org.grassroots.rural.internal.Views.VillageProfile;
import org.grassroots.rural.internal.Views.VillageProfileDraft;
import org.grassroots.rural.internal.match.EnterpriseProfile;
import org.grassroots.rural.internal.match.Geo;
import org.grassroots.rural.internal.match.Keywords;
import org.grassroots.rural.internal.match.NeedProfile;
import org.grassroots.rural.internal.match.Recommendation;
import org.grassroots.rural.internal.match.Recommender;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Enterprises that help villages, the villages' needs, 结对 pairings and their recommendation. */
@Component(service = Pairings.class)
public class Pairings {
    static final String TYPE = "pairing";

    private final JpaTemplate jpa;
    private final RuralAudit audit;
    private final Villages villages;
    private final ModuleScope scope;

    @Activate
    public Pairings(@Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa, @Reference Villages villages,
                    @Reference(target = RuralModule.SCHEMA) ModuleSchema schema, @Reference RuralAudit audit, @Reference ModuleScopes scopes) {
        this.jpa = jpa;
        this.audit = audit;
        this.villages = villages;
        this.scope = scopes.of(RuralModule.ID);
    }

    // ---- enterprises

    /**
     * Registers an enterprise owned by {@code draft.organizationId()}, or by the caller's scope unit when none is
     * given; the owner must lie in the caller's subtree.
     */
    public Enterprise createEnterprise(EnterpriseDraft draft, String actor) {
        validate(draft);
        long owner = owner(draft.organizationId());
        return jpa.txExpr(TransactionType.Required, em -> {
            EnterpriseEntity e = new EnterpriseEntity();
            apply(e, draft);
            e.organizationId = owner;
            em.persist(e);
            em.flush();
            audit.record("CREATE", "enterprise", e.id, e.name);
            return enterprise(e);
        });
    }

    public Enterprise updateEnterprise(long id, long expectedVersion, EnterpriseDraft draft, String actor) {
        validate(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            EnterpriseEntity e = findEnterprise(em, id);
            if (!EnterpriseOwners.editable(e.organizationId, scope.scopePath(), scope::inScope)) {
                throw new ForbiddenException("enterprise " + id + " was registered by unit " + e.organizationId
                        + " above your scope; only that unit edits it");
            }
            if (e.version != expectedVersion) {
                throw ConflictException.stale("enterprise", id, expectedVersion, e.version);
            }
            Long owner = draft.organizationId() == null ? e.organizationId : Long.valueOf(owner(draft.organizationId()));
            apply(e, draft);
            e.organizationId = owner;
            audit.record("UPDATE", "enterprise", id, e.name);
            em.flush();
            return enterprise(e);
        });
    }

    public Enterprise enterprise(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> enterprise(findEnterprise(em, id)));
    }

    /** The enterprises the caller sees (see {@link EnterpriseOwners}) whose name, industry, business or keywords contain {@code text}. */
    public List<Enterprise> enterprises(String text) {
        String needle = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(java.util.Locale.ROOT) + "%";
        return jpa.txExpr(TransactionType.Supports, em -> {
            StringBuilder jpql = new StringBuilder("SELECT e FROM EnterpriseEntity e WHERE 1 = 1");
            Map<String, Object> parameters = new HashMap<>();
            visibleOwners(em, jpql, parameters);
            if (needle != null) {
                jpql.append(" AND (LOWER(e.name) LIKE :q OR LOWER(e.industry) LIKE :q OR LOWER(e.mainBusiness) LIKE :q"
                        + " OR LOWER(e.keywords) LIKE :q)");
                parameters.put("q", needle);
            }
            var query = em.createQuery(jpql + " ORDER BY e.id", EnterpriseEntity.class);
            parameters.forEach(query::setParameter);
            return query.getResultList().stream().map(Pairings::enterprise).toList();
        });
    }

    /**
     * Narrows an enterprise query to the owners the caller sees: the few distinct owners are checked against the
     * caller's scope and passed to the query as ids.
     */
    private void visibleOwners(EntityManager em, StringBuilder jpql, Map<String, Object> parameters) {
        String scopePath = scope.scopePath();
        if (scopePath == null) {
            return;
        }
        List<Long> owners = em.createQuery("SELECT DISTINCT e.organizationId FROM EnterpriseEntity e "
                        + "WHERE e.organizationId IS NOT NULL", Long.class).getResultList().stream()
                .filter(owner -> EnterpriseOwners.visible(owner, scopePath, scope::inScope)).toList();
        if (owners.isEmpty()) {
            jpql.append(" AND e.organizationId IS NULL");
        } else {
            jpql.append(" AND (e.organizationId IS NULL OR e.organizationId IN :owners)");
            parameters.put("owners", owners);
        }
    }

    /** Whether the caller may change the enterprise (it was registered in their subtree); 404 when they do not see it. */
    public boolean mayEdit(long id) {
        return jpa.txExpr(TransactionType.Supports, em ->
                EnterpriseOwners.editable(findEnterprise(em, id).organizationId, scope.scopePath(), scope::inScope));
    }

    /** The enterprise, if the caller sees it (404 otherwise, as if it did not exist). */
    private EnterpriseEntity findEnterprise(EntityManager em, long id) {
        EnterpriseEntity e = em.find(EnterpriseEntity.class, id);
        if (e == null || !EnterpriseOwners.visible(e.organizationId, scope.scopePath(), scope::inScope)) {
            throw new NotFoundException("enterprise", id);
        }
        return e;
    }

    /** The owning unit of an enterprise: the one given or the caller's scope unit; it must lie in the caller's subtree. */
    private long owner(Long requested) {
        Long owner = requested != null ? requested : scope.scopeUnit();
        if (owner == null) {
            throw new ValidationException(FieldError.of("organizationId",
                    "required: the unit (street or district) that registers the enterprise"));
        }
        if (!scope.inScope(owner)) {
            throw new ValidationException(FieldError.of("organizationId", "no unit " + owner + " in your scope"));
        }
        return owner;
    }

    private static void validate(EnterpriseDraft d) {
        if (d == null) {
            throw new ValidationException(FieldError.of("body",
                    "required: {name, industry, mainBusiness, capacities, keywords, latitude, longitude}"));
        }
        List<FieldError> errors = new ArrayList<>();
        text(errors, "name", d.name(), 200, true);
        text(errors, "industry", d.industry(), 100, true);
        text(errors, "mainBusiness", d.mainBusiness(), 1000, true);
        text(errors, "keywords", d.keywords(), 1000, false);
        if (d.capacities() == null || d.capacities().isEmpty()) {
            errors.add(FieldError.of("capacities", "at least one of " + Arrays.toString(NeedType.values())));
        }
        if (!Geo.valid(d.latitude(), d.longitude())) {
            errors.add(FieldError.of("latitude", "latitude (-90..90) and longitude (-180..180) are required"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "required"));
            }
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "at most " + max + " characters"));
        }
    }

    private static void apply(EnterpriseEntity e, EnterpriseDraft d) {
        e.name = d.name().trim();
        e.industry = d.industry().trim();
        e.mainBusiness = d.mainBusiness().trim();
        e.capacities = ";" + d.capacities().stream().map(Enum::name).sorted().collect(Collectors.joining(";")) + ";";
        e.keywords = Keywords.store(Keywords.parse(d.keywords()));
        e.latitude = d.latitude();
        e.longitude = d.longitude();
    }

    private static Set<NeedType> capacities(String stored) {
        Set<NeedType> types = EnumSet.noneOf(NeedType.class);
        for (String part : stored.split(";")) {
            if (!part.isEmpty()) {
                types.add(NeedType.valueOf(part));
            }
        }
        return types;
    }

    private static Enterprise enterprise(EnterpriseEntity e) {
        return new Enterprise(e.id, e.name, e.industry, e.mainBusiness, capacities(e.capacities), Keywords.load(e.keywords),
                e.latitude, e.longitude, e.organizationId, e.version);
    }

    // ---- village profiles (location, main industry)

    public VillageProfile saveProfile(long villageId, long expectedVersion, VillageProfileDraft draft, String actor) {
        villages.requireVillage(villageId, "villageId");
        if (draft == null || !Geo.valid(draft.latitude(), draft.longitude())) {
            throw new ValidationException(FieldError.of("latitude", "latitude (-90..90) and longitude (-180..180) are required"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            VillageProfileEntity p = em.find(VillageProfileEntity.class, villageId);
            long actual = p == null ? 0 : p.version;
            if (actual != expectedVersion) {
                throw ConflictException.stale("village profile", villageId, expectedVersion, actual);
            }
            if (p == null) {
                p = new VillageProfileEntity();
                p.villageId = villageId;
                p.orgPath = villages.path(villageId);
                p.version = 1;
                em.persist(p);
            }
            p.latitude = draft.latitude();
            p.longitude = draft.longitude();
            p.mainIndustry = draft.mainIndustry();
            audit.record("UPDATE", "village profile", villageId, p.latitude + "," + p.longitude);
            em.flush();
            return new VillageProfile(p.villageId, p.latitude, p.longitude, p.mainIndustry, p.version);
        });
    }

    public VillageProfile profile(long villageId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            VillageProfileEntity p = em.find(VillageProfileEntity.class, villageId);
            if (p == null) {
                throw new NotFoundException("village profile", villageId);
            }
            return new VillageProfile(p.villageId, p.latitude, p.longitude, p.mainIndustry, p.version);
        });
    }

    // ---- needs

    public Need createNeed(NeedDraft draft, String actor) {
        validate(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            NeedEntity n = new NeedEntity();
            apply(n, draft);
            em.persist(n);
            em.flush();
            audit.record("CREATE", "need", n.id, n.type + " " + n.description);
            return need(n);
        });
    }

    public Need updateNeed(long id, long expectedVersion, NeedDraft draft, String actor) {
        validate(draft);
        return jpa.txExpr(TransactionType.Required, em -> {
            NeedEntity n = em.find(NeedEntity.class, id);
            if (n == null) {
                throw new NotFoundException("need", id);
            }
            if (n.version != expectedVersion) {
                throw ConflictException.stale("need", id, expectedVersion, n.version);
            }
            apply(n, draft);
            audit.record("UPDATE", "need", id, n.type + " " + n.description + (n.open ? "" : " (met)"));
            em.flush();
            return need(n);
        });
    }

    public Need need(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            NeedEntity n = em.find(NeedEntity.class, id);
            if (n == null) {
                throw new NotFoundException("need", id);
            }
            return need(n);
        });
    }

    /** The needs of the given villages (the caller's, from {@link Villages#enabledUnder}), of one type or all. */
    public List<Need> needs(VillageSet inScope, NeedType type) {
        if (inScope.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("SELECT n FROM NeedEntity n WHERE n.orgPath LIKE :under"
                    + (type == null ? "" : " AND n.type = :type") + " ORDER BY n.id", NeedEntity.class)
                    .setParameter("under", inScope.under());
            if (type != null) {
                query.setParameter("type", type);
            }
            return query.getResultList().stream().map(this::need).toList();
        });
    }

    private void validate(NeedDraft d) {
        if (d == null) {
            throw new ValidationException(FieldError.of("body", "required: {villageId, type, description, keywords}"));
        }
        List<FieldError> errors = new ArrayList<>();
        try {
            villages.requireVillage(d.villageId(), "villageId");
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (d.type() == null) {
            errors.add(FieldError.of("type", "required: one of " + Arrays.toString(NeedType.values())));
        }
        text(errors, "description", d.description(), 1000, true);
        text(errors, "keywords", d.keywords(), 1000, false);
        text(errors, "industry", d.industry(), 100, false);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void apply(NeedEntity n, NeedDraft d) {
        if (n.orgPath == null || n.villageId != d.villageId()) {
            n.orgPath = villages.path(d.villageId());
        }
        n.villageId = d.villageId();
        n.type = d.type();
        n.industry = d.industry() == null || d.industry().isBlank() ? null : d.industry().trim();
        n.description = d.description().trim();
        n.keywords = Keywords.store(Keywords.parse(d.keywords()));
        n.open = d.open() == null || d.open();
    }

    private Need need(NeedEntity n) {
        return new Need(n.id, n.villageId, villages.name(n.villageId), n.type, n.industry, n.description,
                Keywords.load(n.keywords), n.open, n.version);
    }

    // ---- pairings

    public Pairing propose(PairingDraft draft, String actor) {
        if (draft == null) {
            throw new ValidationException(FieldError.of("body", "required: {enterpriseId, villageId, needId}"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (draft.enterpriseId() == null) {
            errors.add(FieldError.of("enterpriseId", "required"));
        }
        try {
            villages.requireVillage(draft.villageId(), "villageId");
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            EnterpriseEntity enterprise = em.find(EnterpriseEntity.class, draft.enterpriseId());
            if (enterprise == null || !EnterpriseOwners.visible(enterprise.organizationId, scope.scopePath(), scope::inScope)) {
                throw new ValidationException(FieldError.of("enterpriseId", "no enterprise with id " + draft.enterpriseId()));
            }
            if (draft.needId() != null) {
                NeedEntity need = em.find(NeedEntity.class, draft.needId());
                if (need == null || need.villageId != draft.villageId()) {
                    throw new ValidationException(FieldError.of("needId", "no need " + draft.needId() + " of village " + draft.villageId()));
                }
            }
            long open = em.createQuery("SELECT COUNT(p) FROM PairingEntity p WHERE p.enterpriseId = :e AND p.villageId = :v "
                            + "AND p.status <> :ended", Long.class).setParameter("e", draft.enterpriseId())
                    .setParameter("v", draft.villageId()).setParameter("ended", PairingStatus.ENDED).getSingleResult();
            if (open > 0) {
                throw new ConflictException("enterprise " + draft.enterpriseId() + " and village " + draft.villageId()
                        + " already have a pairing that has not ended");
            }
            PairingEntity p = new PairingEntity();
            p.enterpriseId = draft.enterpriseId();
            p.villageId = draft.villageId();
            p.orgPath = villages.path(draft.villageId());
            p.needId = draft.needId();
            p.status = PairingStatus.PROPOSED;
            p.proposedAt = UtcTimes.now();
            p.proposedBy = actor;
            em.persist(p);
            em.flush();
            audit.record("PROPOSE", TYPE, p.id, "enterprise " + p.enterpriseId + " - village " + p.villageId);
            return pairing(em, p);
        });
    }

    /** Moves a pairing along its workflow; {@code reason}/{@code successful} only for ENDED. */
    public Pairing move(long id, long expectedVersion, PairingStatus target, String reason, Boolean successful, String actor) {
        if (target == PairingStatus.ENDED && (reason == null || reason.isBlank())) {
            throw new ValidationException(FieldError.of("reason", "required: why the pairing ends"));
        }
        if (reason != null && reason.length() > 1000) {
            throw new ValidationException(FieldError.of("reason", "at most 1000 characters"));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            PairingEntity p = em.find(PairingEntity.class, id);
            if (p == null) {
                throw new NotFoundException(TYPE, id);
            }
            if (p.version != expectedVersion) {
                throw ConflictException.stale(TYPE, id, expectedVersion, p.version);
            }
            p.status.requireMoveTo(target, id);
            audit.record(target.name(), TYPE, id, p.status + " -> " + target + (reason == null ? "" : ": " + reason));
            p.status = target;
            switch (target) {
                case AGREED -> {
                    p.agreedAt = UtcTimes.now();
                    p.agreedBy = actor;
                }
                case ACTIVE -> {
                    p.activatedAt = UtcTimes.now();
                    p.activatedBy = actor;
                }
                case ENDED -> {
                    p.endedAt = UtcTimes.now();
                    p.endedBy = actor;
                    p.endReason = reason.trim();
                    p.successful = successful;
                }
                default -> throw new IllegalStateException(target.name());
            }
            em.flush();
            return pairing(em, p);
        });
    }

    public Pairing pairing(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            PairingEntity p = em.find(PairingEntity.class, id);
            if (p == null) {
                throw new NotFoundException(TYPE, id);
            }
            return pairing(em, p);
        });
    }

    /** The pairings of the given villages (the caller's, from {@link Villages#enabledUnder}), in one status or all. */
    public List<Pairing> pairings(VillageSet inScope, PairingStatus status) {
        if (inScope.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            var query = em.createQuery("SELECT p, e.name FROM PairingEntity p, EnterpriseEntity e WHERE e.id = p.enterpriseId "
                    + "AND p.orgPath LIKE :under" + (status == null ? "" : " AND p.status = :status") + " ORDER BY p.id",
                    Object[].class).setParameter("under", inScope.under());
            if (status != null) {
                query.setParameter("status", status);
            }
            return query.getResultList().stream().map(row -> pairing((PairingEntity) row[0], (String) row[1])).toList();
        });
    }

    private Pairing pairing(EntityManager em, PairingEntity p) {
        return pairing(p, em.find(EnterpriseEntity.class, p.enterpriseId).name);
    }

    private Pairing pairing(PairingEntity p, String enterpriseName) {
        return new Pairing(p.id, p.enterpriseId, enterpriseName, p.villageId, villages.name(p.villageId), p.needId, p.status,
                UtcTimes.instant(p.proposedAt), p.proposedBy, UtcTimes.instant(p.agreedAt), p.agreedBy,
                UtcTimes.instant(p.activatedAt), p.activatedBy, UtcTimes.instant(p.endedAt), p.endedBy, p.endReason,
                p.successful, p.version);
    }

    // ---- recommendation

    /**
     * Everything the recommender needs, read in one transaction: {@code enterprises} are the ones the caller may be
     * recommended (see {@link EnterpriseOwners}), {@code byId} holds every enterprise (an existing pairing's fit is
     * judged whoever registered the enterprise); needs and current pairings are those of the villages asked for.
     */
    public record Snapshot(List<EnterpriseProfile> enterprises, Map<Long, EnterpriseProfile> byId,
                           Map<Long, List<NeedProfile>> openNeeds, Map<Long, NeedEntity> needs, List<PairingEntity> current) {
    }

    /** The recommender's view of the given villages ({@code null}: every village). */
    public Snapshot snapshot(VillageSet inScope) {
        String inVillages = inScope == null ? "" : " AND x.orgPath LIKE :under";
        return jpa.txExpr(TransactionType.Supports, em -> {
            // an enterprise's load and outcomes count every pairing it has, wherever the village
            Map<Long, int[]> load = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT p.enterpriseId, p.status, p.successful, COUNT(p) FROM PairingEntity p "
                    + "GROUP BY p.enterpriseId, p.status, p.successful", Object[].class).getResultList()) {
                int[] counts = load.computeIfAbsent((Long) row[0], k -> new int[3]);
                int n = ((Number) row[3]).intValue();
                if (row[1] == PairingStatus.ACTIVE) {
                    counts[0] += n;
                } else if (row[1] == PairingStatus.ENDED && row[2] != null) {
                    counts[1] += n;
                    if ((Boolean) row[2]) {
                        counts[2] += n;
                    }
                }
            }
            var currentQuery = em.createQuery("SELECT x FROM PairingEntity x WHERE x.status <> :ended" + inVillages
                    + " ORDER BY x.id", PairingEntity.class).setParameter("ended", PairingStatus.ENDED);
            var profileQuery = em.createQuery("SELECT x FROM VillageProfileEntity x WHERE 1 = 1" + inVillages,
                    VillageProfileEntity.class);
            // a parameter, not the literal TRUE: EclipseLink prints TRUE as 1 on Derby, which rejects BOOLEAN = INTEGER
            var needQuery = em.createQuery("SELECT x FROM NeedEntity x WHERE x.open = :open" + inVillages + " ORDER BY x.id",
                    NeedEntity.class).setParameter("open", Boolean.TRUE);
            if (inScope != null) {
                currentQuery.setParameter("under", inScope.under());
                profileQuery.setParameter("under", inScope.under());
                needQuery.setParameter("under", inScope.under());
            }
            List<PairingEntity> current = currentQuery.getResultList();

            String scopePath = scope.scopePath();
            Map<Long, Boolean> ownerInScope = new HashMap<>(); // enterprises share a few owners
            List<EnterpriseProfile> enterprises = new ArrayList<>();
            Map<Long, EnterpriseProfile> byId = new HashMap<>();
            for (EnterpriseEntity e : em.createQuery("SELECT e FROM EnterpriseEntity e ORDER BY e.id", EnterpriseEntity.class)
                    .getResultList()) {
                int[] counts = load.getOrDefault(e.id, new int[3]);
                EnterpriseProfile profile = new EnterpriseProfile(e.id, e.name, e.industry, e.mainBusiness,
                        capacities(e.capacities), Keywords.load(e.keywords), e.latitude, e.longitude, counts[0], counts[1],
                        counts[2]);
                byId.put(e.id, profile);
                if (EnterpriseOwners.visible(e.organizationId, scopePath,
                        owner -> ownerInScope.computeIfAbsent(owner, scope::inScope))) {
                    enterprises.add(profile);
                }
            }
            Map<Long, VillageProfileEntity> profiles = new HashMap<>();
            profileQuery.getResultList().forEach(p -> profiles.put(p.villageId, p));
            Map<Long, List<NeedProfile>> openNeeds = new HashMap<>();
            Map<Long, NeedEntity> needs = new HashMap<>();
            for (NeedEntity n : needQuery.getResultList()) {
                VillageProfileEntity where = profiles.get(n.villageId);
                String industry = n.industry != null ? n.industry : where == null ? null : where.mainIndustry;
                openNeeds.computeIfAbsent(n.villageId, k -> new ArrayList<>()).add(new NeedProfile(n.id, n.villageId, n.type,
                        industry, Keywords.load(n.keywords), where == null ? Double.NaN : where.latitude,
                        where == null ? Double.NaN : where.longitude));
                needs.put(n.id, n);
            }
            return new Snapshot(enterprises, byId, openNeeds, needs, current);
        });
    }

    /** The best enterprises for each open need of the village, each score explained. */
    public List<NeedRecommendations> recommend(long villageId, int limit) {
        Organization village = villages.requireVillage(villageId, "village");
        Snapshot snapshot = snapshot(VillageSet.of(village));
        List<NeedRecommendations> result = new ArrayList<>();
        for (NeedProfile need : snapshot.openNeeds().getOrDefault(villageId, List.of())) {
            result.add(new NeedRecommendations(need(snapshot.needs().get(need.needId())),
                    Recommender.rank(need, snapshot.enterprises(), limit)));
        }
        return result;
    }

    /**
     * Current (not ended) pairings in the given villages whose enterprise no longer fits any open need of the
     * village (精准帮扶), each with the best enterprise to pair instead.
     */
    public List<Repairing> repairing(VillageSet inScope) {
        Snapshot snapshot = snapshot(inScope);
        List<Repairing> result = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        snapshot.enterprises().forEach(e -> names.put(e.id(), e.name()));
        for (PairingEntity p : snapshot.current()) {
            List<NeedProfile> needs = snapshot.openNeeds().getOrDefault(p.villageId, List.of());
            EnterpriseProfile enterprise = snapshot.byId().get(p.enterpriseId);
            if (needs.isEmpty() || enterprise == null) {
                continue;
            }
            NeedProfile bestNeed = needs.stream().max(Comparator.comparingDouble(n -> Recommender.fit(n, enterprise))).get();
            double fit = Recommender.fit(bestNeed, enterprise);
            if (!Recommender.matches(bestNeed, enterprise)) {
                NeedProfile target = p.needId != null ? needs.stream().filter(n -> n.needId() == p.needId).findFirst()
                        .orElse(needs.get(0)) : needs.get(0);
                List<Recommendation> alternatives = Recommender.rank(target, snapshot.enterprises(), 1);
                result.add(new Repairing(pairing(p, names.get(p.enterpriseId)), fit,
                        String.format(java.util.Locale.ROOT, "%s fits the village's open needs at %.0f%% (below %.0f%%)",
                                enterprise.name(), fit * 100, 25.0),
                        alternatives.isEmpty() ? null : alternatives.get(0)));
            }
        }
        return result;
    }

    /** Villages (of those given) with an ACTIVE pairing, and the mean fit of active pairings to their village's needs. */
    public double[] coverageAndQuality(VillageSet inScope) {
        Snapshot snapshot = snapshot(inScope);
        Set<Long> paired = new java.util.HashSet<>();
        double fitSum = 0;
        int fitCount = 0;
        for (PairingEntity p : snapshot.current()) {
            if (p.status != PairingStatus.ACTIVE) {
                continue;
            }
            paired.add(p.villageId);
            List<NeedProfile> needs = snapshot.openNeeds().getOrDefault(p.villageId, List.of());
            EnterpriseProfile enterprise = snapshot.byId().get(p.enterpriseId);
            if (!needs.isEmpty() && enterprise != null) {
                fitSum += needs.stream().mapToDouble(n -> Recommender.fit(n, enterprise)).max().orElse(0);
                fitCount++;
            }
        }
        return new double[] {paired.size(), fitCount == 0 ? 0 : fitSum / fitCount, fitCount};
    }
}
