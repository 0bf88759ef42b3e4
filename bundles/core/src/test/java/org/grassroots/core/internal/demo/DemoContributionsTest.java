package org.grassroots.core.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.internal.Actors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoContributionsTest {
    private final DemoContributions contributions = new DemoContributions();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        contributions.deactivate();
    }

    @Test
    void nothingRunsBeforeCoreIsLoadedThenEachOnceInOrderAndLateArrivalsWhenTheyCome() throws InterruptedException {
        CountDownLatch first = new CountDownLatch(2);
        contributions.bind(contributor("rural", 110, first), Map.of("grassroots.module", "rural"));
        contributions.bind(contributor("industrial", 100, first), Map.of("grassroots.module", "industrial"));
        Thread.sleep(50);
        assertEquals(List.of(), calls, "modules build on core's district: nothing before it is loaded");

        contributions.open();
        assertTrue(first.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("industrial as demo-data", "rural as demo-data"), calls);

        CountDownLatch later = new CountDownLatch(1);
        DemoDataContributor installedLater = contributor("volunteer", 100, later);
        contributions.bind(installedLater, Map.of("grassroots.module", "volunteer"));
        assertTrue(later.await(10, TimeUnit.SECONDS));
        assertEquals(3, calls.size());
        assertEquals("volunteer as demo-data", calls.get(2));
    }

    @Test
    void aFailingContributorDoesNotStopTheOthersAndAGoneOneIsNotCalled() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        DemoDataContributor gone = contributor("gone", 1, new CountDownLatch(1));
        contributions.bind(gone, Map.of());
        contributions.unbind(gone);
        contributions.bind(() -> {
            throw new IllegalStateException("broken demo data");
        }, Map.of());
        contributions.bind(contributor("fine", 200, done), Map.of());
        contributions.open();
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("fine as demo-data"), calls);
    }

    private DemoDataContributor contributor(String name, int order, CountDownLatch latch) {
        return new DemoDataContributor() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public int contribute() {
                calls.add(name + " as " + Actors.current());
                latch.countDown();
                return 1;
            }
        };
    }
}
