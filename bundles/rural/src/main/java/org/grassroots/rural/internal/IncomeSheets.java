package org.grassroots.rural.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.grassroots.rural.internal.SheetRows.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import static org.grassroots.rural.internal.SheetRows.*;

/** Collective income of the villages per year as a sheet, read back to record or correct it. */
@Component(service = IncomeSheets.class)
public class IncomeSheets {
    private final SheetRows sheetRows;
    private final ModuleScope scope;
    private final Villages villages;
    private final Economy economy;

    @Activate
    public IncomeSheets(@Reference SheetRows sheetRows, @Reference ModuleScopes scopes, @Reference Villages villages, @Reference Economy economy) {
        this.sheetRows = sheetRows;
        this.scope = scopes.of(RuralModule.ID);
        this.villages = villages;
        this.economy = economy;
    }

    static final String AMOUNT = "集体经济收入（万元）";

    /** Every village under the unit with its income of the year (blank where none), last year's and the growth. */
    public Table income(int year, Long unit) {
        VillageSet inScope = villages.enabledUnder(unit);
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
    public Imported importIncome(int year, Long unit, FileFormat format, InputStream in) {
        VillageSet inScope = villages.enabledUnder(unit);
        Classifications.requireYear(year);
        Sheet sheet = sheetRows.read(format, in);
        RowReader reader = new RowReader().requireHeaders(sheet, List.of(VILLAGE_CODE, AMOUNT));
        Map<String, Organization> byCode = byCode(inScope);
        Map<Long, Double> amounts = new LinkedHashMap<>();
        int unchanged = 0;
        for (SheetRow row : sheet.rows()) {
            Organization village = village(reader, row, byCode, amounts.keySet());
            BigDecimal amount = reader.decimal(row, AMOUNT, false);
            if (amount != null && Economy.amountProblem(amount.doubleValue()) != null) {
                reader.reject(row, AMOUNT, RuralMessages.TEXT.message("sheet.amount", amount.toPlainString()));
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
}
