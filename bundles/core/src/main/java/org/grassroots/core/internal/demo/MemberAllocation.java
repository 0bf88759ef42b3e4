package org.grassroots.core.internal.demo;

import java.util.Comparator;
import java.util.stream.IntStream;

/** Turns relative member weights into whole member counts that add up to an exact total. */
final class MemberAllocation {

    private MemberAllocation() {
    }

    /**
     * Scales {@code weights} to counts summing to exactly {@code total}. A unit of weight 0 gets no members,
     * every other unit at least {@code minimum}. Rounding differences are settled one member at a time on
     * the largest units, where one member more or less changes the least.
     *
     * @throws IllegalArgumentException when the minimum alone exceeds the total
     */
    static int[] allocate(int[] weights, int total, int minimum) {
        long weightSum = 0;
        int hosts = 0;
        for (int weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight " + weight);
            }
            weightSum += weight;
            hosts += weight > 0 ? 1 : 0;
        }
        if (hosts == 0 || (long) hosts * minimum > total) {
            throw new IllegalArgumentException(hosts + " units cannot share " + total + " members with at least "
                    + minimum + " each");
        }
        double scale = (double) total / weightSum;
        int[] counts = new int[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                counts[i] = Math.max(minimum, (int) Math.round(weights[i] * scale));
                assigned += counts[i];
            }
        }
        int[] largestFirst = IntStream.range(0, weights.length).boxed()
                .filter(i -> weights[i] > 0)
                .sorted(Comparator.<Integer>comparingInt(i -> -counts[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        int difference = total - assigned;
        while (difference != 0) {
            boolean changed = false;
            for (int i : largestFirst) {
                if (difference == 0) {
                    break;
                }
                if (difference > 0) {
                    counts[i]++;
                    difference--;
                    changed = true;
                } else if (counts[i] > minimum) {
                    counts[i]--;
                    difference++;
                    changed = true;
                }
            }
            if (!changed) {
                throw new IllegalStateException("cannot settle " + difference + " members");
            }
        }
        return counts;
    }
}
