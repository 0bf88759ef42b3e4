package org.grassroots.rural.internal;

import java.io.InputStream;
import java.time.LocalDate;
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

/** 村村到 visits as a sheet: written, and read to record new visits. */
@Component(service = VisitSheets.class)
public class VisitSheets {
    private final SheetRows sheetRows;
    private final ModuleScope scope;
    private final Villages villages;
    private final Visits visits;

    @Activate
    public VisitSheets(@Reference SheetRows sheetRows, @Reference ModuleScopes scopes, @Reference Villages villages, @Reference Visits visits) {
        this.sheetRows = sheetRows;
        this.scope = scopes.of(RuralModule.ID);
        this.villages = villages;
        this.visits = visits;
    }

    static final String LEADER = "走访领导";
    static final String VISITED_ON = "走访日期";
    static final String FINDINGS = "调研发现";
    private static final Map<String, String> VISIT_COLUMNS = Map.of("villageId", VILLAGE_CODE, "leaderName", LEADER,
            "visitedOn", VISITED_ON, "findings", FINDINGS);

    public Table visits(Long unit, Integer year) {
        VillageSet inScope = villages.enabledUnder(unit);
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
    public Imported importVisits(Long unit, FileFormat format, InputStream in) {
        VillageSet inScope = villages.enabledUnder(unit);
        Sheet sheet = sheetRows.read(format, in);
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
                reader.reject(row, VISITED_ON, RuralMessages.TEXT.message("date.future"));
            }
            String findings = length(reader, row, FINDINGS, false, 4000);
            if (village != null) {
                drafts.add(new Parsed<>(row, new VisitDraft(village.id(), leader, null, on, findings)));
            }
        }
        reader.throwIfRejected();
        String actor = scope.actor();
        sheetRows.storeAll(reader, drafts, VISIT_COLUMNS, draft -> visits.record(draft, actor));
        return new Imported("visits", sheet.rows().size(), drafts.size(), 0, unchanged);
    }
}
