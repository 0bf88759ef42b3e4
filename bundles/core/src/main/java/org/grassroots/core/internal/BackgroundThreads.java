package org.grassroots.core.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * The one-thread executors core's components work on in the background. Each thread is named ({@code grassroots-…})
 * so a thread dump or a JFR recording says whose work it is, and is a daemon: a component that was not deactivated
 * in order (Karaf halted) must not keep the JVM alive.
 */
public final class BackgroundThreads {
    private BackgroundThreads() {
    }

    /** One thread for work handed over in order ({@code name} without the {@code grassroots-} prefix). */
    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(named(name));
    }

    /** One thread for timed work. */
    public static ScheduledExecutorService scheduled(String name) {
        return Executors.newSingleThreadScheduledExecutor(named(name));
    }

    private static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, "grassroots-" + name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
