package org.grassroots.buildings.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.io.RowReader;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.io.Spreadsheets;
import org.grassroots.core.api.module.ModuleScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The enterprises in buildings as a spreadsheet (XLSX or CSV, through core's {@link Spreadsheets}): the export of a
 * subtree's tenancies (also, without rows, the import template) and the import of move-ins, move-outs and coverage
 * changes, all rows or none: any bad cell refuses the file with every problem by row and column (422 {@code rowErrors}).
 */
@Component(service = TenancySheets.class)
public class TenancySheets {
    static final String BUILDING_CODE = "楼宇代码";
    static final String BUILDING = "楼宇名称";
    static final String ENTERPRISE_CODE = "企业代码";
    static final String ENTERPRISE = "企业名称";
    static final String FLOOR = "楼层";
    static final String ROOM = "房间";
    static final String COVERAGE = "党组织覆盖";
    static final String COVERING = "覆盖党组织代码";
    static final String INSTRUCTOR = "党建指导员";
    static final String MEMBERS = "正式党员数";
    static final String MOVED_IN = "迁入日期";
    static final String MOVED_OUT = "迁出日期";
    static final List<String> HEADERS = List.of(BUILDING_CODE, BUILDING, ENTERPRISE_CODE, ENTERPRISE, FLOOR, ROOM, COVERAGE, COVERING,
            INSTRUCTOR, MEMBERS, MOVED_IN, MOVED_OUT);
    static final int MAX_ROWS = 20_000;

    /** What an import stored: rows read, move-ins, coverage changes and move-outs (a row may be both in and out). */
    public record ImportResult(int rows, int created, int coverageChanged, int movedOut) {
    }

    /** A checked export, written when the download streams. */
    public interface Export {
        String unitCode();

        void writeTo(OutputStream out) throws IOException;
    }

    private final JpaTemplate jpa;
    private final Spreadsheets spreadsheets;
    private final OrganizationService organizations;
    private final Tenancies tenancies;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public TenancySheets(@Reference(target = BuildingsModule.UNIT) JpaTemplate jpa, @Reference Spreadsheets spreadsheets,
                         @Reference OrganizationService organizations, @Reference Tenancies tenancies,
                         @Reference Buildings buildings, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.spreadsheets = spreadsheets;
        this.organizations = organizations;
        this.tenancies = tenancies;
        this.scope = buildings.scope();
        this.audit = audit;
    }

    static FileFormat requireFormat(FileFormat format) {
        if (format == null) {
            throw BuildingsText.TEXT.invalid("format", "format.required");
        }
        return format;
    }

    /** The tenancies under a unit the caller sees (404) where the module is enabled (403): current ones, or all. */
    public Export export(Long unitId, FileFormat format, boolean all, boolean template) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        FileFormat f = requireFormat(format);
        return new Export() {
            @Override
            public String unitCode() {
                return unit.code();
            }

            @Override
            public void writeTo(OutputStream out) throws IOException {
                spreadsheets.write(f, HEADERS, template ? List.of() : rows(unit, all), out);
            }
        };
    }

    private List<List<String>> rows(Organization unit, boolean all) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            List<List<String>> rows = new ArrayList<>();
            for (TenancyEntity t : em.createQuery("SELECT t FROM TenancyEntity t WHERE t.orgPath LIKE :under"
                    + (all ? "" : " AND t.movedOut IS NULL") + " ORDER BY t.buildingId, t.floorNo, t.id", TenancyEntity.class)
                    .setParameter("under", unit.path() + "%").setMaxResults(MAX_ROWS).getResultList()) {
                rows.add(Arrays.asList(code(t.buildingId), scope.name(t.buildingId), t.enterpriseId == null ? null : code(t.enterpriseId),
                        t.enterpriseName, t.floorNo == null ? null : t.floorNo.toString(), t.room, t.coverage.labels().zhCN(),
                        t.coveringOrgId == null ? null : code(t.coveringOrgId), t.instructorName, Integer.toString(t.fullMembers),
                        t.movedIn.toString(), t.movedOut == null ? null : t.movedOut.toString()));
            }
            return rows;
        });
    }

    /**
     * Reads a sheet of the enterprises in the buildings under a unit (columns as {@link #HEADERS}) and records every row,
     * or none. A row for an enterprise not in a building is a move-in (with 迁出日期 also its move-out: an earlier stay);
     * for one already in the row's building it is a move-out when 迁出日期 is filled, otherwise a change of its coverage,
     * covering organization, instructor and full members (nothing when they are the same; its floor, room and 迁入日期
     * stay as stored). An enterprise in another building is refused: it moves out there first.
     */
    public ImportResult importMoveIns(Long unitId, FileFormat format, InputStream in) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        Sheet sheet = spreadsheets.read(requireFormat(format), in);
        RowReader reader = new RowReader().requireHeaders(sheet, List.of(BUILDING_CODE, COVERAGE, MEMBERS, MOVED_IN));
        reader.throwIfRejected();
        List<SheetMove> moves = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SheetRow row : sheet.rows()) {
            SheetMove read = read(reader, row, unit);
            if (read == null) {
                continue;
            }
            Tenancies.MoveIn move = read.move();
            String key = move.enterpriseId() != null ? "#" + move.enterpriseId() : move.building().id() + "/" + move.name();
            if (!seen.add(key)) {
                reader.reject(row, move.enterpriseId() != null ? ENTERPRISE_CODE : ENTERPRISE, BuildingsText.TEXT.message("sheet.twice"));
                continue;
            }
            moves.add(read);
        }
        reader.throwIfRejected();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<TenancyEntity> present = new ArrayList<>();
            for (SheetMove m : moves) {
                TenancyEntity stay = Tenancies.present(em, m.move());
                present.add(stay);
                if (stay != null && stay.buildingId != m.move().building().id()) {
                    reader.reject(m.row(), m.move().enterpriseId() != null ? ENTERPRISE_CODE : ENTERPRISE,
                            BuildingsText.TEXT.message("tenancy.alreadyIn", m.move().name(), scope.name(stay.buildingId)));
                } else if (stay != null && m.movedOut() != null && m.movedOut().isBefore(stay.movedIn)) {
                    reader.reject(m.row(), MOVED_OUT, BuildingsText.TEXT.message("tenancy.outBeforeIn", stay.movedIn));
                }
            }
            reader.throwIfRejected();
            int created = 0;
            int changed = 0;
            int movedOut = 0;
            for (int i = 0; i < moves.size(); i++) {
                SheetMove m = moves.get(i);
                TenancyEntity stay = present.get(i);
                if (stay == null) {
                    TenancyEntity t = tenancies.storeIn(em, m.move(), actor);
                    created++;
                    if (m.movedOut() != null) {
                        tenancies.storeOut(em, t, m.movedOut(), null, actor);
                        movedOut++;
                    }
                } else if (m.movedOut() != null) {
                    tenancies.storeOut(em, stay, m.movedOut(), null, actor);
                    movedOut++;
                } else if (coverageDiffers(stay, m.move())) {
                    tenancies.storeCoverage(em, stay, m.move().coverage(), m.move().coveringOrgId(), m.move().instructorName(),
                            m.move().fullMembers(), actor);
                    changed++;
                }
            }
            audit.record("IMPORT", Tenancies.TYPE, unit.id(), moves.size() + " rows imported for " + unit.name() + ": " + created
                    + " moved in, " + changed + " coverage changes, " + movedOut + " moved out", List.of());
            return new ImportResult(moves.size(), created, changed, movedOut);
        });
    }

    /** Whether a row's coverage, covering organization, instructor or full members differ from the stay's. */
    static boolean coverageDiffers(TenancyEntity stay, Tenancies.MoveIn move) {
        return stay.coverage != move.coverage() || !Objects.equals(stay.coveringOrgId, move.coveringOrgId())
                || !Objects.equals(stay.instructorName, move.instructorName()) || stay.fullMembers != move.fullMembers();
    }

    /** A checked row: the move-in it describes, its 迁出日期 (null when empty) and the row, for refusals. */
    private record SheetMove(Tenancies.MoveIn move, LocalDate movedOut, SheetRow row) {
    }

    /** One row as a checked move-in with its move-out day, or null with its problems recorded. */
    private SheetMove read(RowReader reader, SheetRow row, Organization unit) {
        String buildingCode = reader.text(row, BUILDING_CODE, true);
        String enterpriseCode = reader.text(row, ENTERPRISE_CODE, false);
        String enterpriseName = reader.text(row, ENTERPRISE, false);
        Integer floor = reader.integer(row, FLOOR, false);
        String room = reader.text(row, ROOM, false);
        Coverage coverage = reader.choice(row, COVERAGE, true, Coverage.class, TenancySheets::coverage, c -> c.labels().zhCN());
        String coveringCode = reader.text(row, COVERING, false);
        String instructor = reader.text(row, INSTRUCTOR, false);
        Integer members = reader.integer(row, MEMBERS, true);
        LocalDate movedIn = reader.date(row, MOVED_IN, true);
        LocalDate movedOut = reader.date(row, MOVED_OUT, false);
        int before = reader.errors().size();
        if (movedOut != null && movedOut.isAfter(LocalDate.now())) {
            reader.reject(row, MOVED_OUT, BuildingsText.TEXT.message("sheet.outFuture"));
        } else if (movedOut != null && movedIn != null && movedOut.isBefore(movedIn)) {
            reader.reject(row, MOVED_OUT, BuildingsText.TEXT.message("tenancy.outBeforeIn", movedIn));
        }
        Organization building = buildingCode == null ? null : unitByCode(reader, row, BUILDING_CODE, buildingCode, unit);
        if (building != null && building.unitType() != UnitType.BUILDING) {
            reader.reject(row, BUILDING_CODE, BuildingsText.TEXT.message("building.notBuilding", building.name()));
            building = null;
        }
        Organization enterprise = enterpriseCode == null ? null : unitByCode(reader, row, ENTERPRISE_CODE, enterpriseCode, unit);
        Organization covering = coveringCode == null ? null : unitByCode(reader, row, COVERING, coveringCode, null);
        if (building == null || reader.errors().size() > before || coverage == null || members == null || movedIn == null
                || enterpriseCode != null && enterprise == null || coveringCode != null && covering == null) {
            return null;
        }
        ValidationException.Builder errors = ValidationException.builder();
        Tenancies.MoveIn move = tenancies.check(building, new TenancyDraft(building.id(), enterprise == null ? null : enterprise.id(),
                enterprise == null ? enterpriseName : null, floor, room, coverage, covering == null ? null : covering.id(), instructor,
                members, movedIn), errors);
        if (move == null) {
            // each refusal keeps its reason in both languages: the problem reads in the uploader's language
            ValidationException refused = errors.build();
            for (int i = 0; i < refused.errors().size(); i++) {
                reader.reject(row, column(refused.errors().get(i).field()), refused.reason(i));
            }
        }
        return move == null ? null : new SheetMove(move, movedOut, row);
    }

    /** A unit by its code, in the caller's scope and (when {@code under} is given) under that unit; recorded when not. */
    private Organization unitByCode(RowReader reader, SheetRow row, String column, String code, Organization under) {
        Organization found = organizations.findByCode(code)
                .filter(o -> scope.inScope(o.id()) && (under == null || under.contains(o))).orElse(null);
        if (found == null) {
            reader.reject(row, column, under == null ? BuildingsText.TEXT.message("sheet.unknownUnit", code)
                    : BuildingsText.TEXT.message("sheet.unknown", code, under.name()));
        }
        return found;
    }

    /** A coverage by its Chinese or English label or its name. */
    static Coverage coverage(String text) {
        for (Coverage c : Coverage.values()) {
            if (c.name().equalsIgnoreCase(text) || c.labels().zhCN().equals(text) || c.labels().en().equalsIgnoreCase(text)) {
                return c;
            }
        }
        return null;
    }

    private String code(Long unitId) {
        return organizations.find(unitId).map(Organization::code).orElse(null);
    }

    static String column(String field) {
        return switch (field) {
            case "enterpriseId" -> ENTERPRISE_CODE;
            case "enterpriseName" -> ENTERPRISE;
            case "floor" -> FLOOR;
            case "room" -> ROOM;
            case "coverage" -> COVERAGE;
            case "coveringOrgId" -> COVERING;
            case "instructorName" -> INSTRUCTOR;
            case "fullMembers" -> MEMBERS;
            case "movedIn" -> MOVED_IN;
            default -> BUILDING_CODE;
        };
    }
}
