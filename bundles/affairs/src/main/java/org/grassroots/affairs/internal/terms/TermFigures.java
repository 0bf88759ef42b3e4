package org.grassroots.affairs.internal.terms;

import java.util.LinkedHashMap;
import java.util.Map;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.Statistic;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's re-election figure ({@code affairs.reelections}) for a subtree and year: the organizations whose term
 * ends in the year, ended early in it, or was overdue when it began, split into re-elected, overdue and pending on the
 * year's reference day (its last day, today in the running year). One query over the subtree's terms (about 1,700 rows
 * for the demo district), so it is not cached.
 */
@Component(service = TermFigures.class)
public class TermFigures {
    public static final String ID = "affairs.reelections";
    public static final Map<String, LocalizedText> LABELS = labels();

    private final Terms terms;

    @Activate
    public TermFigures(@Reference Terms terms) {
        this.terms = terms;
    }

    private static Map<String, LocalizedText> labels() {
        Map<String, LocalizedText> labels = new LinkedHashMap<>();
        labels.put("elected", LocalizedText.of("已换届", "Re-elected"));
        labels.put("overdue", LocalizedText.of("逾期未换届", "Overdue"));
        labels.put("pending", LocalizedText.of("待换届", "Pending"));
        return labels;
    }

    public Statistic statistic(Organization unit, int year) {
        Map<String, Integer> f = terms.figures(unit, year);
        Map<String, Double> breakdown = new LinkedHashMap<>();
        LABELS.keySet().forEach(k -> breakdown.put(k, f.getOrDefault(k, 0).doubleValue()));
        double total = breakdown.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Statistic(ID, LocalizedText.of("年内应换届的党组织", "Re-elections due in the year"), total, "count", breakdown);
    }
}
