package org.grassroots.rural.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import static org.grassroots.rural.internal.SheetRows.*;

/** The villages' needs as a sheet, read back to add and change them. */
@Component(service = NeedSheets.class)
public class NeedSheets {
    private final SheetRows sheetRows;
    private final ModuleScope scope;
    private final Villages villages;
    private final Needs needs;

    @Activate
    public NeedSheets(@Reference SheetRows sheetRows, @Reference ModuleScopes scopes, @Reference Villages villages, @Reference Needs needs) {
        this.sheetRows = sheetRows;
        this.scope = scopes.of(RuralModule.ID);
        this.villages = villages;
        this.needs = needs;
    }

    static final String NEED_TYPE = "需求类型";
    static final String DESCRIPTION = "需求描述";
    static final String OPEN = "状态";
    static final String OPEN_LABEL = "未满足";
    static final String MET_LABEL = "已满足";
    private static final Map<String, String> NEED_COLUMNS = Map.of("villageId", VILLAGE_CODE, "type", NEED_TYPE,
            "industry", EnterpriseSheets.INDUSTRY, "description", DESCRIPTION, "keywords", EnterpriseSheets.KEYWORDS, "open", OPEN);

    public Table needs(Long unit) {
        VillageSet inScope = villages.enabledUnder(unit);
        List<List<String>> rows = new ArrayList<>();
        for (Need n : needs.list(inScope, null)) {
            Organization village = inScope.get(n.villageId());
            if (village == null) {
                continue; // a unit that is no longer a village
            }
            rows.add(List.of(Long.toString(n.id()), village.code(), village.name(), n.type().zhCN(), text(n.industry()),
                    n.description(), String.join(" ", n.keywords()), n.open() ? OPEN_LABEL : MET_LABEL));
        }
        return new Table(List.of(ID, VILLAGE_CODE, VILLAGE_NAME, NEED_TYPE, EnterpriseSheets.INDUSTRY, DESCRIPTION, EnterpriseSheets.KEYWORDS, OPEN), rows);
    }

    private record NeedRow(Long id, NeedDraft draft) {
    }

    /** Adds needs (rows without an id) and changes the unit's needs named by their id. */
    public Imported importNeeds(Long unit, FileFormat format, InputStream in) {
        VillageSet inScope = villages.enabledUnder(unit);
        Sheet sheet = sheetRows.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet, List.of(VILLAGE_CODE, NEED_TYPE, DESCRIPTION));
        Map<String, Organization> byCode = byCode(inScope);
        List<Parsed<NeedRow>> parsed = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            Long id = id(reader, row);
            if (id != null && !existing(reader, row, () -> needs.get(id).villageId(), inScope)) {
                continue;
            }
            Organization village = village(reader, row, byCode, null);
            NeedType type = reader.choice(row, NEED_TYPE, true, NeedType.class, NeedType::parse, NeedType::zhCN);
            String industry = length(reader, row, EnterpriseSheets.INDUSTRY, false, 100);
            String description = length(reader, row, DESCRIPTION, true, 1000);
            String keywords = length(reader, row, EnterpriseSheets.KEYWORDS, false, 1000);
            String open = reader.text(row, OPEN, false);
            if (open != null && !open.equals(OPEN_LABEL) && !open.equals(MET_LABEL)) {
                reader.reject(row, OPEN, RuralMessages.TEXT.message("sheet.open", OPEN_LABEL, MET_LABEL, open));
            }
            if (village != null) {
                parsed.add(new Parsed<>(row, new NeedRow(id, new NeedDraft(village.id(), type, industry, description,
                        keywords, !MET_LABEL.equals(open)))));
            }
        }
        reader.throwIfRejected();
        String actor = scope.actor();
        int[] counts = new int[2];
        sheetRows.storeAll(reader, parsed, NEED_COLUMNS, n -> {
            if (n.id() == null) {
                needs.createNeed(n.draft(), actor);
                counts[0]++;
            } else {
                needs.updateNeed(n.id(), needs.get(n.id()).version(), n.draft(), actor);
                counts[1]++;
            }
        });
        return new Imported("needs", sheet.rows().size(), counts[0], counts[1], 0);
    }
}
