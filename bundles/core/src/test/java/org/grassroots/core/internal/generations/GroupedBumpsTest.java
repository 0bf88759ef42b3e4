package org.grassroots.core.internal.generations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Writers that arrive while a bump runs share the next bump, and each is answered only after its modules moved. */
class GroupedBumpsTest {
    private final ExecutorService bumper = Executors.newSingleThreadExecutor();
    private final List<Set<String>> bumped = new ArrayList<>();
    private final CountDownLatch firstStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);

    @AfterEach
    void stop() {
        bumper.shutdownNow();
    }

    private void slowFirstBump(Set<String> modules) {
        synchronized (bumped) {
            bumped.add(Set.copyOf(modules));
        }
        if (firstStarted.getCount() == 1) {
            firstStarted.countDown();
            try {
                releaseFirst.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void writersArrivingDuringABumpShareTheNextOne() throws Exception {
        GroupedBumps bumps = new GroupedBumps(this::slowFirstBump, bumper);
        CompletableFuture<Void> first = bumps.move(Set.of("core"));
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));

        List<CompletableFuture<Void>> later = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            later.add(bumps.move(Set.of(i % 2 == 0 ? "affairs" : "dues")));
        }
        assertFalse(first.isDone(), "the first writer waits for its own bump");
        assertTrue(later.stream().noneMatch(CompletableFuture::isDone), "nobody is answered before the bump ran");

        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<Void> writer : later) {
            writer.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of(Set.of("core"), Set.of("affairs", "dues")), bumped,
                "twenty writers during the first bump: one more bump, with all their modules");
    }

    @Test
    void aFailedBumpFailsItsWritersAndTheNextBumpStartsAfresh() throws Exception {
        boolean[] fail = { true };
        GroupedBumps bumps = new GroupedBumps(modules -> {
            if (fail[0]) {
                throw new IllegalStateException("database away");
            }
            bumped.add(modules);
        }, bumper);
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> bumps.move(Set.of("core")).get(10, TimeUnit.SECONDS));
        assertEquals("database away", refused.getCause().getMessage());

        fail[0] = false;
        bumps.move(Set.of("affairs")).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(Set.of("affairs")), bumped, "the failed group's modules are not carried over");
    }

    @Test
    void aStoppedBumperRefusesAtOnce() {
        bumper.shutdown();
        GroupedBumps bumps = new GroupedBumps(bumped::add, bumper);
        assertThrows(ExecutionException.class, () -> bumps.move(Set.of("core")).get(1, TimeUnit.SECONDS));
        assertTrue(bumped.isEmpty());
    }
}
