package org.grassroots.dues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.grassroots.core.api.Organization;
import org.junit.jupiter.api.Test;

/**
 * The panel's units directly below: each collecting organization is summed into the child whose path is its own path
 * up to the slash after the unit's (one look-up per organization). The figures equal those of the way it was done
 * before (every organization compared with every child by path prefix), on a random tree whose organizations collect
 * at every depth, the unit itself included.
 */
class UnitFiguresTest {

    @Test
    void childrenSumTheirSubtreesAsThePrefixComparisonDid() {
        Random random = new Random(21);
        for (int round = 0; round < 20; round++) {
            String unitPath = "/1/";
            List<Organization> children = new ArrayList<>();
            List<String> paths = new ArrayList<>(List.of(unitPath));
            long id = 100;
            for (int c = 0; c < 1 + random.nextInt(12); c++) {
                Organization child = organization(++id, unitPath + id + "/");
                children.add(child);
                paths.add(child.path());
            }
            // deeper organizations below random ones, ids that are prefixes of others' (10 and 100) included
            for (int n = 0; n < 200; n++) {
                paths.add(paths.get(random.nextInt(paths.size())) + (random.nextBoolean() ? ++id : id % 10 + 1) + "/");
            }
            Map<Long, DuesStatistics.OrganizationSums> byOrganization = new HashMap<>();
            long organizationId = 0;
            for (String path : paths) {
                if (random.nextInt(5) == 0) {
                    continue; // no months in the range
                }
                DuesStatistics.OrganizationSums o = new DuesStatistics.OrganizationSums();
                o.path = path;
                o.months = 1 + random.nextInt(12);
                o.settled = random.nextInt((int) o.months + 1);
                o.expected = DueLedger.money(BigDecimal.valueOf(random.nextInt(100_000), 2));
                o.collected = DueLedger.money(BigDecimal.valueOf(random.nextInt(100_000), 2));
                byOrganization.put(++organizationId, o);
            }
            List<UnitFigures> expected = prefixComparison(children, byOrganization);
            assertFalse(expected.isEmpty());
            assertEquals(expected, DuesStatistics.unitFigures(unitPath, children, byOrganization));
        }
    }

    /** The loop the panel ran before V6: every child against every organization's path. */
    private static List<UnitFigures> prefixComparison(List<Organization> children, Map<Long, DuesStatistics.OrganizationSums> sums) {
        List<UnitFigures> result = new ArrayList<>();
        for (Organization child : children) {
            BigDecimal expected = DueLedger.money(null);
            BigDecimal collected = DueLedger.money(null);
            long months = 0;
            long settled = 0;
            for (DuesStatistics.OrganizationSums o : sums.values()) {
                if (o.path.startsWith(child.path())) {
                    expected = expected.add(o.expected);
                    collected = collected.add(o.collected);
                    months += o.months;
                    settled += o.settled;
                }
            }
            if (months > 0) {
                result.add(new UnitFigures(child.id(), child.code(), child.name(), expected, collected,
                        DuesStatistics.rate(collected, expected), months, settled));
            }
        }
        return result;
    }

    private static Organization organization(long id, String path) {
        return new Organization(id, "U" + id, "unit " + id, 1L, path, 2, null, null, null, null, null, null, null, 0);
    }
}
