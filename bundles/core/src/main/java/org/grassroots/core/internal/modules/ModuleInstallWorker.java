package org.grassroots.core.internal.modules;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.internal.BackgroundThreads;

/**
 * Where module installations run: on a thread of their own, not the caller's. Karaf starts a module's bundles, and
 * DS activates their components, on the thread that installs the feature; a component whose activation never
 * returns would otherwise hold the caller (a request, the shell) and the registry with it. The caller waits at most
 * its timeout; the installation may go on, and until it ends the registry refuses other installations (Karaf
 * carries out one at a time anyway) instead of queueing them behind it.
 */
final class ModuleInstallWorker {
    private final ExecutorService executor = BackgroundThreads.single("module-install");
    private volatile Running last;

    /** An installation: which module, since when, and the start limit its caller gave. */
    record Running(String module, Future<?> future, long startedNanos, Duration limit) {
        long secondsSoFar() {
            return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedNanos);
        }

        boolean done() {
            return future.isDone();
        }
    }

    Running submit(String module, Duration limit, Runnable installation) {
        Running running = new Running(module, executor.submit(installation), System.nanoTime(), limit);
        last = running;
        return running;
    }

    /** The installation still going on, if any. */
    Optional<Running> unfinished() {
        Running running = last;
        return running == null || running.done() ? Optional.empty() : Optional.of(running);
    }

    /** The installation of this module still going on, if any. */
    Optional<Running> unfinished(String module) {
        return unfinished().filter(r -> r.module().equals(module));
    }

    /** 409 while an installation that ran out of time still goes on: Karaf would queue this change behind it. */
    void refuseWhileRunning(String module) {
        unfinished().ifPresent(r -> {
            throw new ConflictException(ModuleMessages.message("busy", module, r.module(), r.secondsSoFar()));
        });
    }

    void close() {
        executor.shutdownNow();
    }
}
