package org.grassroots.rural.internal.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.grassroots.rural.internal.RuralMessages;

/**
 * Ranks enterprises for a village need and explains each score by its parts. Pure and allocation-light so that
 * ranking every enterprise for every need of all villages stays interactive (see RecommenderBenchmark).
 */
public final class Recommender {
    public static final String BUSINESS = "business";
    public static final String INDUSTRY = "industry";
    public static final String DISTANCE = "distance";
    public static final String LOAD = "load";
    public static final String OUTCOMES = "outcomes";

    static final double BUSINESS_WEIGHT = 0.35;
    static final double INDUSTRY_WEIGHT = 0.20;
    static final double DISTANCE_WEIGHT = 0.20;
    static final double LOAD_WEIGHT = 0.10;
    static final double OUTCOMES_WEIGHT = 0.15;
    /** Beyond this distance the distance part is worth nothing. */
    static final double REACH_KM = 50;
    /** Below this share of the possible business+industry points, an enterprise does not match a need. */
    static final double MATCH_MIN = 0.25;

    private Recommender() {
    }

    /** The best {@code limit} enterprises for the need, best first (ties: fewer active pairings, then lower id). */
    public static List<Recommendation> rank(NeedProfile need, List<EnterpriseProfile> enterprises, int limit) {
        return rank(need, enterprises, limit, Locale.ENGLISH);
    }

    /** The same, each score's reasons in {@code language} (Chinese unless English). */
    public static List<Recommendation> rank(NeedProfile need, List<EnterpriseProfile> enterprises, int limit, Locale language) {
        if (limit <= 0) {
            return List.of();
        }
        // a bounded min-heap of indexes: only candidates better than the current worst of the best are touched
        int[] heap = new int[Math.min(limit, enterprises.size())];
        double[] scores = new double[enterprises.size()];
        int size = 0;
        for (int i = 0; i < enterprises.size(); i++) {
            scores[i] = quickScore(need, enterprises.get(i));
            if (size < heap.length) {
                heap[size] = i;
                siftUp(heap, size++, scores, enterprises);
            } else if (better(i, heap[0], scores, enterprises)) {
                heap[0] = i;
                siftDown(heap, size, scores, enterprises);
            }
        }
        Integer[] best = new Integer[size];
        for (int i = 0; i < size; i++) {
            best[i] = heap[i];
        }
        java.util.Arrays.sort(best, (a, b) -> better(a, b, scores, enterprises) ? -1 : better(b, a, scores, enterprises) ? 1 : 0);
        List<Recommendation> ranked = new ArrayList<>(size);
        for (int index : best) {
            ranked.add(explain(need, enterprises.get(index), language));
        }
        return ranked;
    }

    private static boolean better(int a, int b, double[] scores, List<EnterpriseProfile> enterprises) {
        if (scores[a] != scores[b]) {
            return scores[a] > scores[b];
        }
        EnterpriseProfile ea = enterprises.get(a);
        EnterpriseProfile eb = enterprises.get(b);
        return ea.active() != eb.active() ? ea.active() < eb.active() : ea.id() < eb.id();
    }

