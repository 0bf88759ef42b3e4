package org.grassroots.rural.internal.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.grassroots.rural.internal.NeedType;
import org.junit.jupiter.api.Test;

class RecommenderTest {
    private static final double LAT = 36.68;
    private static final double LON = 117.20;

    private static EnterpriseProfile enterprise(long id, String industry, String business, String keywords,
                                                Set<NeedType> capacities, double lat, double lon, int active, int ended,
                                                int successful) {
        return new EnterpriseProfile(id, "E" + id, industry, business, capacities, Keywords.parse(keywords), lat, lon,
                active, ended, successful);
    }

    private static NeedProfile need(NeedType type, String industry, String keywords) {
        return new NeedProfile(1, 100, type, industry, Keywords.parse(keywords), LAT, LON);
    }

    @Test
    void theEnterpriseWhoseBusinessMatchesTheNeedRanksFirst() {
        NeedProfile lotus = need(NeedType.INDUSTRY, "种植业", "莲藕、种植，深加工");
        List<EnterpriseProfile> all = List.of(
                enterprise(1, "建筑业", "道路硬化", "道路 排水", EnumSet.of(NeedType.INFRASTRUCTURE), LAT, LON, 0, 0, 0),
                enterprise(2, "种植业", "莲藕种植与深加工", "莲藕", EnumSet.of(NeedType.INDUSTRY), LAT + 0.05, LON, 0, 0, 0),
                enterprise(3, "电子商务", "农产品直播", "电商", EnumSet.of(NeedType.SALES), LAT, LON, 0, 0, 0));
        List<Recommendation> ranked = Recommender.rank(lotus, all, 3);
        assertEquals(List.of(2L, 1L, 3L).get(0), ranked.get(0).enterpriseId());
        assertEquals(3, ranked.size());
        assertTrue(ranked.get(0).score() > ranked.get(1).score());
    }

    @Test
    void componentsSumToTheScoreAndExplainThemselves() {
        NeedProfile sales = need(NeedType.SALES, null, "销售 电商 农产品");
        EnterpriseProfile e = enterprise(9, "电子商务", "农产品电商直播", "电商 直播 销售", EnumSet.of(NeedType.SALES),
                LAT + 0.1, LON + 0.1, 2, 3, 2);
        Recommendation r = Recommender.explain(sales, e);
        assertEquals(5, r.components().size());
        double sum = r.components().stream().mapToDouble(ScoreComponent::points).sum();
        assertEquals(r.score(), sum, 1e-9);
        double weights = r.components().stream().mapToDouble(ScoreComponent::weight).sum();
        assertEquals(1.0, weights, 1e-12);
        ScoreComponent business = r.components().get(0);
        assertEquals(Recommender.BUSINESS, business.name());
        assertEquals(1.0, business.value(), 1e-12); // 销售 (keyword), 电商 (keyword), 农产品 (in main business)
        assertTrue(business.reason().startsWith("3 of 3"), business.reason());
        ScoreComponent industry = r.components().get(1);
        assertEquals(0.5, industry.value(), 1e-12); // no industry stated on the need, but it can help with SALES
        ScoreComponent load = r.components().get(3);
        assertEquals(1.0 / 3, load.value(), 1e-12);
        ScoreComponent outcomes = r.components().get(4);
        assertEquals(3.0 / 5, outcomes.value(), 1e-12);
        for (ScoreComponent c : r.components()) {
            assertEquals(c.value() * c.weight() * 100, c.points(), 1e-9);
            assertFalse(c.reason().isBlank());
        }
    }

    @Test
    void aPerfectEnterpriseNextDoorWithNoLoadScoresItsMaximum() {
        NeedProfile n = need(NeedType.INDUSTRY, "种植业", "莲藕");
        EnterpriseProfile perfect = enterprise(1, "种植业", "莲藕", "莲藕", EnumSet.of(NeedType.INDUSTRY), LAT, LON, 0, 0, 0);
        // every part is 1 except outcomes, which is neutral (0.5) without history: 100 - 15 × 0.5
        assertEquals(92.5, Recommender.explain(n, perfect).score(), 1e-9);
    }

