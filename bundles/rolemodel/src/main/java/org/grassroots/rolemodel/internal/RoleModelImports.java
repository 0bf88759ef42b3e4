package org.grassroots.rolemodel.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.MemberReference;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.io.RowReader;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.io.Spreadsheets;
import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The lists people keep in spreadsheets, imported all or nothing (XLSX or CSV): the role models a unit found (名单,
 * registered at 发现) and the service records of the campaigns (服务台账). Every row is checked as the form checks it;
 * one refused cell refuses the whole file with every refused row and column named (422), so nothing is stored
 * until the file is right. Units are named by code, members by their number in the platform (党员编号).
 */
@Component(service = RoleModelImports.class)
public class RoleModelImports {
    static final List<String> MODEL_HEADERS = List.of("类别", "单位代码", "党员编号", "名称", "领域", "年度", "发现日期", "主要事迹");
    static final List<String> SERVICE_HEADERS = List.of("活动", "单位代码", "党员编号", "服务内容", "服务对象", "时长（小时）", "服务日期");
    private static final Map<String, String> MODEL_COLUMNS = Map.of("memberId", "党员编号", "name", "名称", "year", "年度",
            "discoveredOn", "发现日期", "deeds", "主要事迹");
    private static final Map<String, String> SERVICE_COLUMNS = Map.of("memberId", "党员编号", "what", "服务内容",
            "beneficiary", "服务对象", "hours", "时长（小时）", "servedOn", "服务日期");

    /** What an import stored: the rows read. */
    public record Imported(int rows) {
    }

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final Spreadsheets spreadsheets;
    private final OrganizationService organizations;
    private final MemberService members;
    private final RoleModels models;
    private final ServiceRecords services;

