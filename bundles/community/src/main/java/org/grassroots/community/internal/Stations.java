package org.grassroots.community.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** 暖新驿站 stations of a community or street and their visits per month (recorded, corrected by overwriting). */
@Component(service = Stations.class)
public class Stations {
    static final String TYPE = "community.station";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public Stations(@Reference(target = CommunityModule.UNIT) JpaTemplate jpa, @Reference CommunityUnits units,
                    @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = units.scope();
        this.audit = audit;
    }

    public Station create(StationDraft draft) {
        if (draft == null) {
            throw ValidationException.of("body", CommunityMessages.TEXT.message("body.required", "{unitId, name, services, openingHours, openedOn}"));
        }
        ValidationException.Builder errors = ValidationException.builder();
        Organization unit = scope.referencedUnit(draft.unitId(), "unitId", errors);
        if (unit != null && unit.unitType() != UnitType.COMMUNITY && unit.unitType() != UnitType.STREET) {
            errors.add("unitId", CommunityMessages.TEXT.message("station.unit", unit.name()));
        }
        String name = errors.line("name", draft.name(), 200, true);
        String address = errors.line("address", draft.address(), 300, false);
        String services = errors.note("services", draft.services(), 1000, true);
        String hours = errors.line("openingHours", draft.openingHours(), 200, true);
        LocalDate opened = errors.date("openedOn", draft.openedOn(), CommunityUnits.EARLIEST, LocalDate.now(), true);
        errors.throwIfAny();
        scope.requireEnabled(unit.id());
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            StationEntity s = store(em, unit, name, address, services, hours, opened, actor);
            audit.record("CREATE", TYPE, s.id, name, List.of());
            return toRecord(s, 0);
        });
    }

    StationEntity store(EntityManager em, Organization unit, String name, String address, String services, String hours,
                        LocalDate opened, String actor) {
        StationEntity s = new StationEntity();
        s.unitId = unit.id();
        s.orgPath = unit.path();
        s.name = name;
        s.address = address;
        s.services = services;
        s.openingHours = hours;
        s.openedOn = opened;
        s.createdAt = UtcTimes.now();
        s.createdBy = actor;
        em.persist(s);
        em.flush();
        return s;
    }

    /** The stations under the unit with their visits in the year. */
    public List<Station> list(Long unitId, int year) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, Long> visits = new HashMap<>();
            em.createQuery("SELECT v.stationId, SUM(v.visits) FROM StationVisitsEntity v WHERE v.orgPath LIKE :path "
                            + "AND v.period >= :from AND v.period <= :to GROUP BY v.stationId", Object[].class)
                    .setParameter("path", unit.path() + "%").setParameter("from", year + "-01").setParameter("to", year + "-12")
                    .getResultList().forEach(row -> visits.put((Long) row[0], ((Number) row[1]).longValue()));
            return em.createQuery("SELECT s FROM StationEntity s WHERE s.orgPath LIKE :path ORDER BY s.orgPath, s.name",
                            StationEntity.class).setParameter("path", unit.path() + "%").getResultList().stream()
                    .map(s -> toRecord(s, visits.getOrDefault(s.id, 0L))).toList();
        });
    }

    /** Records (or corrects) the visits of a month; a month in the future is refused. */
    public StationVisits recordVisits(long stationId, String period, VisitsDraft draft) {
        ValidationException.Builder errors = ValidationException.builder();
        YearMonth month = month(period, errors);
        Integer visits = errors.whole("visits", draft == null ? null : draft.visits(), 0, 100_000, true);
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            StationEntity s = visible(em, stationId);
            errors.throwIfAny();
            StationVisitsEntity v = store(em, s, month, visits, actor);
            audit.record("VISITS", TYPE, stationId, month + ": " + visits, List.of());
            return toRecord(v);
        });
    }

    StationVisitsEntity store(EntityManager em, StationEntity s, YearMonth month, int visits, String actor) {
        StationVisitsEntity v = em.createQuery("SELECT v FROM StationVisitsEntity v WHERE v.stationId = :s AND v.period = :p",
                StationVisitsEntity.class).setParameter("s", s.id).setParameter("p", month.toString()).getResultList()
                .stream().findFirst().orElse(null);
        if (v == null) {
            v = new StationVisitsEntity();
            v.stationId = s.id;
            v.orgPath = s.orgPath;
            v.period = month.toString();
            em.persist(v);
        }
        v.visits = visits;
        v.recordedAt = UtcTimes.now();
        v.recordedBy = actor;
        em.flush();
        return v;
    }

    public List<StationVisits> visits(long stationId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em, stationId);
            return em.createQuery("SELECT v FROM StationVisitsEntity v WHERE v.stationId = :s ORDER BY v.period",
                    StationVisitsEntity.class).setParameter("s", stationId).getResultList().stream().map(Stations::toRecord).toList();
        });
    }

    static YearMonth month(String period, ValidationException.Builder errors) {
        try {
            YearMonth month = YearMonth.parse(period == null ? "" : period);
            if (month.isAfter(YearMonth.now()) || month.getYear() < 2000) {
                errors.add("period", CommunityMessages.TEXT.message("station.period"));
                return null;
            }
            return month;
        } catch (DateTimeParseException e) {
            errors.add("period", CommunityMessages.TEXT.message("station.period"));
            return null;
        }
    }

    private StationEntity visible(EntityManager em, long id) {
        StationEntity s = em.find(StationEntity.class, id);
        if (s == null) {
            throw CommunityMessages.TEXT.notFound(TYPE, id);
        }
        CommunityMessages.TEXT.requireVisible(scope, s.orgPath, TYPE, id);
        scope.requireEnabled(s.unitId);
        return s;
    }

    Station toRecord(StationEntity s, long visits) {
        return new Station(s.id, s.unitId, scope.name(s.unitId), s.name, s.address, s.services, s.openingHours, s.openedOn,
                visits, UtcTimes.instant(s.createdAt), s.createdBy, s.version);
    }

    static StationVisits toRecord(StationVisitsEntity v) {
        return new StationVisits(v.stationId, v.period, v.visits, UtcTimes.instant(v.recordedAt), v.recordedBy, v.version);
    }
}
