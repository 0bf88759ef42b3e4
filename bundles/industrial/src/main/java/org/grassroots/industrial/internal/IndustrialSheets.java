package org.grassroots.industrial.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationQuery;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.io.RowReader;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.io.Spreadsheets;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.industrial.ServiceRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's spreadsheets, through core's {@link Spreadsheets}: the enterprises of a subtree with their
 * Party-organization coverage (download, fill in, upload again: all rows or none) and the export of requests.
 */
@Component(service = IndustrialSheets.class)
public class IndustrialSheets {
    static final String CODE = "企业代码";
    static final String NAME = "企业名称";
    static final String GRID = "所在网格";
    static final String COVERAGE = "党组织覆盖";
    static final String COVERING = "覆盖党组织代码";
    static final String CONTACT = "联系人";
    static final String PHONE = "联系电话";
    static final List<String> COVERAGE_HEADERS = List.of(CODE, NAME, GRID, COVERAGE, COVERING, CONTACT, PHONE);
    static final List<String> REQUEST_HEADERS = List.of("编号", "提交时间", "企业", "类别", "标题", "状态", "办结时限",
            "是否超期", "承办部门", "承办人编号", "办结时间", "按时办结", "评分", "评价", "重启次数", "提交人");
    static final int MAX_EXPORT = 100_000;
    static final int MAX_ENTERPRISES = 5000;

    /** What an import changed. */
    public record ImportResult(int rows, int created, int updated) {
    }

    /** A coverage export whose unit has been checked: its code (for the file name) and the writer of its rows. */
    public record CoverageExport(String unitCode, Writer rows) {
        /** Writes the sheet; called when the download streams. */
        public interface Writer {
            void writeTo(OutputStream out) throws IOException;
        }
    }

    private final JpaTemplate jpa;
    private final Spreadsheets spreadsheets;
    private final OrganizationService organizations;
    private final Enterprises enterprises;
    private final RequestSearch requests;
    private final ModuleScope scope;
    private final AuditLog audit;

    /** The format a sheet is read or written in: the converter refuses unknown ones, this refuses a missing one. */
    public static FileFormat requireFormat(FileFormat format) {
        if (format == null) {
            throw IndustrialMessages.TEXT.invalid("format", "format.required");
        }
        return format;
    }

    @Activate
    public IndustrialSheets(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                          @Reference Spreadsheets spreadsheets, @Reference OrganizationService organizations,
                          @Reference Enterprises enterprises, @Reference RequestSearch requests,
                          @Reference ModuleScopes scopes, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.spreadsheets = spreadsheets;
        this.organizations = organizations;
        this.enterprises = enterprises;
        this.requests = requests;
        this.scope = scopes.of(IndustrialModule.ID);
        this.audit = audit;
    }

