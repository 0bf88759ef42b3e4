package org.grassroots.position.internal;

import java.io.InputStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.io.RowReader;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.io.Spreadsheets;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The use of the positions (阵地使用): visits and services delivered per month and service type, entered by the
 * position's staff or imported from a spreadsheet (阵地编号, 月份, 服务类型, 到访人次, 服务次数; every bad cell refuses
 * the whole file, nothing stored). An entry replaces the counts of its position, month and type.
 */
@Component(service = Visits.class)
public class Visits {
    static final String TYPE = "position.visit";
    static final int MAX = 1_000_000;
    static final List<String> HEADERS = List.of("阵地编号", "月份", "服务类型", "到访人次", "服务次数");

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Positions positions;
    private final Spreadsheets spreadsheets;

    @Activate
    public Visits(@Reference(target = PositionModule.UNIT) JpaTemplate jpa, @Reference(target = PositionModule.SCHEMA) ModuleSchema schema,
                  @Reference ModuleScopes scopes, @Reference AuditLog audit, @Reference Positions positions,
                  @Reference Spreadsheets spreadsheets) {
        this.jpa = jpa;
        this.scope = scopes.of(PositionModule.ID);
        this.audit = audit;
        this.positions = positions;
        this.spreadsheets = spreadsheets;
    }

    public VisitCount record(long positionId, VisitDraft draft) {
        if (draft == null) {
            throw PosText.TEXT.invalid("body", "body.required", "{period, serviceType, visits, services}");
        }
        ValidationException.Builder errors = ValidationException.builder();
        Integer period = period(draft.period(), errors, "period");
        if (draft.serviceType() == null) {
            errors.add("serviceType", PosText.TEXT.message("field.required"));
        }
        count(errors, "visits", draft.visits());
        count(errors, "services", draft.services());
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            PositionEntity p = positions.visible(em, positionId);
            scope.requireEnabled(p.organizationId);
            VisitEntity v = store(em, p, period, draft.serviceType(), draft.visits(), draft.services(), actor);
            audit.record("UPDATE", TYPE, v.id, p.name + " " + text(period) + " " + draft.serviceType().name(),
                    List.of(new FieldChange("visits", null, String.valueOf(v.visits))));
            return toRecord(v);
        });
    }

    /** The position's counts of a year, by month and type. */
    public List<VisitCount> list(long positionId, int year) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            positions.visible(em, positionId);
            return em.createQuery("SELECT v FROM VisitEntity v WHERE v.positionId = :p AND v.period >= :from AND v.period <= :to "
                            + "ORDER BY v.period, v.serviceType", VisitEntity.class)
                    .setParameter("p", positionId).setParameter("from", year * 100 + 1).setParameter("to", year * 100 + 12)
                    .getResultList().stream().map(Visits::toRecord).toList();
        });
    }

    /** Imports a spreadsheet of counts for positions in the unit's subtree: all rows or none. */
    public VisitImport importSheet(Long unitId, FileFormat format, InputStream in) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        Sheet sheet = spreadsheets.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet, HEADERS);
        reader.throwIfRejected();
        record Row(long positionId, int period, ServiceType type, int visits, int services) {
        }
        List<Row> rows = new ArrayList<>();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<Long, PositionEntity> found = new HashMap<>();
            for (SheetRow row : sheet.rows()) {
                Long id = reader.longInteger(row, HEADERS.get(0), true);
                String month = reader.text(row, HEADERS.get(1), true);
                ServiceType type = reader.choice(row, HEADERS.get(2), true, ServiceType.class, ServiceType::parse, ServiceType::label);
                Integer visits = reader.integer(row, HEADERS.get(3), true);
                Integer services = reader.integer(row, HEADERS.get(4), true);
                PositionEntity p = id == null ? null : found.computeIfAbsent(id, k -> em.find(PositionEntity.class, k));
                if (id != null && (p == null || !p.orgPath.startsWith(unit.path()))) {
                    reader.reject(row, HEADERS.get(0), PosText.TEXT.message("sync.unknown", id));
                }
                ValidationException.Builder cell = ValidationException.builder();
                Integer period = month == null ? null : period(month, cell, "period");
                if (visits != null) {
                    count(cell, "visits", visits);
                }
                if (services != null) {
                    count(cell, "services", services);
                }
                if (!cell.isEmpty()) {
                    cell.build().errors().forEach(e -> reader.reject(row, header(e.field()), e.reason()));
                }
                if (p != null && period != null && type != null && visits != null && services != null && cell.isEmpty()) {
                    rows.add(new Row(p.id, period, type, visits, services));
                }
            }
            reader.throwIfRejected();
            long v = 0;
            long s = 0;
            for (Row r : rows) {
                store(em, found.get(r.positionId()), r.period(), r.type(), r.visits(), r.services(), actor);
                v += r.visits();
                s += r.services();
            }
            audit.record("IMPORT", TYPE, null, unit.name() + ": " + rows.size() + " row(s)", List.of());
            return new VisitImport(rows.size(), v, s);
        });
    }

    private static String header(String field) {
        return switch (field) {
            case "period" -> HEADERS.get(1);
            case "visits" -> HEADERS.get(3);
            default -> HEADERS.get(4);
        };
    }

    VisitEntity store(EntityManager em, PositionEntity p, int period, ServiceType type, int visits, int services, String actor) {
        VisitEntity v = em.createQuery("SELECT v FROM VisitEntity v WHERE v.positionId = :p AND v.period = :m AND v.serviceType = :t",
                        VisitEntity.class).setParameter("p", p.id).setParameter("m", period).setParameter("t", type)
                .getResultList().stream().findFirst().orElse(null);
        if (v == null) {
            v = new VisitEntity();
            v.positionId = p.id;
            v.period = period;
            v.serviceType = type;
            em.persist(v);
        }
        v.organizationId = p.organizationId;
        v.orgPath = p.orgPath;
        v.visits = visits;
        v.services = services;
        v.recordedAt = UtcTimes.now();
        v.recordedBy = actor;
        em.flush();
        return v;
    }

    private static void count(ValidationException.Builder errors, String field, Integer value) {
        if (value == null) {
            errors.add(field, PosText.TEXT.message("field.required"));
        } else if (value < 0 || value > MAX) {
            errors.add(field, PosText.TEXT.message("field.range", 0, MAX));
        }
    }

    /** A month such as 2024-05 between 2000-01 and this month, as yyyymm. */
    static Integer period(String text, ValidationException.Builder errors, String field) {
        if (text == null || text.isBlank()) {
            errors.add(field, PosText.TEXT.message("field.required"));
            return null;
        }
        try {
            YearMonth m = YearMonth.parse(text.trim());
            if (m.getYear() < 2000 || m.isAfter(YearMonth.now())) {
                errors.add(field, PosText.TEXT.message("visit.period"));
                return null;
            }
            return m.getYear() * 100 + m.getMonthValue();
        } catch (DateTimeParseException e) {
            errors.add(field, PosText.TEXT.message("visit.period"));
            return null;
        }
    }

    static String text(int period) {
        return String.format("%d-%02d", period / 100, period % 100);
    }

    static VisitCount toRecord(VisitEntity v) {
        return new VisitCount(v.positionId, text(v.period), v.serviceType, v.visits, v.services, UtcTimes.instant(v.recordedAt),
                v.recordedBy);
    }
}
