package org.grassroots.core.internal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.module.DemoCopy;
import org.grassroots.core.api.module.DemoDataContributor;
import org.grassroots.core.internal.Actors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoContributionsTest {
    private static final List<DemoCopy> FIRST = List.of(copy(1, 1, "JNGX"));
    private final java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
    private final DemoContributions contributions = new DemoContributions(contributor -> stopping.get());
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

        contributions.open(null, FIRST);
        assertTrue(first.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("industrial as demo-data", "rural as demo-data"), calls);

        CountDownLatch later = new CountDownLatch(1);
        DemoDataContributor installedLater = contributor("volunteer", 100, later);
        contributions.bind(installedLater, Map.of("grassroots.module", "volunteer"));
        assertTrue(later.await(10, TimeUnit.SECONDS));
        assertEquals(3, calls.size());
        assertEquals("volunteer as demo-data", calls.get(2));

        // a module arriving later whose contributors come in reverse order: called in their order all the same
        CountDownLatch both = new CountDownLatch(2);
        contributions.bind(contributor("terms", 125, both), Map.of("grassroots.module", "affairs"));
        Thread.sleep(DemoContributions.SETTLE_MILLIS / 4);
        contributions.bind(contributor("year", 120, both), Map.of("grassroots.module", "affairs"));
        assertTrue(both.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("year as demo-data", "terms as demo-data"), calls.subList(3, 5));
    }

    @Test
    void aFailingContributorDoesNotStopTheOthersAndAGoneOneIsNotCalled() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        DemoDataContributor gone = contributor("gone", 1, new CountDownLatch(1));
        contributions.bind(gone, Map.of());
        contributions.unbind(gone);
        contributions.bind(broken(), Map.of());
        contributions.bind(contributor("fine", 200, done), Map.of());
        contributions.open(null, FIRST);
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("fine as demo-data"), calls);
    }

    @Test
    void progressNamesThePendingLoadedAndFailedPartsAndDemoModulesLimitsWhichAreLoaded() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        contributions.bind(contributor("rural", 100, done), Map.of("grassroots.module", "rural"));
        contributions.bind(contributor("dues", 90, new CountDownLatch(1)), Map.of("grassroots.module", "dues"));
        contributions.bind(broken(), Map.of("grassroots.module", "broken"));
        assertEquals(List.of("broken", "dues", "rural"), contributions.progress().pending(),
                "before core's district is loaded every part is pending");

        contributions.open(DemoContributions.moduleFilter(" rural , broken "), FIRST);
        assertTrue(done.await(10, TimeUnit.SECONDS));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!contributions.progress().pending().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        DemoContributions.DemoProgress progress = contributions.progress();
        assertEquals(List.of(), progress.pending(), "a module left out by demoModules is not waited for");
        assertEquals(List.of("rural"), progress.loaded());
        assertEquals(List.of("broken"), progress.failed());
        assertEquals(List.of("rural as demo-data"), calls, "dues is not in demoModules");
    }

    @Test
    void aContributorThatKnowsCopiesWritesEachInOrderAndOneWrittenForOneDistrictOnlyTheFirst()
            throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        contributions.bind(new DemoDataContributor() {
            @Override
            public int contribute(DemoCopy copy) {
                calls.add("copies: " + copy.number() + "/" + copy.copies() + " " + copy.district().code());
                return 1;
            }
        }, Map.of("grassroots.module", "copies"));
        contributions.bind(contributor("single", 200, done), Map.of("grassroots.module", "single"));
        contributions.open(null, List.of(copy(1, 3, "JNGX"), copy(2, 3, "JC02"), copy(3, 3, "JC03")));
        assertTrue(done.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("copies: 1/3 JNGX", "copies: 2/3 JC02", "copies: 3/3 JC03", "single as demo-data"), calls);
    }

    @Test
    void aPartCutOffByTheStopIsNotAFailureAndAGoneModulesPartNeither() throws InterruptedException {
        CountDownLatch platformStopped = new CountDownLatch(1);
        CountDownLatch moduleGone = new CountDownLatch(1);
        CountDownLatch lastDone = new CountDownLatch(1);
        DemoDataContributor leaving = failingAfter("leaving", 20, moduleGone);
        contributions.bind(failingAfter("platform", 10, platformStopped), Map.of("grassroots.module", "platform"));
        contributions.bind(leaving, Map.of("grassroots.module", "leaving"));
        contributions.bind(contributor("last", 30, lastDone), Map.of("grassroots.module", "last"));
        contributions.open(null, FIRST);
        // the first part is being written when the platform begins to stop (its database goes)
        assertTrue(waitFor(() -> calls.size() == 1));
        stopping.set(true);
        platformStopped.countDown();
        // the second part is being written when its own module is stopped
        assertTrue(waitFor(() -> calls.size() == 2));
        stopping.set(false);
        contributions.unbind(leaving);
        moduleGone.countDown();
        assertTrue(lastDone.await(10, TimeUnit.SECONDS));
        assertTrue(waitFor(() -> contributions.progress().loaded().equals(List.of("last"))));
        assertEquals(List.of(), contributions.progress().failed(), "a part cut off by a stop is written at the next start");
    }

    /** A contributor whose writing fails once {@code then} is counted down, as one does whose database went away. */
    private DemoDataContributor failingAfter(String name, int order, CountDownLatch then) {
        return contributor(name, order, () -> {
            try {
                then.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Attempting to execute an operation on a closed EntityManagerFactory.");
        });
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    @Test
    void demoModulesStarOrBlankMeansEveryModule() {
        assertEquals(null, DemoContributions.moduleFilter("*"));
        assertEquals(null, DemoContributions.moduleFilter(" "));
        assertEquals(null, DemoContributions.moduleFilter(null));
        assertEquals(java.util.Set.of("rural", "dues"), DemoContributions.moduleFilter("rural,,dues"));
    }

    private static DemoDataContributor broken() {
        return new DemoDataContributor() {
            @Override
            public int contribute() {
                throw new IllegalStateException("broken demo data");
            }
        };
    }

    private static DemoCopy copy(int number, int copies, String code) {
        String path = "/" + number + "/";
        return new DemoDistrictCopy(number, copies, new Organization(number, code, code, null, path, 0,
                UnitType.DISTRICT, PartyOrgType.WORKING_COMMITTEE, null, null, null, null, OrgStatus.ACTIVE, 0));
    }

    private DemoDataContributor contributor(String name, int order, CountDownLatch latch) {
        return contributor(name, order, () -> {
            latch.countDown();
            return 1;
        });
    }

    /** A contributor that notes its call (and who it runs as), then writes as {@code writing} does. */
    private DemoDataContributor contributor(String name, int order, java.util.function.IntSupplier writing) {
        return new DemoDataContributor() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public int contribute() {
                calls.add(name + " as " + Actors.current());
                return writing.getAsInt();
            }
        };
    }
}
