package org.grassroots.community.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * 双报到 (a): pairings of institutions' and enterprises' Party organizations with communities for a period, ended with
 * a reason; the coverage view lists every community of a subtree with its paired units and flags those without.
 * A pairing counts for a year when its period overlaps the year and it had not ended before the year began.
 */
@Component(service = Pairings.class)
public class Pairings {
    static final String TYPE = "community.pairing";
    static final int MAX_COMMUNITIES = 500;

    private final JpaTemplate jpa;
    private final CommunityUnits units;
    private final ModuleScope scope;
    private final OrganizationService organizations;
    private final AuditLog audit;

    @Activate
    public Pairings(@Reference(target = CommunityModule.UNIT) JpaTemplate jpa, @Reference CommunityUnits units,
                    @Reference OrganizationService organizations, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.units = units;
        this.scope = units.scope();
        this.organizations = organizations;
        this.audit = audit;
    }

    public Pairing create(PairingDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", CommunityMessages.TEXT.message("body.required", "{communityId, partnerId, startsOn}"));
        }
        ValidationException.Builder errors = ValidationException.builder();
        Organization community = units.community(draft.communityId(), "communityId", errors);
        Long partnerId = draft.partnerId();
        if (partnerId == null) {
            errors.required("partnerId", null);
        } else {
            // the partner may lie outside the caller's subtree (a district institution pairs with a street's community):
            // it must exist; where the caller sees it, it must not be a community, village or grid itself
            Organization seen = organizations.find(partnerId).orElse(null);
            if (scope.path(partnerId) == null || seen != null && (seen.unitType() == UnitType.COMMUNITY
                    || seen.unitType() == UnitType.VILLAGE || seen.unitType() == UnitType.GRID)) {
                errors.add("partnerId", CommunityMessages.TEXT.message("pairing.partner", partnerId));
            }
        }
        errors.date("startsOn", draft.startsOn(), CommunityUnits.EARLIEST, CommunityUnits.LATEST, true);
        if (draft.endsOn() != null && draft.startsOn() != null && !draft.endsOn().isAfter(draft.startsOn())) {
            errors.add("endsOn", CommunityMessages.TEXT.message("pairing.endsBeforeStart"));
        }
        String resources = errors.note("resources", draft.resources(), 2000, false);
        String needs = errors.note("needs", draft.needs(), 2000, false);
        String projects = errors.note("projects", draft.projects(), 2000, false);
        errors.throwIfAny();
        long partner = partnerId;
        String partnerName = scope.name(partnerId);
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (!em.createQuery("SELECT x.id FROM PairingEntity x WHERE x.communityId = :c AND x.partnerId = :p AND x.status = :active",
                            Long.class).setParameter("c", community.id()).setParameter("p", partner)
                    .setParameter("active", PairingStatus.ACTIVE).getResultList().isEmpty()) {
                throw CommunityMessages.TEXT.conflict("pairing.exists", partnerName, community.name());
            }
            PairingEntity e = store(em, community, partner, draft.startsOn(), draft.endsOn(), resources, needs, projects, actor);
            audit.record("PAIR", TYPE, e.id, partnerName + " - " + community.name(), List.of());
            return toRecord(e);
        });
    }

    PairingEntity store(EntityManager em, Organization community, long partnerId, LocalDate startsOn, LocalDate endsOn,
                        String resources, String needs, String projects, String actor) {
        PairingEntity e = new PairingEntity();
        e.communityId = community.id();
        e.orgPath = community.path();
        e.partnerId = partnerId;
        e.startsOn = startsOn;
        e.endsOn = endsOn;
        e.resources = resources;
        e.needs = needs;
        e.projects = projects;
        e.status = PairingStatus.ACTIVE;
        e.createdAt = UtcTimes.now();
        e.createdBy = actor;
        em.persist(e);
        em.flush();
        return e;
    }

    /** Ends an active pairing (调整对口社区) on a day, with the reason. */
    public Pairing end(long id, long version, TermEnd end) {
        ValidationException.Builder errors = ValidationException.builder();
        LocalDate on = errors.date("endedOn", end == null ? null : end.endedOn(), CommunityUnits.EARLIEST, LocalDate.now(), true);
        String reason = errors.line("reason", end == null ? null : end.reason(), 1000, true);
        return jpa.txExpr(TransactionType.Required, em -> {
            PairingEntity e = visible(em, id);
            errors.throwIfAny();
            if (e.version != version) {
                throw CommunityMessages.TEXT.stale(TYPE, id, version, e.version);
            }
            e.status.requireMoveTo(PairingStatus.ENDED, "结对", "Pairing", id);
            e.status = PairingStatus.ENDED;
            e.endedOn = on;
            e.endReason = reason;
            e.endedAt = UtcTimes.now();
            e.endedBy = scope.actor();
            em.flush();
            audit.record("END", TYPE, id, reason, List.of());
            return toRecord(e);
        });
    }

    public Pairing get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(visible(em, id)));
    }

    public Page<Pairing> search(Long unitId, PairingStatus status, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        String where = " WHERE p.orgPath LIKE :path" + (status == null ? "" : " AND p.status = :status");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<PairingEntity> select = em.createQuery("SELECT p FROM PairingEntity p" + where
                    + " ORDER BY p.orgPath, p.id", PairingEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM PairingEntity p" + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                q.setParameter("path", unit.path() + "%");
                if (status != null) {
                    q.setParameter("status", status);
                }
            }
            List<Pairing> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(this::toRecord).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /**
     * Every community under the unit with the units paired with it in the year (those without are flagged, first), the
     * members registered with it at the year's end and the confirmed hours served there in the year.
     */
    public Coverage coverage(Long unitId, int year) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return coverage(unit, year);
    }

    Coverage coverage(Organization unit, int year) {
        List<Organization> communities = communities(unit);
        Map<Long, List<String>> partners = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> overlapping(em, "SELECT p.communityId, p.partnerId FROM PairingEntity p",
                Object[].class, unit.path(), year).getResultList()).forEach(row -> partners.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                .add(scope.name((Long) row[1])));
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year + 1, 1, 1);
        Map<Long, Long> registered = new HashMap<>();
        Map<Long, Double> hours = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> {
            em.createQuery("SELECT r.communityId, COUNT(r) FROM RegistrationEntity r WHERE r.orgPath LIKE :path AND r.registeredOn < :to "
                            + "AND (r.cancelledOn IS NULL OR r.cancelledOn >= :to) GROUP BY r.communityId", Object[].class)
                    .setParameter("path", unit.path() + "%").setParameter("to", to).getResultList()
                    .forEach(row -> registered.put((Long) row[0], ((Number) row[1]).longValue()));
            em.createQuery("SELECT h.communityId, SUM(h.hours) FROM HoursEntity h WHERE h.orgPath LIKE :path AND h.status = :confirmed "
                            + "AND h.servedOn >= :from AND h.servedOn < :to GROUP BY h.communityId", Object[].class)
                    .setParameter("path", unit.path() + "%").setParameter("confirmed", HoursStatus.CONFIRMED)
                    .setParameter("from", from).setParameter("to", to).getResultList()
                    .forEach(row -> hours.put((Long) row[0], ((Number) row[1]).doubleValue()));
            return null;
        });
        List<CoverageRow> rows = new ArrayList<>();
        for (Organization c : communities) {
            List<String> names = partners.getOrDefault(c.id(), List.of());
            Organization street = scope.nearest(c, UnitType.STREET).orElse(null);
            rows.add(new CoverageRow(c.id(), c.code(), c.name(), street == null ? null : street.name(), names, names.isEmpty(),
                    registered.getOrDefault(c.id(), 0L), hours.getOrDefault(c.id(), 0.0)));
        }
        rows.sort(Comparator.comparing(CoverageRow::flagged).reversed().thenComparing(CoverageRow::code));
        int covered = (int) rows.stream().filter(r -> !r.flagged()).count();
        return new Coverage(unit.id(), year, rows.size(), covered, rows);
    }

    /** The community units under {@code unit} (core's tree; the count is the report's 48 for the demo district). */
    List<Organization> communities(Organization unit) {
        return organizations.search(new OrganizationQuery(null, unit.id(), UnitType.COMMUNITY, null, null, null),
                new PageRequest(0, MAX_COMMUNITIES, "code")).items();
    }

    /** Pairings under {@code path} that were in force during {@code year}: {@code select} with the year's conditions. */
    static <T> TypedQuery<T> overlapping(EntityManager em, String select, Class<T> type, String path, int year) {
        return em.createQuery(select + " WHERE p.orgPath LIKE :path AND p.startsOn < :to "
                        + "AND (p.endsOn IS NULL OR p.endsOn >= :from) AND (p.endedOn IS NULL OR p.endedOn >= :from)", type)
                .setParameter("path", path + "%").setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1));
    }

    private PairingEntity visible(EntityManager em, long id) {
        PairingEntity e = em.find(PairingEntity.class, id);
        if (e == null) {
            throw CommunityMessages.TEXT.notFound(TYPE, id);
        }
        CommunityMessages.TEXT.requireVisible(scope, e.orgPath, TYPE, id);
        scope.requireEnabled(e.communityId);
        return e;
    }

    Pairing toRecord(PairingEntity e) {
        return new Pairing(e.id, e.communityId, scope.name(e.communityId), e.partnerId, scope.name(e.partnerId), e.startsOn,
                e.endsOn, e.resources, e.needs, e.projects, e.status, UtcTimes.instant(e.createdAt), e.createdBy, e.endedOn,
                UtcTimes.instant(e.endedAt), e.endedBy, e.endReason, e.version);
    }
}