    private static void siftUp(int[] heap, int at, double[] scores, List<EnterpriseProfile> enterprises) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!better(heap[parent], heap[at], scores, enterprises)) {
                break;
            }
            int swap = heap[parent];
            heap[parent] = heap[at];
            heap[at] = swap;
            at = parent;
        }
    }

    private static void siftDown(int[] heap, int size, double[] scores, List<EnterpriseProfile> enterprises) {
        int at = 0;
        while (true) {
            int left = 2 * at + 1;
            int worst = at;
            if (left < size && better(heap[worst], heap[left], scores, enterprises)) {
                worst = left;
            }
            if (left + 1 < size && better(heap[worst], heap[left + 1], scores, enterprises)) {
                worst = left + 1;
            }
            if (worst == at) {
                return;
            }
            int swap = heap[worst];
            heap[worst] = heap[at];
            heap[at] = swap;
            at = worst;
        }
    }

    /** The score with every part explained; the parts' points sum to the score. */
    public static Recommendation explain(NeedProfile need, EnterpriseProfile enterprise) {
        return explain(need, enterprise, Locale.ENGLISH);
    }

    /** The same, the reasons in {@code language} (Chinese unless English). */
    public static Recommendation explain(NeedProfile need, EnterpriseProfile enterprise, Locale language) {
        List<ScoreComponent> parts = new ArrayList<>(5);
        int matched = matchedKeywords(need, enterprise);
        double business = businessValue(need, matched);
        parts.add(part(BUSINESS, business, BUSINESS_WEIGHT, (need.keywords().isEmpty()
                ? RuralMessages.TEXT.message("rec.business.none")
                : RuralMessages.TEXT.message("rec.business", matched, need.keywords().size())).in(language)));
        boolean sameIndustry = sameIndustry(need, enterprise);
        boolean capable = enterprise.capacities().contains(need.type());
        parts.add(part(INDUSTRY, industryValue(sameIndustry, capable), INDUSTRY_WEIGHT,
                (sameIndustry ? RuralMessages.TEXT.message("rec.industry.same", enterprise.industry())
                        : RuralMessages.TEXT.message("rec.industry.different")).in(language)
                        + RuralMessages.TEXT.message(capable ? "rec.capable" : "rec.notCapable", need.type()).in(language)));
        double km = distance(need, enterprise);
        parts.add(part(DISTANCE, distanceValue(km), DISTANCE_WEIGHT, Double.isNaN(km)
                ? RuralMessages.TEXT.message("rec.distance.none").in(language)
                : RuralMessages.TEXT.message("rec.distance", String.format(Locale.ROOT, "%.1f", km),
                        String.format(Locale.ROOT, "%.0f", REACH_KM)).in(language)));
        parts.add(part(LOAD, loadValue(enterprise), LOAD_WEIGHT, RuralMessages.TEXT.message("rec.load", enterprise.active()).in(language)));
        parts.add(part(OUTCOMES, outcomesValue(enterprise), OUTCOMES_WEIGHT, (enterprise.ended() == 0
                ? RuralMessages.TEXT.message("rec.outcomes.none")
                : RuralMessages.TEXT.message("rec.outcomes", enterprise.successful(), enterprise.ended())).in(language)));
        double score = 0;
        for (ScoreComponent p : parts) {
            score += p.points();
        }
        return new Recommendation(need.needId(), enterprise.id(), enterprise.name(), score, parts);
    }

    /**
     * Whether the enterprise's business still fits the need (精准帮扶): its business and industry parts reach
     * {@link #MATCH_MIN} of what they could.
     */
    public static boolean matches(NeedProfile need, EnterpriseProfile enterprise) {
        return fit(need, enterprise) >= MATCH_MIN;
    }

    /** Business and industry parts as a share (0–1) of their possible points. */
    public static double fit(NeedProfile need, EnterpriseProfile enterprise) {
        double business = businessValue(need, matchedKeywords(need, enterprise));
        double industry = industryValue(sameIndustry(need, enterprise), enterprise.capacities().contains(need.type()));
        return (business * BUSINESS_WEIGHT + industry * INDUSTRY_WEIGHT) / (BUSINESS_WEIGHT + INDUSTRY_WEIGHT);
    }

    private static double quickScore(NeedProfile need, EnterpriseProfile enterprise) {
        return 100 * (BUSINESS_WEIGHT * businessValue(need, matchedKeywords(need, enterprise))
                + INDUSTRY_WEIGHT * industryValue(sameIndustry(need, enterprise), enterprise.capacities().contains(need.type()))
                + DISTANCE_WEIGHT * distanceValue(distance(need, enterprise))
                + LOAD_WEIGHT * loadValue(enterprise)
                + OUTCOMES_WEIGHT * outcomesValue(enterprise));
    }

    private static ScoreComponent part(String name, double value, double weight, String reason) {
        return new ScoreComponent(name, value, weight, value * weight * 100, reason);
    }

    static int matchedKeywords(NeedProfile need, EnterpriseProfile enterprise) {
        int matched = 0;
        for (String keyword : need.keywords()) {
            if (enterprise.keywords().contains(keyword) || enterprise.mainBusiness().contains(keyword)) {
                matched++;
            }
        }
        return matched;
    }

    private static double businessValue(NeedProfile need, int matched) {
        return need.keywords().isEmpty() ? 0 : (double) matched / need.keywords().size();
    }

    private static boolean sameIndustry(NeedProfile need, EnterpriseProfile enterprise) {
        return !need.industry().isEmpty() && need.industry().equals(enterprise.industry());
    }

    private static double industryValue(boolean sameIndustry, boolean capable) {
        return (sameIndustry ? 0.5 : 0) + (capable ? 0.5 : 0);
    }

    private static double distance(NeedProfile need, EnterpriseProfile enterprise) {
        return need.located() ? Geo.distanceKm(need.latitude(), need.longitude(), enterprise.latitude(), enterprise.longitude())
                : Double.NaN;
    }

    private static double distanceValue(double km) {
        return Double.isNaN(km) ? 0 : Math.max(0, 1 - km / REACH_KM);
    }

    private static double loadValue(EnterpriseProfile enterprise) {
        return 1.0 / (1 + enterprise.active());
    }

    /** Laplace-smoothed success rate: an enterprise with no history is neutral (0.5), not penalized. */
    private static double outcomesValue(EnterpriseProfile enterprise) {
        return (enterprise.successful() + 1.0) / (enterprise.ended() + 2.0);
    }
}
