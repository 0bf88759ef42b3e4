package org.grassroots.rural.internal;

import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.io.RowReader;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.io.Spreadsheets;
import org.grassroots.rural.internal.Views.Classification;
import org.grassroots.rural.internal.Views.Enterprise;
import org.grassroots.rural.internal.Views.EnterpriseDraft;
import org.grassroots.rural.internal.Views.Income;
import org.grassroots.rural.internal.Views.Need;
import org.grassroots.rural.internal.Views.NeedDraft;
import org.grassroots.rural.internal.Views.Visit;
import org.grassroots.rural.internal.Views.VisitDraft;
import org.grassroots.rural.internal.classify.Criterion;
import org.grassroots.rural.internal.classify.ScoringModel;
import org.grassroots.rural.internal.match.Geo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's data as the spreadsheets streets keep (criterion scores, classification, visits, enterprises,
 * needs, collective income), read and written through core's {@link Spreadsheets}. An import reads every row
 * first and refuses the whole file with every bad cell (row, column, reason) before anything is stored; then it
 * stores all rows in one transaction. Sheets that can be imported are exported in the same layout, so a sheet
 * can be downloaded, edited and uploaded again: a row with an {@value #ID} changes that record, a row without one
 * adds a record (visits are facts: rows with an id are left as they are).
 */
@Component(service = Sheets.class)
public class Sheets {
    static final String ID = "编号";
    static final String VILLAGE_CODE = "村代码";
    static final String VILLAGE_NAME = "村名称";
    static final String YEAR = "年度";

    /** What an import did. */
    public record Imported(String sheet, int rows, int created, int updated, int unchanged) {
    }

    /** A sheet to write: headers and rows of cell texts. */
    public record Table(List<String> headers, List<List<String>> rows) {
    }

    private record Parsed<T>(SheetRow row, T value) {
    }

    private final Spreadsheets spreadsheets;
    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final Villages villages;
    private final Classifications classifications;
    private final Visits visits;
    private final Pairings pairings;
    private final Economy economy;

    @Activate
    public Sheets(@Reference Spreadsheets spreadsheets, @Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa,
                  @Reference ModuleScopes scopes, @Reference Villages villages, @Reference Classifications classifications,
                  @Reference Visits visits, @Reference Pairings pairings, @Reference Economy economy) {
        this.spreadsheets = spreadsheets;
        this.jpa = jpa;
        this.scope = scopes.of(RuralModule.ID);
        this.villages = villages;
        this.classifications = classifications;
        this.visits = visits;
        this.pairings = pairings;
        this.economy = economy;
    }

    public void write(FileFormat format, Table table, OutputStream out) throws IOException {
        spreadsheets.write(format, table.headers(), table.rows(), out);
    }

    // ---- criterion scores (the assessment sheet) and the classification

    /** Every village under the unit with its criterion scores of the year (blank where none): the sheet to fill in. */
    public Table scores(int year, VillageSet inScope) {
        ScoringModel model = classifications.model(year);
        List<String> headers = new ArrayList<>(List.of(VILLAGE_CODE, VILLAGE_NAME));
        model.criteria().forEach(c -> headers.add(c.zhCN()));
        Map<Long, Map<String, Double>> scores = classifications.scoresOf(year, inScope);
        List<List<String>> rows = new ArrayList<>();
        for (Organization village : sortedByCode(inScope)) {
            List<String> row = new ArrayList<>(List.of(village.code(), village.name()));
            Map<String, Double> own = scores.getOrDefault(village.id(), Map.of());
            model.criteria().forEach(c -> row.add(number(own.get(c.code()))));
            rows.add(row);
        }
        return new Table(headers, rows);
    }

    /**
     * Criterion scores of the unit's villages for the year: a column per criterion (its Chinese name or code);
     * blank cells keep the stored score; other columns (村名称) are ignored.
     */
    public Imported importScores(int year, VillageSet inScope, FileFormat format, InputStream in) {
        Classifications.requireYear(year);
        ScoringModel model = classifications.model(year);
        Sheet sheet = spreadsheets.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet, List.of(VILLAGE_CODE));
        Map<String, String> criterionOf = new LinkedHashMap<>();
        for (String header : sheet.headers()) {
            for (Criterion c : model.criteria()) {
                if (header.equals(c.zhCN()) || header.equalsIgnoreCase(c.code())) {
                    criterionOf.put(header, c.code());
                }
            }
        }
        if (criterionOf.isEmpty()) {
            reader.reject(new SheetRow(1, Map.of()), VILLAGE_CODE, "没有评分列：请使用导出的模板，列名为 " + year + " 年评分模型的指标（"
                    + model.criteria().stream().map(Criterion::zhCN).collect(Collectors.joining("、")) + "）");
        }
        Map<String, Organization> byCode = byCode(inScope);
        Map<Long, Map<String, Double>> scores = new LinkedHashMap<>();
        int unchanged = 0;
        for (SheetRow row : sheet.rows()) {
            Organization village = village(reader, row, byCode, scores.keySet());
            Map<String, Double> values = new LinkedHashMap<>();
            criterionOf.forEach((header, code) -> {
                BigDecimal value = reader.decimal(row, header, false);
                if (value != null) {
                    if (value.signum() < 0 || value.doubleValue() > ScoringModel.MAX_SCORE) {
                        reader.reject(row, header, "应在 0 到 100 之间，而不是 " + value.toPlainString());
                    } else {
                        values.put(code, value.doubleValue());
                    }
                }
            });
            if (village != null && !values.isEmpty()) {
                scores.put(village.id(), values);
            } else if (village != null) {
                unchanged++;
            }
        }
        reader.throwIfRejected();
        classifications.saveAllScores(year, scores, scope.actor());
        return new Imported("scores", sheet.rows().size(), 0, scores.size(), unchanged);
    }

    public Table classifications(int year, VillageSet inScope) {
        List<List<String>> rows = new ArrayList<>();
        for (Classification c : classifications.list(year, inScope)) {
            Organization village = inScope.get(c.villageId());
            if (village == null) {
                continue; // a unit that is no longer a village
            }
            rows.add(List.of(village.code(), village.name(), Integer.toString(c.year()), number(c.score()),
                    c.computedCategory().zhCN(), c.category().zhCN(), status(c.status()),
                    text(c.confirmedBy()), c.confirmedAt() == null ? "" : c.confirmedAt().toString()));
        }
        rows.sort(Comparator.comparing(r -> r.get(0)));
        return new Table(List.of(VILLAGE_CODE, VILLAGE_NAME, YEAR, "得分", "测算类别", "类别", "状态", "确认人", "确认时间"), rows);
    }

    private static String status(ClassificationStatus status) {
        return switch (status) {
            case COMPUTED -> "已测算";
            case PROPOSED -> "街道已提出";
            case CONFIRMED -> "区已确认";
        };
    }

    // ---- 村村到 visits

    static final String LEADER = "走访领导";
    static final String VISITED_ON = "走访日期";
    static final String FINDINGS = "调研发现";
    private static final Map<String, String> VISIT_COLUMNS = Map.of("villageId", VILLAGE_CODE, "leaderName", LEADER,
            "visitedOn", VISITED_ON, "findings", FINDINGS);

    public Table visits(VillageSet inScope, Integer year) {
        List<List<String>> rows = new ArrayList<>();
        for (Visit v : visits.list(inScope, year)) {
            Organization village = inScope.get(v.villageId());
            if (village == null) {
                continue; // a unit that is no longer a village
            }
            long done = v.tasks().stream().filter(t -> t.status() == TaskStatus.DONE).count();
            rows.add(List.of(Long.toString(v.id()), village.code(), village.name(), v.leaderName(), v.visitedOn().toString(),
                    text(v.findings()), Integer.toString(v.tasks().size()), Long.toString(done)));
        }
        return new Table(List.of(ID, VILLAGE_CODE, VILLAGE_NAME, LEADER, VISITED_ON, FINDINGS, "整改任务数", "已完成任务数"), rows);
    }

    /** New visits (rows without an id) in the unit's villages; rows with an id name visits already recorded. */
    public Imported importVisits(VillageSet inScope, FileFormat format, InputStream in) {
        Sheet sheet = spreadsheets.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet, List.of(VILLAGE_CODE, LEADER, VISITED_ON));
        Map<String, Organization> byCode = byCode(inScope);
        List<Parsed<VisitDraft>> drafts = new ArrayList<>();
        int unchanged = 0;
        for (SheetRow row : sheet.rows()) {
            Long id = id(reader, row);
            if (id != null) {
                if (existing(reader, row, () -> visits.get(id).villageId(), inScope)) {
                    unchanged++;
                }
                continue;
            }
            Organization village = village(reader, row, byCode, null);
            String leader = length(reader, row, LEADER, true, 100);
            LocalDate on = reader.date(row, VISITED_ON, true);
            if (on != null && on.isAfter(LocalDate.now())) {
                reader.reject(row, VISITED_ON, "走访日期不能晚于今天");
            }
            String findings = length(reader, row, FINDINGS, false, 4000);
            if (village != null) {
                drafts.add(new Parsed<>(row, new VisitDraft(village.id(), leader, null, on, findings)));
            }
        }
        reader.throwIfRejected();
        String actor = scope.actor();
        storeAll(reader, drafts, VISIT_COLUMNS, draft -> visits.record(draft, actor));
        return new Imported("visits", sheet.rows().size(), drafts.size(), 0, unchanged);
    }

    // ---- enterprises

    static final String ENTERPRISE = "企业名称";
    static final String INDUSTRY = "行业";
    static final String BUSINESS = "主营业务";
    static final String CAPACITIES = "帮扶能力";
    static final String KEYWORDS = "关键词";
    static final String LATITUDE = "纬度";
    static final String LONGITUDE = "经度";
    static final String OWNER = "登记单位代码";
    private static final Map<String, String> ENTERPRISE_COLUMNS = Map.of("name", ENTERPRISE, "industry", INDUSTRY,
            "mainBusiness", BUSINESS, "capacities", CAPACITIES, "keywords", KEYWORDS, "latitude", LATITUDE,
            "longitude", LONGITUDE, "organizationId", OWNER);

    /** The enterprises the caller sees. */
    public Table enterprises() {
        List<List<String>> rows = new ArrayList<>();
        Map<Long, String> codes = new HashMap<>();
        for (Enterprise e : pairings.enterprises(null)) {
            String owner = e.organizationId() == null ? "" : codes.computeIfAbsent(e.organizationId(),
                    unit -> text(villages.code(unit)));
            rows.add(List.of(Long.toString(e.id()), e.name(), e.industry(), e.mainBusiness(),
                    e.capacities().stream().map(NeedType::zhCN).collect(Collectors.joining("、")),
                    String.join(" ", e.keywords()), number(e.latitude()), number(e.longitude()), owner));
        }
        return new Table(List.of(ID, ENTERPRISE, INDUSTRY, BUSINESS, CAPACITIES, KEYWORDS, LATITUDE, LONGITUDE, OWNER), rows);
    }

    private record EnterpriseRow(Long id, EnterpriseDraft draft) {
    }

    /**
     * Adds enterprises (rows without an id) and changes those the caller may edit (rows with an id). The owner is
     * the unit named by its code, else the caller's unit.
     */
    public Imported importEnterprises(FileFormat format, InputStream in) {
        Sheet sheet = spreadsheets.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet,
                List.of(ENTERPRISE, INDUSTRY, BUSINESS, CAPACITIES, LATITUDE, LONGITUDE));
        List<Parsed<EnterpriseRow>> parsed = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            Long id = id(reader, row);
            if (id != null && !existing(reader, row, () -> pairings.enterprise(id).id(), null)) {
                continue;
            }
            if (id != null && !pairings.mayEdit(id)) {
                reader.reject(row, ID, "企业“" + row.value(ENTERPRISE) + "”由上级单位登记，只能由该单位修改；请删除此行");
            }
            String name = length(reader, row, ENTERPRISE, true, 200);
            String industry = length(reader, row, INDUSTRY, true, 100);
            String business = length(reader, row, BUSINESS, true, 1000);
            String keywords = length(reader, row, KEYWORDS, false, 1000);
            Set<NeedType> capacities = capacities(reader, row);
            BigDecimal latitude = reader.decimal(row, LATITUDE, true);
            BigDecimal longitude = reader.decimal(row, LONGITUDE, true);
            if (latitude != null && longitude != null && !Geo.valid(latitude.doubleValue(), longitude.doubleValue())) {
                reader.reject(row, LATITUDE, "纬度应在 -90 到 90、经度在 -180 到 180 之间");
            }
            Long owner = null;
            String ownerCode = reader.text(row, OWNER, false);
            if (ownerCode != null) {
                owner = villages.unitByCode(ownerCode).map(Organization::id).orElse(null);
                if (owner == null) {
                    reader.reject(row, OWNER, "您的范围内没有代码为“" + ownerCode + "”的单位");
                }
            } else if (id == null && scope.scopeUnit() == null) {
                reader.reject(row, OWNER, "必填：登记企业的街道或区的单位代码");
            }
            parsed.add(new Parsed<>(row, new EnterpriseRow(id, new EnterpriseDraft(name, industry, business, capacities,
                    keywords, latitude == null ? null : latitude.doubleValue(),
                    longitude == null ? null : longitude.doubleValue(), owner))));
        }
        reader.throwIfRejected();
        String actor = scope.actor();
        int[] counts = new int[2];
        storeAll(reader, parsed, ENTERPRISE_COLUMNS, e -> {
            if (e.id() == null) {
                pairings.createEnterprise(e.draft(), actor);
                counts[0]++;
            } else {
                pairings.updateEnterprise(e.id(), pairings.enterprise(e.id()).version(), e.draft(), actor);
                counts[1]++;
            }
        });
        return new Imported("enterprises", sheet.rows().size(), counts[0], counts[1], 0);
    }

    private static Set<NeedType> capacities(RowReader reader, SheetRow row) {
        String text = reader.text(row, CAPACITIES, true);
        Set<NeedType> types = EnumSet.noneOf(NeedType.class);
        if (text != null) {
            for (String part : text.split("[,，;；、\\s]+")) {
                NeedType type = NeedType.parse(part);
                if (type == null) {
                    reader.reject(row, CAPACITIES, "无法识别的帮扶能力“" + part + "”，可填：" + labels());
                } else {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static String labels() {
        return Arrays.stream(NeedType.values()).map(NeedType::zhCN).collect(Collectors.joining("、"));
    }

    // ---- village needs

    static final String NEED_TYPE = "需求类型";
    static final String DESCRIPTION = "需求描述";
    static final String OPEN = "状态";
    static final String OPEN_LABEL = "未满足";
    static final String MET_LABEL = "已满足";
    private static final Map<String, String> NEED_COLUMNS = Map.of("villageId", VILLAGE_CODE, "type", NEED_TYPE,
            "industry", INDUSTRY, "description", DESCRIPTION, "keywords", KEYWORDS, "open", OPEN);

    public Table needs(VillageSet inScope) {
        List<List<String>> rows = new ArrayList<>();
        for (Need n : pairings.needs(inScope, null)) {
            Organization village = inScope.get(n.villageId());
            if (village == null) {
                continue; // a unit that is no longer a village
            }
            rows.add(List.of(Long.toString(n.id()), village.code(), village.name(), n.type().zhCN(), text(n.industry()),
                    n.description(), String.join(" ", n.keywords()), n.open() ? OPEN_LABEL : MET_LABEL));
        }
        return new Table(List.of(ID, VILLAGE_CODE, VILLAGE_NAME, NEED_TYPE, INDUSTRY, DESCRIPTION, KEYWORDS, OPEN), rows);
    }

    private record NeedRow(Long id, NeedDraft draft) {
    }

    /** Adds needs (rows without an id) and changes the unit's needs named by their id. */
    public Imported importNeeds(VillageSet inScope, FileFormat format, InputStream in) {
        Sheet sheet = spreadsheets.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet, List.of(VILLAGE_CODE, NEED_TYPE, DESCRIPTION));
        Map<String, Organization> byCode = byCode(inScope);
        List<Parsed<NeedRow>> parsed = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            Long id = id(reader, row);
            if (id != null && !existing(reader, row, () -> pairings.need(id).villageId(), inScope)) {
                continue;
            }
            Organization village = village(reader, row, byCode, null);
            NeedType type = reader.choice(row, NEED_TYPE, true, NeedType.class, NeedType::parse, NeedType::zhCN);
            String industry = length(reader, row, INDUSTRY, false, 100);
            String description = length(reader, row, DESCRIPTION, true, 1000);
            String keywords = length(reader, row, KEYWORDS, false, 1000);
            String open = reader.text(row, OPEN, false);
            if (open != null && !open.equals(OPEN_LABEL) && !open.equals(MET_LABEL)) {
                reader.reject(row, OPEN, "应为“" + OPEN_LABEL + "”或“" + MET_LABEL + "”，而不是“" + open + "”");
            }
            if (village != null) {
                parsed.add(new Parsed<>(row, new NeedRow(id, new NeedDraft(village.id(), type, industry, description,
                        keywords, !MET_LABEL.equals(open)))));
            }
        }
        reader.throwIfRejected();
        String actor = scope.actor();
        int[] counts = new int[2];
        storeAll(reader, parsed, NEED_COLUMNS, n -> {
            if (n.id() == null) {
                pairings.createNeed(n.draft(), actor);
                counts[0]++;
            } else {
                pairings.updateNeed(n.id(), pairings.need(n.id()).version(), n.draft(), actor);
                counts[1]++;
            }
        });
        return new Imported("needs", sheet.rows().size(), counts[0], counts[1], 0);
    }

    // ---- collective income

    static final String AMOUNT = "集体经济收入（万元）";

    /** Every village under the unit with its income of the year (blank where none), last year's and the growth. */
    public Table income(int year, VillageSet inScope) {
        Map<Long, Income> incomes = new HashMap<>();
        economy.incomes(inScope, year).forEach(i -> incomes.put(i.villageId(), i));
        List<List<String>> rows = new ArrayList<>();
        for (Organization village : sortedByCode(inScope)) {
            Income i = incomes.get(village.id());
            rows.add(List.of(village.code(), village.name(), Integer.toString(year), i == null ? "" : number(i.amount()),
                    i == null ? "" : number(i.previousAmount()),
                    i == null || i.growth() == null ? "" : number(Math.round(i.growth() * 1000) / 10.0)));
        }
        return new Table(List.of(VILLAGE_CODE, VILLAGE_NAME, YEAR, AMOUNT, "上年收入（万元）", "增长率（%）"), rows);
    }

    /** Records or corrects the year's income of the unit's villages; blank amounts keep what is stored. */
    public Imported importIncome(int year, VillageSet inScope, FileFormat format, InputStream in) {
        Classifications.requireYear(year);
        Sheet sheet = spreadsheets.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet, List.of(VILLAGE_CODE, AMOUNT));
        Map<String, Organization> byCode = byCode(inScope);
        Map<Long, Double> amounts = new LinkedHashMap<>();
        int unchanged = 0;
        for (SheetRow row : sheet.rows()) {
            Organization village = village(reader, row, byCode, amounts.keySet());
            BigDecimal amount = reader.decimal(row, AMOUNT, false);
            if (amount != null && Economy.amountProblem(amount.doubleValue()) != null) {
                reader.reject(row, AMOUNT, "应在 0 到 1,000,000 万元之间，而不是 " + amount.toPlainString());
            } else if (village != null && amount != null) {
                amounts.put(village.id(), amount.doubleValue());
            } else if (village != null) {
                unchanged++;
            }
        }
        reader.throwIfRejected();
        economy.saveAllIncome(year, amounts, scope.actor());
        return new Imported("income", sheet.rows().size(), 0, amounts.size(), unchanged);
    }

    // ---- shared

    /**
     * Stores every parsed row in one transaction. Rows were checked while reading; should a service still refuse
     * one (e.g. changed meanwhile), the whole file is refused with that row's error and nothing is stored.
     */
    private <T> void storeAll(RowReader reader, List<Parsed<T>> rows, Map<String, String> columns, Consumer<T> store) {
        jpa.tx(TransactionType.Required, em -> {
            for (Parsed<T> parsed : rows) {
                try {
                    store.accept(parsed.value());
                } catch (ValidationException e) {
                    for (FieldError error : e.errors()) {
                        reader.reject(parsed.row(), columns.getOrDefault(error.field(), error.field()), error.reason());
                    }
                } catch (GrassrootsException e) {
                    reader.reject(parsed.row(), ID, e.getMessage());
                }
                if (reader.hasErrors()) {
                    break; // the transaction is rolled back: nothing of the file is stored
                }
            }
            reader.throwIfRejected();
        });
    }

    /** The row's village (by code, under the unit), or null with an error recorded; {@code seen} catches duplicates. */
    private static Organization village(RowReader reader, SheetRow row, Map<String, Organization> byCode, Set<Long> seen) {
        String code = reader.text(row, VILLAGE_CODE, true);
        if (code == null) {
            return null;
        }
        Organization village = byCode.get(code);
        if (village == null) {
            reader.reject(row, VILLAGE_CODE, "所选单位下没有代码为“" + code + "”的村");
        } else if (seen != null && seen.contains(village.id())) {
            reader.reject(row, VILLAGE_CODE, "村“" + code + "”重复出现");
            return null;
        }
        return village;
    }

    private static Long id(RowReader reader, SheetRow row) {
        Integer id = reader.integer(row, ID, false);
        return id == null ? null : id.longValue();
    }

    /**
     * Whether the record named by the row's id exists for the caller (and, with {@code inScope}, belongs to one of
     * those villages); records an error otherwise.
     */
    private static boolean existing(RowReader reader, SheetRow row, java.util.function.LongSupplier villageOrId,
                                    VillageSet inScope) {
        try {
            long found = villageOrId.getAsLong();
            if (inScope == null || inScope.containsKey(found)) {
                return true;
            }
        } catch (GrassrootsException e) {
            // not found or not visible: reported below like a record of another unit
        }
        reader.reject(row, ID, "编号“" + row.value(ID) + "”不是所选单位的记录；新增记录请留空编号");
        return false;
    }

    private static String length(RowReader reader, SheetRow row, String header, boolean required, int max) {
        String text = reader.text(row, header, required);
        if (text != null && text.length() > max) {
            reader.reject(row, header, "最多 " + max + " 个字");
        }
        return text;
    }

    private static Map<String, Organization> byCode(VillageSet inScope) {
        Map<String, Organization> byCode = new HashMap<>();
        inScope.values().forEach(v -> byCode.put(v.code(), v));
        return byCode;
    }

    private static List<Organization> sortedByCode(VillageSet inScope) {
        return inScope.values().stream().sorted(Comparator.comparing(Organization::code)).toList();
    }

    /** A number as people write it: no trailing ".0", no exponent. */
    static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
