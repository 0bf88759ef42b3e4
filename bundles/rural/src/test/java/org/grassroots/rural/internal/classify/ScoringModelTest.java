package org.grassroots.rural.internal.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.grassroots.core.api.FieldError;
import org.junit.jupiter.api.Test;

class ScoringModelTest {
    private final ScoringModel model = new ScoringModel(2024, List.of(
            new Criterion("A", "甲", "A", 3), new Criterion("B", "乙", "B", 1)), 85, 60, 1);

    @Test
    void weightedScoreNormalizesWeights() {
        assertEquals(82.5, model.score(Map.of("A", 90.0, "B", 60.0)));
        assertEquals(90.0, model.score(Map.of("A", 90.0, "B", 90.0)));
    }

    @Test
    void missingCriterionCountsAsZero() {
        assertEquals(67.5, model.score(Map.of("A", 90.0)));
    }

    @Test
    void thresholdsAreInclusive() {
        assertEquals(Category.DEMONSTRATION, model.categorize(85));
        assertEquals(Category.EXCELLENCE, model.categorize(84.99));
        assertEquals(Category.EXCELLENCE, model.categorize(60));
        assertEquals(Category.FOUNDATION, model.categorize(59.99));
    }

    @Test
    void criteriaSurviveStorage() {
        List<Criterion> criteria = ScoringModel.defaultCriteria();
        assertEquals(criteria, ScoringModel.decode(ScoringModel.encode(criteria)));
    }

    @Test
    void badModelsNameTheirFields() {
        List<String> fields = ScoringModel.problems(List.of(new Criterion("a", "", null, 0),
                new Criterion("B", "乙", null, 1), new Criterion("B", "乙", null, 1)), 50.0, 70.0)
                .build().errors().stream().map(FieldError::field).toList();
        assertTrue(fields.contains("criteria[0].code"), fields.toString());
        assertTrue(fields.contains("criteria[0].zhCN"), fields.toString());
        assertTrue(fields.contains("criteria[0].weight"), fields.toString());
        assertTrue(fields.contains("criteria[2].code"), fields.toString());
        assertTrue(fields.contains("excellenceMin"), fields.toString());
        assertTrue(ScoringModel.problems(ScoringModel.defaultCriteria(), 85.0, 60.0).isEmpty());
        assertTrue(ScoringModel.problems(List.of(), null, null).build().errors().size() >= 3);
    }

    @Test
    void bandsOfTheDemoDataLandInTheirCategoryWhateverTheWeights() {
        // the demo data deals villages into bands whose every criterion lies in the band's range
        ScoringModel skewed = new ScoringModel(2024, List.of(new Criterion("A", "甲", "A", 99),
                new Criterion("B", "乙", "B", 1)), 85, 60, 1);
        assertEquals(Category.DEMONSTRATION, skewed.categorize(skewed.score(Map.of("A", 86.0, "B", 99.0))));
        assertEquals(Category.EXCELLENCE, skewed.categorize(skewed.score(Map.of("A", 62.0, "B", 83.0))));
        assertEquals(Category.FOUNDATION, skewed.categorize(skewed.score(Map.of("A", 57.0, "B", 38.0))));
    }
}
