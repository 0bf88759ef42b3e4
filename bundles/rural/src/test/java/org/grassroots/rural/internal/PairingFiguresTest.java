package org.grassroots.rural.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.rural.internal.PairingFigures.ActivePairing;
import org.grassroots.rural.internal.PairingFigures.Figures;
import org.grassroots.rural.internal.match.EnterpriseProfile;
import org.grassroots.rural.internal.match.Keywords;
import org.grassroots.rural.internal.match.NeedProfile;
import org.junit.jupiter.api.Test;

/**
 * Pins the dashboard's pairing figures (rural.pairings.coverage's paired villages, rural.pairings.quality) as
 * {@link PairingFigures} computes them from the subtree's rows: the same figures the recommender's snapshot gave.
 */
class PairingFiguresTest {
    private static final long LOTUS_VILLAGE = 100;
    private static final long QUIET_VILLAGE = 200;

    // enterprises as stored (capacities ";A;B;", keywords ";a;b;"), like the demo's
    private static final EnterpriseProfile LOTUS_FARM = enterprise(1, "种植业", "莲藕种植与深加工", "莲藕", EnumSet.of(NeedType.INDUSTRY));
    private static final EnterpriseProfile LIVE_SALES = enterprise(2, "电子商务", "农产品直播", "电商", EnumSet.of(NeedType.SALES));

    private static EnterpriseProfile enterprise(long id, String industry, String business, String keywords, Set<NeedType> capacities) {
        return new EnterpriseProfile(id, "E" + id, industry, business, capacities, Keywords.parse(keywords), Double.NaN,
                Double.NaN, 0, 0, 0);
    }

    private static String stored(String keywords) {
        return Keywords.store(Keywords.parse(keywords));
    }

    /** Village 100 needs lotus processing (种植业) and sales help (no industry of its own, its profile says 乡村旅游). */
    private static Map<Long, List<NeedProfile>> openNeeds() {
        return Map.of(LOTUS_VILLAGE, List.of(
                PairingFigures.need(11, LOTUS_VILLAGE, NeedType.INDUSTRY, "种植业", stored("莲藕 种植"), "乡村旅游"),
                PairingFigures.need(12, LOTUS_VILLAGE, NeedType.SALES, null, stored("电商 销售"), "乡村旅游")));
    }

    @Test
    void theMeanFitCountsActivePairingsOfVillagesWithOpenNeedsEachAtItsBestNeed() {
        // the lotus farm fits need 11 fully (both keywords, same industry, capable): 1.0; the live-sales firm fits
        // need 12 best: one keyword of two (0.5 × 0.35) and capable of SALES (0.5 × 0.20), over 0.55 = 0.5;
        // village 200 has no open need: paired, but not in the mean
        List<ActivePairing> active = List.of(new ActivePairing(LOTUS_VILLAGE, LOTUS_FARM),
                new ActivePairing(LOTUS_VILLAGE, LIVE_SALES), new ActivePairing(QUIET_VILLAGE, LOTUS_FARM));
        Figures figures = PairingFigures.figures(2, active, openNeeds());
        assertEquals(2, figures.paired());
        assertEquals(2, figures.fitted());
        assertEquals(0.75, figures.meanFit(), 1e-12);
        assertEquals(75.0, Math.round(figures.meanFit() * 1000) / 10.0, 1e-12); // rural.pairings.quality's value
    }

    @Test
    void aNeedWithoutAnIndustryTakesItsVillagesMainIndustry() {
        NeedProfile sales = PairingFigures.need(12, LOTUS_VILLAGE, NeedType.SALES, null, stored("电商 销售"), "电子商务");
        assertEquals("电子商务", sales.industry());
        assertEquals(Set.of("电商", "销售"), sales.keywords());
        // now the live-sales firm shares the industry too: (0.5 × 0.35 + 1.0 × 0.20) / 0.55
        Figures figures = PairingFigures.figures(1, List.of(new ActivePairing(LOTUS_VILLAGE, LIVE_SALES)),
                Map.of(LOTUS_VILLAGE, List.of(sales)));
        assertEquals((0.5 * 0.35 + 0.20) / 0.55, figures.meanFit(), 1e-12);
        assertEquals(68.2, Math.round(figures.meanFit() * 1000) / 10.0, 1e-12);
        assertEquals("种植业", PairingFigures.need(11, LOTUS_VILLAGE, NeedType.INDUSTRY, "种植业", stored("莲藕"), "电子商务")
                .industry());
        assertEquals("", PairingFigures.need(13, LOTUS_VILLAGE, NeedType.SALES, null, stored("电商"), null).industry());
    }

    @Test
    void noActivePairingWithNeedsMeansNoMeanFit() {
        Figures figures = PairingFigures.figures(1, List.of(new ActivePairing(QUIET_VILLAGE, LOTUS_FARM)), openNeeds());
        assertEquals(1, figures.paired());
        assertEquals(0, figures.fitted());
        assertEquals(0.0, figures.meanFit());
        assertEquals(new Figures(0, 0, 0), PairingFigures.figures(0, List.of(), Map.of()));
    }
}
