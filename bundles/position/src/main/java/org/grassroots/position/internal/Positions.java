package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.Like;
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
 * The registry of positions (阵地台账) on the service matrix: a position is hosted by a unit whose type agrees with
 * its level; rooms, functions, area, opening hours, address and coordinates, the online counterpart (双阵地), the
 * featured flag and the status. Every change records who and when and moves the version, which the city-system
 * export compares with the version the city system acknowledged last.
 */
@Component(service = Positions.class)
public class Positions {
    static final String TYPE = "position.position";
    static final int MAX_ROOMS = 30;
    private static final BigDecimal MAX_AREA = new BigDecimal("100000");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public Positions(@Reference(target = PositionModule.UNIT) JpaTemplate jpa, @Reference(target = PositionModule.SCHEMA) ModuleSchema schema,
                     @Reference ModuleScopes scopes, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(PositionModule.ID);
        this.audit = audit;
    }

    public Position create(PositionDraft draft) {
        if (draft == null) {
            throw PosText.TEXT.invalid("body", "body.required", "{organizationId, name, level, ...}");
        }
        if (draft.organizationId() == null) {
            // no host: refuse it together with every other field the form got wrong
            ValidationException.Builder errors = ValidationException.builder();
            errors.required("organizationId", null);
            checked(errors, draft, null);
            errors.throwIfAny();
        }
        Organization host = scope.enabledUnit(draft.organizationId(), "organizationId");
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            PositionEntity p = new PositionEntity();
            apply(em, p, host, draft);
            p.createdAt = UtcTimes.now();
            p.createdBy = actor;
            p.updatedAt = p.createdAt;
            p.updatedBy = actor;
            em.persist(p);
            em.flush();
            audit.record("CREATE", TYPE, p.id, p.name, List.of(new FieldChange("level", null, p.level.name()),
                    new FieldChange("status", null, p.status.name())));
            return toRecord(p, host.name());
        });
    }

    public Position update(long id, long version, PositionDraft draft) {
        if (draft == null) {
            throw PosText.TEXT.invalid("body", "body.required", "{organizationId, name, level, ...}");
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            PositionEntity p = visible(em, id);
            scope.requireEnabled(p.organizationId);
            Organization host = draft.organizationId() == null || draft.organizationId() == p.organizationId
                    ? scope.unit(p.organizationId, "organizationId") : scope.enabledUnit(draft.organizationId(), "organizationId");
            if (p.version != version) {
                throw ConflictException.stale(TYPE, id, version, p.version);
            }
            String before = describe(p);
            PositionStatus statusBefore = p.status;
            apply(em, p, host, draft);
            p.updatedAt = UtcTimes.now();
            p.updatedBy = actor;
            em.flush();
            audit.record("UPDATE", TYPE, id, p.name, List.of(new FieldChange("position", before, describe(p)),
                    new FieldChange("status", statusBefore.name(), p.status.name())));
            return toRecord(p, host.name());
        });
    }

    /** Validates the draft (every refused field at once) and writes it into the entity. */
    private void apply(EntityManager em, PositionEntity p, Organization host, PositionDraft d) {
        ValidationException.Builder errors = ValidationException.builder();
        Checked c = checked(errors, d, host);
        errors.throwIfAny();
        boolean sameName = em.createQuery("SELECT COUNT(p) FROM PositionEntity p WHERE p.organizationId = :org AND p.name = :name "
                        + "AND p.id <> :id", Long.class)
                .setParameter("org", host.id()).setParameter("name", c.name())
                .setParameter("id", p.id == null ? -1L : p.id).getSingleResult() > 0;
        if (sameName) {
            throw PosText.TEXT.conflict("position.duplicate", host.name(), c.name());
        }
        p.name = c.name();
        p.level = d.level();
        p.organizationId = host.id();
        p.orgPath = host.path();
        p.status = d.status() == null ? (p.status == null ? PositionStatus.PLANNED : p.status) : d.status();
        p.address = c.address();
        p.area = c.area();
        p.openingHours = c.hours();
        p.latitude = c.lat();
        p.longitude = c.lon();
        p.onlineName = c.onlineName();
        p.onlineUrl = c.onlineUrl();
        p.rooms = c.rooms().isEmpty() ? null : String.join("\n", c.rooms());
        p.functions = c.functions().isEmpty() ? null : String.join(",", c.functions().stream().map(Enum::name).toList());
        p.featured = (short) (Boolean.TRUE.equals(d.featured()) || (d.featured() == null && p.featured == 1) ? 1 : 0);
    }

    private record Checked(String name, String address, BigDecimal area, String hours, BigDecimal lat, BigDecimal lon,
                           String onlineName, String onlineUrl, List<String> rooms, LinkedHashSet<PositionFunction> functions) {
    }

    /** Checks every field of the draft into {@code errors}; the level against the host's unit type when there is a host. */
    private static Checked checked(ValidationException.Builder errors, PositionDraft d, Organization host) {
        String name = errors.line("name", d.name(), 200, true);
        if (d.level() == null) {
            errors.add("level", PosText.TEXT.message("field.required"));
        } else if (host != null && !d.level().agrees(host.unitType())) {
            errors.add("level", PosText.TEXT.message("position.levelHost", d.level(), host.name(), host.unitType().label(),
                    PositionLevel.of(host.unitType())));
        }
        String address = errors.line("address", d.address(), 300, false);
        BigDecimal area = errors.number("area", d.area(), new BigDecimal("0.1"), MAX_AREA, 1, false);
        String hours = errors.line("openingHours", d.openingHours(), 200, false);
        BigDecimal lat = errors.number("latitude", d.latitude(), new BigDecimal("3"), new BigDecimal("54"), 6, false);
        BigDecimal lon = errors.number("longitude", d.longitude(), new BigDecimal("73"), new BigDecimal("136"), 6, false);
        if ((d.latitude() == null) != (d.longitude() == null)) {
            errors.add(d.latitude() == null ? "latitude" : "longitude", PosText.TEXT.message("position.coordinatesPair"));
        }
        String onlineName = errors.line("onlineName", d.onlineName(), 200, false);
        String onlineUrl = errors.line("onlineUrl", d.onlineUrl(), 500, false);
        if (onlineUrl != null && !onlineUrl.matches("https?://[^\\s]+")) {
            errors.add("onlineUrl", PosText.TEXT.message("position.url"));
        }
        List<String> rooms = new ArrayList<>();
        if (d.rooms() != null) {
            if (d.rooms().size() > MAX_ROOMS) {
                errors.add("rooms", PosText.TEXT.message("position.rooms", MAX_ROOMS));
            }
            for (int i = 0; i < d.rooms().size() && i < MAX_ROOMS; i++) {
                String room = errors.line("rooms[" + i + "]", d.rooms().get(i), 50, true);
                if (room != null && rooms.contains(room)) {
                    errors.add("rooms[" + i + "]", PosText.TEXT.message("field.duplicate", room));
                } else if (room != null) {
                    rooms.add(room);
                }
            }
        }
        LinkedHashSet<PositionFunction> functions = new LinkedHashSet<>();
        if (d.functions() != null) {
            for (int i = 0; i < d.functions().size(); i++) {
                PositionFunction f = d.functions().get(i);
                if (f == null) {
                    errors.add("functions[" + i + "]", PosText.TEXT.message("field.required"));
                } else if (!functions.add(f)) {
                    errors.add("functions[" + i + "]", PosText.TEXT.message("field.duplicate", f));
                }
            }
        }
        return new Checked(name, address, area, hours, lat, lon, onlineName, onlineUrl, rooms, functions);
    }

    public Position get(long id) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            PositionEntity p = visible(em, id);
            return toRecord(p, scope.name(p.organizationId));
        });
    }

    /**
     * The positions of the unit's subtree: by level, status, featured, function, part of the name, or only those
     * changed since the city system's last acknowledgement.
     */
    public Page<Position> search(Long unitId, PositionLevel level, PositionStatus status, Boolean featured, PositionFunction function,
                                 String q, Boolean changed, PageRequest page) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        ValidationException.Builder errors = ValidationException.builder();
        String name = errors.line("q", q, 100, false);
        errors.throwIfAny();
        String where = " WHERE p.orgPath LIKE :path" + (level == null ? "" : " AND p.level = :level")
                + (status == null ? "" : " AND p.status = :status") + (featured == null ? "" : " AND p.featured = :featured")
                + (function == null ? "" : " AND p.functions LIKE :function") + (name == null ? "" : " AND p.name LIKE :name ESCAPE '!'")
                + (changed == null ? "" : changed ? " AND (p.syncedVersion IS NULL OR p.syncedVersion <> p.version)"
                : " AND p.syncedVersion = p.version");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<PositionEntity> select = em.createQuery("SELECT p FROM PositionEntity p" + where + Paging.orderBy(page.sort(),
                    Map.of("name", "p.name", "level", "p.level", "status", "p.status", "updatedAt", "p.updatedAt"),
                    "p.level, p.orgPath, p.name", "p.id"), PositionEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM PositionEntity p" + where, Long.class);
            for (TypedQuery<?> query : List.of(select, count)) {
                query.setParameter("path", unit.path() + "%");
                if (level != null) {
                    query.setParameter("level", level);
                }
                if (status != null) {
                    query.setParameter("status", status);
                }
                if (featured != null) {
                    query.setParameter("featured", (short) (featured ? 1 : 0));
                }
                if (function != null) {
                    query.setParameter("function", "%" + function.name() + "%");
                }
                if (name != null) {
                    query.setParameter("name", "%" + Like.escape(name) + "%");
                }
            }
            List<Position> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(p -> toRecord(p, scope.name(p.organizationId))).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    /** Sets the status (e.g. under renovation while an upgrade runs) in the caller's transaction. */
    void setStatus(PositionEntity p, PositionStatus status, String actor) {
        if (p.status != status) {
            PositionStatus before = p.status;
            p.status = status;
            p.updatedAt = UtcTimes.now();
            p.updatedBy = actor;
            audit.record("UPDATE", TYPE, p.id, p.name, List.of(new FieldChange("status", before.name(), status.name())));
        }
    }

    PositionEntity visible(EntityManager em, long id) {
        PositionEntity p = em.find(PositionEntity.class, id);
        if (p == null) {
            throw new NotFoundException(TYPE, id);
        }
        scope.requireVisible(p.orgPath, TYPE, id);
        return p;
    }

    private static String describe(PositionEntity p) {
        return String.join("; ", Objects.toString(p.name), Objects.toString(p.level), "host " + p.organizationId,
                Objects.toString(p.address, ""), Objects.toString(p.area, ""), Objects.toString(p.functions, ""),
                p.featured == 1 ? "featured" : "");
    }

    static List<String> rooms(PositionEntity p) {
        return p.rooms == null ? List.of() : List.of(p.rooms.split("\n"));
    }

    static List<PositionFunction> functions(PositionEntity p) {
        return p.functions == null ? List.of() : Arrays.stream(p.functions.split(",")).map(PositionFunction::valueOf).toList();
    }

    static Position toRecord(PositionEntity p, String hostName) {
        return new Position(p.id, p.name, p.level, p.organizationId, hostName, p.status, p.address, p.area, rooms(p), functions(p),
                p.openingHours, p.latitude, p.longitude, p.onlineName, p.onlineUrl, p.featured == 1,
                p.syncedVersion != null && p.syncedVersion == p.version, p.syncedVersion, UtcTimes.instant(p.syncedAt),
                UtcTimes.instant(p.createdAt), p.createdBy, UtcTimes.instant(p.updatedAt), p.updatedBy, p.version);
    }
}
