package org.grassroots.rural.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.Statistic;
import org.grassroots.core.api.module.StatisticsProvider;
import org.grassroots.rural.internal.classify.Category;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's dashboard figures for a subtree and year, each computed by query. */
@Component(service = {StatisticsProvider.class, RuralStatistics.class},
        property = RuralModule.MODULE_PROPERTY + "=" + RuralModule.ID)
public class RuralStatistics implements StatisticsProvider {
    private final Villages villages;
    private final Classifications classifications;
    private final Visits visits;
    private final PairingFigures pairings;
    private final Economy economy;

    @Activate
    public RuralStatistics(@Reference Villages villages, @Reference Classifications classifications,
                           @Reference Visits visits, @Reference PairingFigures pairings, @Reference Economy economy) {
        this.villages = villages;
        this.classifications = classifications;
        this.visits = visits;
        this.pairings = pairings;
        this.economy = economy;
    }

    /** The figures of the villages under {@code unit}, for a caller who must see it (404) with the module enabled (403). */
    public List<Statistic> forUnit(Long unit, int year) {
        Classifications.requireYear(year);
        // the checked unit's villages are the ones to count: asking core for them twice doubled the cost of the call
        return compute(villages.enabledUnder(unit), year);
    }

    @Override
    public List<Statistic> compute(long subtreeOf, int year) {
        return compute(villages.under(subtreeOf), year);
    }

    private List<Statistic> compute(VillageSet inScope, int year) {
        Map<String, Double> categories = new LinkedHashMap<>();
        classifications.countByCategory(year, inScope).forEach((c, n) -> categories.put(c.name(), n.doubleValue()));
        double classified = categories.values().stream().mapToDouble(Double::doubleValue).sum();

        var coverage = visits.coverage(inScope, year);
        PairingFigures.Figures pairing = pairings.of(inScope);
        double[] income = economy.totals(inScope, year);

        return List.of(
                new Statistic(RuralModule.CATEGORIES, LocalizedText.of("村党组织分类", "Village categories"), classified,
                        "villages", categories),
                new Statistic(RuralModule.VISIT_COVERAGE, LocalizedText.of("村村到覆盖率", "Visit coverage"),
                        percent(coverage.visited(), coverage.villages()), "percent",
                        Map.of("villages", (double) coverage.villages(), "visited", (double) coverage.visited())),
                new Statistic(RuralModule.PAIRING_COVERAGE, LocalizedText.of("结对覆盖率", "Pairing coverage"),
                        percent(pairing.paired(), inScope.size()), "percent",
                        Map.of("villages", (double) inScope.size(), "paired", (double) pairing.paired())),
                new Statistic(RuralModule.MATCH_QUALITY, LocalizedText.of("结对匹配度", "Pairing match quality"),
                        Math.round(pairing.meanFit() * 1000) / 10.0, "percent",
                        Map.of("activePairingsWithNeeds", (double) pairing.fitted())),
                new Statistic(RuralModule.INCOME_GROWTH, LocalizedText.of("集体经济收入增长", "Collective income growth"),
                        income[1] == 0 ? 0 : Math.round((income[0] - income[1]) / income[1] * 1000) / 10.0, "percent",
                        Map.of("income", round(income[0]), "previousIncome", round(income[1]))));
    }

    @Override
    public Set<Integer> years(long subtreeOf) {
        return economy.yearsWithData(villages.under(subtreeOf));
    }

    /** Villages per category in the year under the unit (for the shell and tests). */
    public Map<Category, Integer> categories(long subtreeOf, int year) {
        return classifications.countByCategory(year, villages.under(subtreeOf));
    }

    private static double percent(double part, double whole) {
        return whole == 0 ? 0 : Math.round(part / whole * 1000) / 10.0;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
