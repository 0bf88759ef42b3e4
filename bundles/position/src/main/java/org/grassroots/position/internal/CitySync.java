package org.grassroots.position.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
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
import org.grassroots.core.api.text.Message;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The export to the city-level grassroots data system (全市基层数据管理系统) in the documented schema
 * ({@value #SCHEMA}, docs/modules/position-city-schema.json): JSON, or XLSX/CSV through core's spreadsheet service
 * with the same columns; all positions of a subtree, or only those changed since the city system's last
 * acknowledgement. The acknowledgement names each recorded position with the version it recorded: that version
 * becomes the position's synced marker (a position changed after the export stays to be sent).
 */
@Component(service = CitySync.class)
public class CitySync {
    static final String SCHEMA = "grassroots-position-city/1";
    static final String TYPE = "position.sync";
    static final int MAX_ACK = 5000;
    static final List<String> HEADERS = List.of("阵地编号", "数据版本", "阵地名称", "层级代码", "层级", "所属单位代码", "所属单位",
            "状态代码", "状态", "地址", "面积（平方米）", "功能室", "功能代码", "开放时间", "纬度", "经度", "线上阵地名称", "线上阵地地址",
            "特色综合阵地", "曾报送");
    /** The columns an acknowledgement sheet needs (the export's first two). */
    static final List<String> ACK_HEADERS = HEADERS.subList(0, 2);

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Spreadsheets spreadsheets;
    private final OrganizationService organizations;

    @Activate
    public CitySync(@Reference(target = PositionModule.UNIT) JpaTemplate jpa, @Reference(target = PositionModule.SCHEMA) ModuleSchema schema,
                    @Reference ModuleScopes scopes, @Reference AuditLog audit, @Reference Spreadsheets spreadsheets,
                    @Reference OrganizationService organizations) {
        this.jpa = jpa;
        this.scope = scopes.of(PositionModule.ID);
        this.audit = audit;
        this.spreadsheets = spreadsheets;
        this.organizations = organizations;
    }

    /** The export as data (the JSON answer; the spreadsheets hold the same rows). */
    public CityExport export(Long unitId, boolean changedOnly) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        List<CityRecord> records = jpa.txExpr(TransactionType.Supports, em -> {
            List<PositionEntity> rows = em.createQuery("SELECT p FROM PositionEntity p WHERE p.orgPath LIKE :path"
                            + (changedOnly ? " AND (p.syncedVersion IS NULL OR p.syncedVersion <> p.version)" : "")
                            + " ORDER BY p.id", PositionEntity.class)
                    .setParameter("path", unit.path() + "%").getResultList();
            Map<Long, Organization> hosts = new HashMap<>();
            List<CityRecord> result = new ArrayList<>();
            for (PositionEntity p : rows) {
                Organization host = hosts.computeIfAbsent(p.organizationId, organizations::get);
                result.add(new CityRecord(p.id, p.version, p.name, p.level.name(), p.level.labels().zhCN(), host.code(), host.name(),
                        p.status.name(), p.status.labels().zhCN(), p.address, p.area, Positions.rooms(p),
                        Positions.functions(p).stream().map(Enum::name).toList(), p.openingHours, p.latitude, p.longitude,
                        p.onlineName, p.onlineUrl, p.featured == 1, p.syncedVersion != null));
            }
            return result;
        });
        audit.record("EXPORT", TYPE, null, unit.name() + ": " + records.size() + (changedOnly ? " changed" : "") + " position(s)",
                List.of());
        return new CityExport(SCHEMA, Instant.now(), unit.code(), changedOnly, records.size(), records);
    }

    /** The export as a spreadsheet: one row per position, the schema's fields in its order. */
    public void write(CityExport export, FileFormat format, OutputStream out) {
        List<List<String>> rows = new ArrayList<>();
        for (CityRecord r : export.positions()) {
            rows.add(List.of(String.valueOf(r.id()), String.valueOf(r.version()), r.name(), r.level(), r.levelName(), r.hostCode(),
                    r.hostName(), r.status(), r.statusName(), text(r.address()), r.area() == null ? "" : r.area().toPlainString(),
                    String.join("、", r.rooms()), String.join(",", r.functions()), text(r.openingHours()),
                    r.latitude() == null ? "" : r.latitude().toPlainString(), r.longitude() == null ? "" : r.longitude().toPlainString(),
                    text(r.onlineName()), text(r.onlineUrl()), r.featured() ? "是" : "否", r.previouslySynced() ? "是" : "否"));
        }
        try {
            spreadsheets.write(format, HEADERS, rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /**
     * Records the city system's acknowledgement: each entry's version becomes the position's synced marker when it
     * is the position's current version; an older version (the position changed since the export) is listed back
     * and the position stays to be sent. Entries naming no position in scope, or a version it never had, refuse the
     * whole acknowledgement (422 naming each), nothing stored.
     */
    public AckResult acknowledge(CityAck ack) {
        ValidationException.Builder errors = ValidationException.builder();
        String batch = ack == null ? null : errors.line("batch", ack.batch(), 100, false);
        List<AckEntry> entries = ack == null || ack.positions() == null ? List.of() : ack.positions();
        if (entries.isEmpty() || entries.size() > MAX_ACK) {
            errors.add("positions", PosText.TEXT.message("sync.entries", MAX_ACK));
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> record(em, batch, entries,
                (i, part, reason) -> errors.add("positions[" + i + "]" + (part == null ? "" : "." + part), reason), errors::throwIfAny));
    }

    /**
     * The acknowledgement as the city system sends it back as a spreadsheet: the export's columns 阵地编号 and 数据版本
     * (other columns ignored), one position a row. Every bad cell refuses the whole file with its row and column,
     * nothing stored.
     */
    public AckResult importAcknowledgement(String batchName, FileFormat format, InputStream in) {
        ValidationException.Builder errors = ValidationException.builder();
        String batch = errors.line("batch", batchName, 100, false);
        errors.throwIfAny();
        Sheet sheet = spreadsheets.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet, ACK_HEADERS);
        reader.throwIfRejected();
        List<SheetRow> rows = sheet.rows();
        if (rows.isEmpty() || rows.size() > MAX_ACK) {
            throw PosText.TEXT.invalid("file", "sync.entries", MAX_ACK);
        }
        List<AckEntry> entries = new ArrayList<>();
        for (SheetRow row : rows) {
            entries.add(new AckEntry(reader.longInteger(row, ACK_HEADERS.get(0), true), reader.longInteger(row, ACK_HEADERS.get(1), true)));
        }
        return jpa.txExpr(TransactionType.Required, em -> record(em, batch, entries,
                (i, part, reason) -> {
                    if (entries.get(i).id() != null && entries.get(i).version() != null) {
                        reader.reject(rows.get(i), "version".equals(part) ? ACK_HEADERS.get(1) : ACK_HEADERS.get(0), reason);
                    }
                }, reader::throwIfRejected));
    }

    /** Where an entry of an acknowledgement is refused: its index, the part ("id", "version" or null) and why. */
    private interface Refusal {
        void refuse(int index, String part, Message reason);
    }

    private AckResult record(EntityManager em, String batch, List<AckEntry> entries, Refusal refuse, Runnable throwIfRefused) {
        String actor = scope.actor();
        List<Long> changedSince = new ArrayList<>();
        List<PositionEntity> recorded = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            AckEntry e = entries.get(i);
            if (e == null || e.id() == null || e.version() == null) {
                refuse.refuse(i, null, PosText.TEXT.message("sync.entry"));
                continue;
            }
            PositionEntity p = em.find(PositionEntity.class, e.id());
            if (p == null || !scope.inScope(p.organizationId)) {
                refuse.refuse(i, "id", PosText.TEXT.message("sync.unknown", e.id()));
                continue;
            }
            if (!seen.add(p.id)) {
                refuse.refuse(i, "id", PosText.TEXT.message("field.duplicate", e.id()));
            } else if (e.version() > p.version || e.version() < 0) {
                refuse.refuse(i, "version", PosText.TEXT.message("sync.version", e.version(), p.version));
            } else if (e.version() < p.version) {
                changedSince.add(p.id);
            } else {
                recorded.add(p);
            }
        }
        throwIfRefused.run();
        LocalDateTime now = UtcTimes.now();
        em.flush();
        for (PositionEntity p : recorded) {
            // plain SQL: the marker is not a change of the position, its version stays (a JPQL bulk update would
            // move the version, and the position would count as changed at once)
            em.createNativeQuery("UPDATE POS_POSITION SET SYNCED_VERSION = ?, SYNCED_AT = ? WHERE ID = ?")
                    .setParameter(1, p.version).setParameter(2, Timestamp.valueOf(now)).setParameter(3, p.id)
                    .executeUpdate();
        }
        audit.record("ACKNOWLEDGE", TYPE, null, (batch == null ? "" : batch + ": ") + recorded.size() + " recorded, "
                + changedSince.size() + " changed since (by " + actor + ")",
                List.of(new FieldChange("synced", null, String.valueOf(recorded.size()))));
        return new AckResult(recorded.size(), changedSince);
    }
}
