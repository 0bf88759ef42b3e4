package org.grassroots.position.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.grassroots.core.api.ValidationException;

/**
 * The scoring rules of an assessment, apart from storage (unit-tested): every item of the standard version is
 * scored exactly once, a score lies between 0 and the item's weight with at most one decimal, evidence is optional
 * text; the total is the sum and the grade follows from the share of the maximum ({@link Grade}).
 */
public final class ScoreRules {
    /** A checked score: the item it scores, the score and its evidence. */
    public record Checked(StandardItemEntity item, BigDecimal score, String evidence, Long attachmentId) {
    }

    private ScoreRules() {
    }

    /** The checked scores in the order of the items; every refused score is added to {@code errors}. */
    public static List<Checked> check(List<StandardItemEntity> items, List<ScoreDraft> scores, ValidationException.Builder errors) {
        Map<Long, StandardItemEntity> byId = new HashMap<>();
        items.forEach(i -> byId.put(i.id, i));
        Map<Long, Checked> checked = new HashMap<>();
        List<ScoreDraft> given = scores == null ? List.of() : scores;
        for (int i = 0; i < given.size(); i++) {
            ScoreDraft s = given.get(i);
            String field = "scores[" + i + "]";
            if (s == null || s.itemId() == null) {
                errors.add(field + ".itemId", PosText.TEXT.message("field.required"));
                continue;
            }
            StandardItemEntity item = byId.get(s.itemId());
            if (item == null) {
                errors.add(field + ".itemId", PosText.TEXT.message("assessment.unknownItem", s.itemId()));
                continue;
            }
            if (checked.containsKey(item.id)) {
                errors.add(field + ".itemId", PosText.TEXT.message("assessment.twice", item.positionNo));
                continue;
            }
            BigDecimal score = errors.number(field + ".score", s.score(), BigDecimal.ZERO, item.weight, 1, true);
            String evidence = errors.note(field + ".evidence", s.evidence(), 500, false);
            if (s.attachmentId() != null && s.attachmentId() <= 0) {
                errors.add(field + ".attachmentId", PosText.TEXT.message("field.id"));
            }
            checked.put(item.id, new Checked(item, score, evidence, s.attachmentId()));
        }
        List<Integer> missing = items.stream().filter(i -> !checked.containsKey(i.id)).map(i -> i.positionNo).toList();
        if (!missing.isEmpty()) {
            errors.add("scores", PosText.TEXT.message("assessment.missing", missing.toString()));
        }
        return items.stream().map(i -> checked.get(i.id)).filter(c -> c != null).toList();
    }

    public static BigDecimal total(List<Checked> scores) {
        return scores.stream().map(c -> c.score() == null ? BigDecimal.ZERO : c.score()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public static BigDecimal max(List<StandardItemEntity> items) {
        return items.stream().map(i -> i.weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