    @Test
    void distanceLoadAndOutcomesBreakTiesBetweenEqualBusinesses() {
        NeedProfile n = need(NeedType.LABOUR, null, "就业 培训");
        EnterpriseProfile near = enterprise(1, "人力资源", "就业培训", "", EnumSet.of(NeedType.LABOUR), LAT, LON, 0, 0, 0);
        EnterpriseProfile far = enterprise(2, "人力资源", "就业培训", "", EnumSet.of(NeedType.LABOUR), LAT + 0.3, LON, 0, 0, 0);
        EnterpriseProfile busy = enterprise(3, "人力资源", "就业培训", "", EnumSet.of(NeedType.LABOUR), LAT, LON, 4, 0, 0);
        EnterpriseProfile proven = enterprise(4, "人力资源", "就业培训", "", EnumSet.of(NeedType.LABOUR), LAT, LON, 0, 4, 4);
        List<Long> order = Recommender.rank(n, List.of(near, far, busy, proven), 4).stream()
                .map(Recommendation::enterpriseId).toList();
        assertEquals(List.of(4L, 1L, 3L, 2L), order);
    }

    @Test
    void rankKeepsOnlyTheBestAndIsStable() {
        NeedProfile n = need(NeedType.FUNDS, null, "资金");
        List<EnterpriseProfile> same = List.of(
                enterprise(5, "金融", "资金", "", EnumSet.of(NeedType.FUNDS), LAT, LON, 0, 0, 0),
                enterprise(2, "金融", "资金", "", EnumSet.of(NeedType.FUNDS), LAT, LON, 0, 0, 0),
                enterprise(7, "金融", "资金", "", EnumSet.of(NeedType.FUNDS), LAT, LON, 0, 0, 0));
        assertEquals(List.of(2L, 5L), Recommender.rank(n, same, 2).stream().map(Recommendation::enterpriseId).toList());
        assertTrue(Recommender.rank(n, same, 0).isEmpty());
    }

    @Test
    void mismatchIsDetectedForRepairing() {
        NeedProfile lotus = need(NeedType.INDUSTRY, "种植业", "莲藕 种植");
        EnterpriseProfile builder = enterprise(1, "建筑业", "道路硬化", "道路", EnumSet.of(NeedType.INFRASTRUCTURE), LAT, LON, 1, 0, 0);
        EnterpriseProfile grower = enterprise(2, "种植业", "莲藕种植", "", EnumSet.of(NeedType.INDUSTRY), LAT, LON, 1, 0, 0);
        assertFalse(Recommender.matches(lotus, builder));
        assertEquals(0, Recommender.fit(lotus, builder), 1e-12);
        assertTrue(Recommender.matches(lotus, grower));
        assertEquals(1, Recommender.fit(lotus, grower), 1e-12);
    }

    @Test
    void villageWithoutLocationGetsNoDistancePoints() {
        NeedProfile nowhere = new NeedProfile(1, 1, NeedType.SALES, null, Set.of("销售"), Double.NaN, Double.NaN);
        Recommendation r = Recommender.explain(nowhere,
                enterprise(1, "x", "销售", "", EnumSet.of(NeedType.SALES), LAT, LON, 0, 0, 0));
        assertEquals(0, r.components().get(2).points());
        assertEquals("the village has no location", r.components().get(2).reason());
    }

    @Test
    void haversineMatchesAKnownDistance() {
        // Jinan (36.6512, 117.1201) to Qingdao (36.0671, 120.3826): about 297 km great-circle
        assertEquals(297, Geo.distanceKm(36.6512, 117.1201, 36.0671, 120.3826), 3);
        assertEquals(0, Geo.distanceKm(LAT, LON, LAT, LON), 1e-9);
    }
}
