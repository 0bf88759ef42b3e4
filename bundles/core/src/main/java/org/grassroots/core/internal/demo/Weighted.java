package org.grassroots.core.internal.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** An immutable weighted choice among a few values, e.g. education levels by share. */
final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulativeWeights;

    private Weighted(List<T> values, double[] cumulativeWeights) {
        this.values = List.copyOf(values);
        this.cumulativeWeights = cumulativeWeights;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    T pick(SplittableRandom random) {
        double point = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        int index = Arrays.binarySearch(cumulativeWeights, point);
        // binarySearch returns -(insertion point) - 1 when the point falls between two cumulative weights
        return values.get(index >= 0 ? index + 1 : -index - 1);
    }

    static final class Builder<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T value, double weight) {
            if (weight > 0) {
                values.add(value);
                weights.add(weight);
            }
            return this;
        }

        Weighted<T> build() {
            if (values.isEmpty()) {
                throw new IllegalStateException("a weighted choice needs at least one value with a positive weight");
            }
            double[] cumulative = new double[weights.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            return new Weighted<>(values, cumulative);
        }
    }
}
