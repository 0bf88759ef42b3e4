package org.grassroots.core.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class LeakedThreadsTest {
    /** Stands for a class of the uninstalled module: its frame is on the leaked thread's stack. */
    static final class ModuleWorker {
        static void runUntil(CountDownLatch stop) {
            try {
                stop.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void aThreadStillRunningAClassOfTheModuleIsReportedWithItsNameUntilItEnds() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Thread worker = new Thread(() -> ModuleWorker.runUntil(stop), "fixture-worker");
        worker.start();
        // The check scans stacks once at first: wait until the worker is parked inside the module's class, or a
        // slow machine scans before the thread has entered it and rightly finds nothing.
        while (worker.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        LeakedThreads leaks = new LeakedThreads();
        leaks.check("leaky", Set.of(ModuleWorker.class.getName()));
        Optional<String> reason = leaks.reason("leaky");
        assertTrue(reason.isPresent() && reason.get().contains("fixture-worker"), reason.toString());
        assertTrue(reason.get().contains("1 thread(s) still run its code") && reason.get().contains("1 个线程"), reason.get());

        stop.countDown();
        worker.join();
        assertEquals(Optional.empty(), leaks.reason("leaky"));
    }

    @Test
    void aModuleWhoseClassesNoThreadRunsIsClean() {
        LeakedThreads leaks = new LeakedThreads();
        leaks.check("clean", Set.of("org.example.NotRunning"));
        assertEquals(Optional.empty(), leaks.reason("clean"));
    }
}