    @Activate
    public RoleModelImports(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa,
                            @Reference(target = RoleModelModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                            @Reference AuditLog audit, @Reference Spreadsheets spreadsheets, @Reference OrganizationService organizations,
                            @Reference MemberService members, @Reference RoleModels models, @Reference ServiceRecords services) {
        this.jpa = jpa;
        this.scope = scopes.of(RoleModelModule.ID);
        this.audit = audit;
        this.spreadsheets = spreadsheets;
        this.organizations = organizations;
        this.members = members;
        this.models = models;
        this.services = services;
    }

    /** One row read: the unit, the member (or null) and the checked values. */
    private record Subject(Organization unit, MemberReference member) {
    }

    public Imported importModels(Long unitId, FileFormat format, InputStream in) {
        Organization root = scope.enabledUnit(unitId, "unit");
        Sheet sheet = spreadsheets.read(RoleModelSheets.requireFormat(format), in);
        RowReader reader = new RowReader().requireHeaders(sheet, MODEL_HEADERS);
        reader.throwIfRejected();
        List<Consumer<javax.persistence.EntityManager>> rows = new ArrayList<>();
        String actor = scope.actor();
        for (SheetRow row : sheet.rows()) {
            SubjectKind kind = reader.choice(row, "类别", true, SubjectKind.class, t -> parse(SubjectKind.class, t), Labelled::label);
            Subject s = subject(reader, row, root, kind == SubjectKind.MEMBER);
            ModelField field = reader.choice(row, "领域", true, ModelField.class, t -> parse(ModelField.class, t), Labelled::label);
            Integer year = reader.integer(row, "年度", true);
            LocalDate on = reader.date(row, "发现日期", false);
            ValidationException.Builder cell = ValidationException.builder();
            String name = cell.line("name", reader.text(row, "名称", false), 200, false);
            cell.whole("year", year, Inputs.FIRST_YEAR, Inputs.lastYear(), false);
            LocalDate discovered = cell.date("discoveredOn", on == null ? LocalDate.now() : on, Inputs.EARLIEST, LocalDate.now(), true);
            String deeds = cell.note("deeds", reader.text(row, "主要事迹", true), 2000, false);
            reject(reader, row, cell, MODEL_COLUMNS);
            if (!reader.hasErrors() && s != null) {
                String subject = s.member() != null ? s.member().name() : name != null ? name : s.unit().name();
                rows.add(em -> models.createIn(em, kind, s.member() == null ? null : s.member().id(), subject, s.unit(), field, year,
                        deeds, discovered, actor));
            }
        }
        return store(reader, rows, root, RoleModels.TYPE);
    }

    public Imported importServices(Long unitId, FileFormat format, InputStream in) {
        Organization root = scope.enabledUnit(unitId, "unit");
        Sheet sheet = spreadsheets.read(RoleModelSheets.requireFormat(format), in);
        RowReader reader = new RowReader().requireHeaders(sheet, SERVICE_HEADERS);
        reader.throwIfRejected();
        List<Consumer<javax.persistence.EntityManager>> rows = new ArrayList<>();
        String actor = scope.actor();
        for (SheetRow row : sheet.rows()) {
            Campaign campaign = reader.choice(row, "活动", true, Campaign.class, t -> parse(Campaign.class, t), Labelled::label);
            boolean byMember = !row.value("党员编号").isBlank();
            Subject s = subject(reader, row, root, byMember);
            BigDecimal hours = reader.decimal(row, "时长（小时）", true);
            LocalDate on = reader.date(row, "服务日期", true);
            ValidationException.Builder cell = ValidationException.builder();
            String what = cell.note("what", reader.text(row, "服务内容", true), 1000, false);
            String beneficiary = cell.line("beneficiary", reader.text(row, "服务对象", true), 200, false);
            cell.number("hours", hours, ServiceRecords.MIN_HOURS, ServiceRecords.MAX_HOURS, 1, false);
            cell.date("servedOn", on, Inputs.EARLIEST, LocalDate.now(), false);
            reject(reader, row, cell, SERVICE_COLUMNS);
            if (!reader.hasErrors() && s != null) {
                rows.add(em -> services.createIn(em, campaign, s.unit(), s.member() == null ? null : s.member().id(),
                        s.member() == null ? null : s.member().name(), what, beneficiary, hours, on, actor));
            }
        }
        return store(reader, rows, root, ServiceRecords.TYPE);
    }

    /** The row's unit (by code, in the importing unit's subtree) and, when {@code byMember}, its member (by number, of that unit). */
    private Subject subject(RowReader reader, SheetRow row, Organization root, boolean byMember) {
        String code = reader.text(row, "单位代码", true);
        Organization unit = code == null ? null : organizations.findByCode(code).filter(o -> o.path().startsWith(root.path())).orElse(null);
        if (code != null && unit == null) {
            reader.reject(row, "单位代码", RoleModelText.TEXT.message("import.unitUnknown", code, root.name()));
        }
        MemberReference member = null;
        if (byMember) {
            Long number = reader.longInteger(row, "党员编号", true);
            member = number == null ? null : members.reference(number).orElse(null);
            if (number != null && (member == null || unit != null && member.organizationId() != unit.id())) {
                reader.reject(row, "党员编号", RoleModelText.TEXT.message("import.memberUnknown", number, code));
                member = null;
            }
        }
        return unit == null || byMember && member == null ? null : new Subject(unit, member);
    }

    private static void reject(RowReader reader, SheetRow row, ValidationException.Builder cell, Map<String, String> columns) {
        if (!cell.isEmpty()) {
            ValidationException e = cell.build();
            for (int i = 0; i < e.errors().size(); i++) {
                reader.reject(row, columns.getOrDefault(e.errors().get(i).field(), e.errors().get(i).field()), e.reason(i));
            }
        }
    }

    private Imported store(RowReader reader, List<Consumer<javax.persistence.EntityManager>> rows, Organization root, String type) {
        reader.throwIfRejected();
        return jpa.txExpr(TransactionType.Required, em -> {
            rows.forEach(r -> r.accept(em));
            audit.record("IMPORT", type, null, root.name() + ": " + rows.size() + " row(s)", List.of());
            return new Imported(rows.size());
        });
    }

    /** A code by its name or its Chinese label, as people write it in a sheet; null when none. */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text) {
        String t = text.strip();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(t) || e.labels().zhCN().equals(t))
                .findFirst().orElse(null);
    }
}
