package org.grassroots.rural.internal;

import org.grassroots.core.api.module.ModuleMessages;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.io.RowReader;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rural.internal.SheetRows.Imported;
import org.grassroots.rural.internal.SheetRows.Parsed;
import org.grassroots.rural.internal.SheetRows.Table;
import org.grassroots.rural.internal.match.Geo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import static org.grassroots.rural.internal.SheetRows.*;

/** The enterprises the caller sees as a sheet, read back to add and change them. */
@Component(service = EnterpriseSheets.class)
public class EnterpriseSheets {
    private final SheetRows sheetRows;
    private final ModuleScope scope;
    private final Villages villages;
    private final Enterprises enterprises;

    @Activate
    public EnterpriseSheets(@Reference SheetRows sheetRows, @Reference ModuleScopes scopes, @Reference Villages villages, @Reference Enterprises enterprises) {
        this.sheetRows = sheetRows;
        this.scope = scopes.of(RuralModule.ID);
        this.villages = villages;
        this.enterprises = enterprises;
    }

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
        for (Enterprise e : enterprises.search(null)) {
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
        Sheet sheet = sheetRows.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet,
                List.of(ENTERPRISE, INDUSTRY, BUSINESS, CAPACITIES, LATITUDE, LONGITUDE));
        List<Parsed<EnterpriseRow>> parsed = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            Long id = id(reader, row);
            if (id != null && !existing(reader, row, () -> enterprises.get(id).id(), null)) {
                continue;
            }
            if (id != null && !enterprises.mayEdit(id)) {
                reader.reject(row, ID, RuralMessages.TEXT.message("sheet.enterprise.notEditable", row.value(ENTERPRISE)));
            }
            String name = length(reader, row, ENTERPRISE, true, 200);
            String industry = length(reader, row, INDUSTRY, true, 100);
            String business = length(reader, row, BUSINESS, true, 1000);
            String keywords = length(reader, row, KEYWORDS, false, 1000);
            Set<NeedType> capacities = capacities(reader, row);
            BigDecimal latitude = reader.decimal(row, LATITUDE, true);
            BigDecimal longitude = reader.decimal(row, LONGITUDE, true);
            if (latitude != null && longitude != null && !Geo.valid(latitude.doubleValue(), longitude.doubleValue())) {
                reader.reject(row, LATITUDE, RuralMessages.TEXT.message("location"));
            }
            Long owner = null;
            String ownerCode = reader.text(row, OWNER, false);
            if (ownerCode != null) {
                owner = villages.unitByCode(ownerCode).map(Organization::id).orElse(null);
                if (owner == null) {
                    reader.reject(row, OWNER, RuralMessages.TEXT.message("sheet.owner.unknown", ownerCode));
                }
            } else if (id == null && scope.scopeUnit() == null) {
                reader.reject(row, OWNER, RuralMessages.TEXT.message("sheet.owner.required"));
            }
            parsed.add(new Parsed<>(row, new EnterpriseRow(id, new EnterpriseDraft(name, industry, business, capacities,
                    keywords, latitude == null ? null : latitude.doubleValue(),
                    longitude == null ? null : longitude.doubleValue(), owner))));
        }
        reader.throwIfRejected();
        String actor = scope.actor();
        int[] counts = new int[2];
        sheetRows.storeAll(reader, parsed, ENTERPRISE_COLUMNS, e -> {
            if (e.id() == null) {
                enterprises.createEnterprise(e.draft(), actor);
                counts[0]++;
            } else {
                enterprises.updateEnterprise(e.id(), enterprises.get(e.id()).version(), e.draft(), actor);
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
                    reader.reject(row, CAPACITIES, RuralMessages.TEXT.message("sheet.capacity.unknown", part, ModuleMessages.choices(NeedType.values())));
                } else {
                    types.add(type);
                }
            }
        }
        return types;
    }
}
