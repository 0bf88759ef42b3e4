package org.grassroots.rural.internal.classify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.rural.internal.RuralMessages;
import org.grassroots.core.api.ValidationException;

/**
 * A year's classification model: weighted criteria (each scored 0–100) and the minimum weighted score of
 * 示范村 and 创优村; everything below the excellence minimum is 强基村.
 */
public record ScoringModel(int year, List<Criterion> criteria, double demonstrationMin, double excellenceMin,
                           long version) {
    public static final double MAX_SCORE = 100;

    public ScoringModel {
        criteria = List.copyOf(criteria);
    }

    /** Field errors of a model someone wants to store; empty when it is usable. */
    public static ValidationException.Builder problems(List<Criterion> criteria, Double demonstrationMin, Double excellenceMin) {
        ValidationException.Builder errors = ValidationException.builder();
        if (criteria == null || criteria.isEmpty()) {
            errors.add("criteria", RuralMessages.TEXT.message("model.criteria"));
        } else {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < criteria.size(); i++) {
                Criterion c = criteria.get(i);
                String field = "criteria[" + i + "]";
                if (c == null || c.code() == null || !c.code().matches("[A-Z][A-Z0-9_]{0,49}")) {
                    errors.add(field + ".code", RuralMessages.TEXT.message("model.code"));
                } else if (!codes.add(c.code())) {
                    errors.add(field + ".code", RuralMessages.TEXT.message("model.duplicate", c.code()));
                }
                if (c != null && (c.zhCN() == null || c.zhCN().isBlank())) {
                    errors.add(field + ".zhCN", RuralMessages.TEXT.message("required"));
                }
                if (c != null && (c.code() != null && c.code().contains("|") || c.zhCN() != null && c.zhCN().contains("|")
                        || c.en() != null && c.en().contains("|"))) {
                    errors.add(field, RuralMessages.TEXT.message("model.bar"));
                }
                if (c != null && !(c.weight() > 0 && c.weight() <= 100)) {
                    errors.add(field + ".weight", RuralMessages.TEXT.message("model.weight"));
                }
            }
        }
        if (demonstrationMin == null || demonstrationMin <= 0 || demonstrationMin > MAX_SCORE) {
            errors.add("demonstrationMin", RuralMessages.TEXT.message("model.min"));
        }
        if (excellenceMin == null || excellenceMin <= 0 || excellenceMin > MAX_SCORE) {
            errors.add("excellenceMin", RuralMessages.TEXT.message("model.min"));
        }
        if (demonstrationMin != null && excellenceMin != null && excellenceMin >= demonstrationMin) {
            errors.add("excellenceMin", RuralMessages.TEXT.message("model.excellenceBelow", demonstrationMin));
        }
        return errors;
    }

    /**
     * The weighted score (0–100) of one village. A criterion the village has no score for counts as 0, so a
     * missing assessment never lifts a village.
     */
    public double score(Map<String, Double> criterionScores) {
        double weights = 0;
        double sum = 0;
        for (Criterion criterion : criteria) {
            weights += criterion.weight();
            Double value = criterionScores.get(criterion.code());
            sum += criterion.weight() * (value == null ? 0 : value);
        }
        return weights == 0 ? 0 : Math.round(sum / weights * 100) / 100.0;
    }

    public Category categorize(double score) {
        if (score >= demonstrationMin) {
            return Category.DEMONSTRATION;
        }
        return score >= excellenceMin ? Category.EXCELLENCE : Category.FOUNDATION;
    }

    public boolean hasCriterion(String code) {
        return criteria.stream().anyMatch(c -> c.code().equals(code));
    }

    /** Stored form of the criteria: one line per criterion, {@code code|zhCN|en|weight}. */
    public static String encode(List<Criterion> criteria) {
        StringBuilder text = new StringBuilder();
        for (Criterion c : criteria) {
            text.append(c.code()).append('|').append(c.zhCN()).append('|').append(c.en() == null ? "" : c.en())
                    .append('|').append(c.weight()).append('\n');
        }
        return text.toString();
    }

    public static List<Criterion> decode(String text) {
        List<Criterion> criteria = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split("\\|", -1);
                criteria.add(new Criterion(parts[0], parts[1], parts[2], Double.parseDouble(parts[3])));
            }
        }
        return criteria;
    }

    /** The model a year starts with until someone edits it (the district's usual assessment areas). */
    public static List<Criterion> defaultCriteria() {
        return List.of(new Criterion("ORGANIZATION", "组织建设", "Party organization", 30),
                new Criterion("ECONOMY", "集体经济", "Collective economy", 30),
                new Criterion("GOVERNANCE", "乡村治理", "Village governance", 20),
                new Criterion("SERVICE", "为民服务", "Services to villagers", 20));
    }
}
