package org.grassroots.itests.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The bracketed figures of the district's 2024 report (DOMAIN.md) as the demo of every module reproduces them in the
 * year-end work record, each from its module's statistics over the demo's records: 28 teaching sites and 4 routes, 41
 * contact points, 65 positions recorded in the city system and 10 featured, 1,600+ organizations that held their
 * 组织生活会 and 30,000+ members evaluated, 53/91/3 villages, 21 community secretaries adjusted and 100+ trained, all 48
 * communities covered, 10 demonstration buildings.
 */
public final class ReportFigures {
    private static final Map<String, Double> EXACTLY = Map.ofEntries(Map.entry("education.sites", 28.0),
            Map.entry("education.routes", 4.0), Map.entry("rolemodel.contactPoints", 41.0),
            Map.entry("position.recorded", 65.0), Map.entry("position.featured", 10.0),
            Map.entry("rural.villages.category.DEMONSTRATION", 53.0), Map.entry("rural.villages.category.EXCELLENCE", 91.0),
            Map.entry("rural.villages.category.FOUNDATION", 3.0), Map.entry("community.secretariesAdjusted", 21.0),
            Map.entry("community.covered", 48.0), Map.entry("buildings.demonstration", 10.0));
    private static final Map<String, Double> AT_LEAST = Map.of("affairs.lifeMeetings", 1600.0,
            "affairs.membersEvaluated", 30000.0, "community.trained", 100.0);

    private ReportFigures() {
    }

    /** What differs between a 2024 work record of the whole demo district and the report; empty when nothing does. */
    public static List<String> differences(JsonNode record) {
        Map<String, Double> figures = new HashMap<>();
        record.get("sections").forEach(section -> section.get("figures")
                .forEach(f -> figures.put(f.get("id").asText(), f.get("value").asDouble())));
        List<String> wrong = new ArrayList<>();
        EXACTLY.forEach((id, value) -> {
            if (!value.equals(figures.get(id))) {
                wrong.add(id + " = " + figures.get(id) + ", the report says " + value);
            }
        });
        AT_LEAST.forEach((id, value) -> {
            if (figures.get(id) == null || figures.get(id) < value) {
                wrong.add(id + " = " + figures.get(id) + ", the report says " + value + "+");
            }
        });
        if (!wrong.isEmpty()) {
            wrong.add("all figures: " + figures);
        }
        return wrong;
    }
}
