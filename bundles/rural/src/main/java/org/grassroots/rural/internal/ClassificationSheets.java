package org.grassroots.rural.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.io.RowReader;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.rural.internal.SheetRows.Imported;
import org.grassroots.rural.internal.SheetRows.Table;
import org.grassroots.rural.internal.classify.Criterion;
import org.grassroots.rural.internal.classify.ScoringModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import static org.grassroots.rural.internal.SheetRows.*;

/** The assessment sheet (criterion scores per village, read and written) and the classification sheet (written). */
@Component(service = ClassificationSheets.class)
public class ClassificationSheets {
    private final SheetRows sheetRows;
    private final ModuleScope scope;
    private final Villages villages;
    private final ScoringModels scoringModels;
    private final CriterionScores criterionScores;
    private final Classifications classifications;

    @Activate
    public ClassificationSheets(@Reference SheetRows sheetRows, @Reference ModuleScopes scopes, @Reference Villages villages, @Reference ScoringModels scoringModels,
                                @Reference CriterionScores criterionScores, @Reference Classifications classifications) {
        this.sheetRows = sheetRows;
        this.scope = scopes.of(RuralModule.ID);
        this.villages = villages;
        this.scoringModels = scoringModels;
        this.criterionScores = criterionScores;
        this.classifications = classifications;
    }

    /** Every village under the unit with its criterion scores of the year (blank where none): the sheet to fill in. */
    public Table scores(int year, Long unit) {
        VillageSet inScope = villages.enabledUnder(unit);
        ScoringModel model = scoringModels.model(year);
        List<String> headers = new ArrayList<>(List.of(VILLAGE_CODE, VILLAGE_NAME));
        model.criteria().forEach(c -> headers.add(c.zhCN()));
        Map<Long, Map<String, Double>> scores = criterionScores.scoresOf(year, inScope);
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
    public Imported importScores(int year, Long unit, FileFormat format, InputStream in) {
        VillageSet inScope = villages.enabledUnder(unit);
        Classifications.requireYear(year);
        ScoringModel model = scoringModels.model(year);
        Sheet sheet = sheetRows.read(format, in);
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
            reader.reject(new SheetRow(1, Map.of()), VILLAGE_CODE, RuralMessages.TEXT.message("sheet.scores.noColumns", year, model.criteria().stream().map(Criterion::zhCN).collect(Collectors.joining("、"))));
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
                        reader.reject(row, header, RuralMessages.TEXT.message("sheet.score", value.toPlainString()));
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
        criterionScores.saveAllScores(year, scores, scope.actor());
        return new Imported("scores", sheet.rows().size(), 0, scores.size(), unchanged);
    }

    public Table classifications(int year, Long unit) {
        VillageSet inScope = villages.enabledUnder(unit);
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
}