    /** Every enterprise under the unit (recorded or not yet) with its coverage; doubles as the import template. */
    /** The coverage sheet of a unit the caller sees (404) where the module is enabled (403), ready to stream. */
    public CoverageExport coverageExport(Long unitId, FileFormat format) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return new CoverageExport(unit.code(), out -> exportCoverage(unit, format, out));
    }

    void exportCoverage(Organization unit, FileFormat format, OutputStream out) throws IOException {
        List<Organization> units = enterpriseUnits(unit);
        Map<Long, EnterpriseEntity> recorded = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT e FROM EnterpriseEntity e WHERE e.orgPath LIKE :path",
                EnterpriseEntity.class).setParameter("path", unit.path() + "%").getResultList())
                .forEach(e -> recorded.put(e.enterpriseId, e));
        Map<Long, String> codes = new HashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (Organization e : units) {
            EnterpriseEntity r = recorded.get(e.id());
            Organization grid = scope.nearest(e, UnitType.GRID).orElse(null);
            rows.add(java.util.Arrays.asList(e.code(), e.name(), grid == null ? null : grid.name(),
                    r == null ? null : r.coverage.label(),
                    r == null || r.coveringOrgId == null ? null : codes.computeIfAbsent(r.coveringOrgId, this::code),
                    r == null ? null : r.contactName, r == null ? null : enterprises.maskedPhone(r.contactPhone)));
        }
        spreadsheets.write(format, COVERAGE_HEADERS, rows, out);
    }

    /**
     * Reads a coverage sheet (columns as {@link #exportCoverage} writes them) and records every row, or none: any
     * bad cell refuses the file with each problem by row and column.
     */
    public ImportResult importCoverage(Long unitId, FileFormat format, InputStream in) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return importCoverage(unit, requireFormat(format), in);
    }

    ImportResult importCoverage(Organization unit, FileFormat format, InputStream in) {
        Sheet sheet = spreadsheets.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet, List.of(CODE, COVERAGE));
        reader.throwIfRejected();
        List<Enterprises.Change> changes = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (SheetRow row : sheet.rows()) {
            String code = reader.text(row, CODE, true);
            Coverage coverage = reader.choice(row, COVERAGE, true, Coverage.class, Coverage::parse, Coverage::label);
            String coveringCode = reader.text(row, COVERING, false);
            if (code == null) {
                continue;
            }
            Organization enterprise = organizations.findByCode(code).filter(o -> o.path().startsWith(unit.path())).orElse(null);
            if (enterprise == null) {
                reader.reject(row, CODE, IndustrialMessages.TEXT.message("sheet.enterprise.unknown", code, unit.name()));
                continue;
            }
            if (!seen.add(enterprise.id())) {
                reader.reject(row, CODE, IndustrialMessages.TEXT.message("sheet.enterprise.twice"));
                continue;
            }
            Long covering = null;
            if (coveringCode != null) {
                Organization org = organizations.findByCode(coveringCode).orElse(null);
                if (org == null) {
                    reader.reject(row, COVERING, IndustrialMessages.TEXT.message("sheet.covering.unknown", coveringCode));
                    continue;
                }
                covering = org.id();
            }
            if (coverage == null) {
                continue;
            }
            ValidationException.Builder errors = ValidationException.builder();
            Enterprises.Change change = enterprises.check(enterprise, new EnterpriseDraft(null, coverage, covering,
                    reader.text(row, CONTACT, false), reader.text(row, PHONE, false)), "", errors);
            if (!errors.isEmpty()) {
                // each refusal keeps its reason in both languages: the problem reads in the uploader's language
                ValidationException refused = errors.build();
                List<FieldError> fields = refused.errors();
                for (int i = 0; i < fields.size(); i++) {
                    int index = i;
                    reader.reject(row, column(fields.get(i).field()), locale -> refused.errors(locale).get(index).reason());
                }
            } else {
                changes.add(change);
            }
        }
        reader.throwIfRejected();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            int created = 0;
            for (Enterprises.Change change : changes) {
                EnterpriseEntity existing = enterprises.byEnterprise(em, change.enterprise().id());
                created += existing == null ? 1 : 0;
                enterprises.saveIn(em, existing, change, actor);
            }
            audit.record("IMPORT", Enterprises.TYPE, unit.id(), changes.size() + " enterprise coverage rows imported for "
                    + unit.name() + " (" + created + " new)", List.of());
            return new ImportResult(changes.size(), created, changes.size() - created);
        });
    }

    /** The requests matching {@code query}, one row each, as the park's service centre reports them. */
    public void exportRequests(RequestQuery query, FileFormat format, OutputStream out) throws IOException {
        List<ServiceRequest> all = requests.all(query, MAX_EXPORT);
        List<List<String>> rows = new ArrayList<>(all.size());
        for (ServiceRequest r : all) {
            rows.add(java.util.Arrays.asList(Long.toString(r.id()), String.valueOf(r.submittedAt()), r.organizationName(),
                    r.category(), r.title(), r.status().label(), String.valueOf(r.dueAt()), r.overdue() ? "是" : "否",
                    r.assigneeDepartment(), r.assigneeMemberId() == null ? null : r.assigneeMemberId().toString(),
                    r.resolvedAt() == null ? null : r.resolvedAt().toString(),
                    r.onTime() == null ? null : r.onTime() ? "是" : "否",
                    r.rating() == null ? null : r.rating().toString(), r.ratingComment(),
                    Integer.toString(r.reopenCount()), r.submittedBy()));
        }
        spreadsheets.write(format, REQUEST_HEADERS, rows, out);
    }

    private List<Organization> enterpriseUnits(Organization unit) {
        OrganizationQuery query = new OrganizationQuery(null, unit.id(), UnitType.ENTERPRISE, null, null, null);
        List<Organization> all = new ArrayList<>();
        for (int page = 0; all.size() < MAX_ENTERPRISES; page++) {
            Page<Organization> p = organizations.search(query, new PageRequest(page, PageRequest.MAX_SIZE, "code"));
            all.addAll(p.items());
            if (p.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return all;
    }

    private String code(long unitId) {
        return organizations.find(unitId).map(Organization::code).orElse(null);
    }

    private static String column(String field) {
        return switch (field) {
            case "coveringOrganizationId" -> COVERING;
            case "contactName" -> CONTACT;
            case "contactPhone" -> PHONE;
            case "coverage" -> COVERAGE;
            case "gridId" -> GRID;
            default -> CODE;
        };
    }
}
