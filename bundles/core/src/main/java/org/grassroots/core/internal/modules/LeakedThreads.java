package org.grassroots.core.internal.modules;

import java.lang.ref.WeakReference;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Threads a module leaves running when it is uninstalled: any live thread with a frame of one of the module's own
 * classes on its stack after its bundles stopped (a worker its deactivation forgot, or one that ignores the
 * interrupt). Such a thread keeps running the module's code and pins its class loader; the registry shows the
 * module FAILED with the threads' names until they end. Checked once per uninstall: the class names are read from
 * the bundles' jars before they go, the stacks of all threads after (a few milliseconds), and a well-behaved thread
 * gets a moment to finish.
 */
final class LeakedThreads {
    private static final Logger LOG = LoggerFactory.getLogger(LeakedThreads.class);
    private static final long GRACE_MILLIS = 2_000;
    private static final long POLL_MILLIS = 50;

    private final Map<String, List<WeakReference<Thread>>> byModule = new ConcurrentHashMap<>();

    /** The classes in the bundles' own jars, to be read before the bundles are uninstalled. */
    static Set<String> classesOf(Collection<Bundle> bundles) {
        Set<String> classes = new HashSet<>();
        for (Bundle bundle : bundles) {
            Enumeration<URL> entries = bundle.findEntries("/", "*.class", true);
            while (entries != null && entries.hasMoreElements()) {
                String path = entries.nextElement().getPath();
                String name = path.substring(path.startsWith("/") ? 1 : 0, path.length() - ".class".length());
                classes.add(name.replace('/', '.'));
            }
        }
        return classes;
    }

    /** After the module's uninstall: remembers the threads still running its classes, if any. */
    void check(String module, Set<String> classes) {
        List<Thread> running = runningAny(classes);
        long deadline = System.nanoTime() + GRACE_MILLIS * 1_000_000;
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            running = runningAny(classes);
        }
        if (running.isEmpty()) {
            byModule.remove(module);
            return;
        }
        byModule.put(module, running.stream().map(WeakReference::new).toList());
        LOG.warn("Module {} left {} thread(s) running after its uninstall: {}", module, running.size(), names(running));
    }

    /** Why the uninstalled module is not clean: its threads still alive, if any (forgotten once all ended). */
    Optional<String> reason(String module) {
        List<WeakReference<Thread>> threads = byModule.get(module);
        if (threads == null) {
            return Optional.empty();
        }
        List<Thread> alive = new ArrayList<>();
        for (WeakReference<Thread> reference : threads) {
            Thread thread = reference.get();
            if (thread != null && thread.isAlive()) {
                alive.add(thread);
            }
        }
        if (alive.isEmpty()) {
            byModule.remove(module);
            return Optional.empty();
        }
        return Optional.of(ModuleMessages.inBoth("threads.leaked", alive.size()) + ": " + names(alive));
    }

    void forget(String module) {
        byModule.remove(module);
    }

    private static List<Thread> runningAny(Set<String> classes) {
        List<Thread> running = new ArrayList<>();
        if (classes.isEmpty()) {
            return running;
        }
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            if (entry.getKey() == Thread.currentThread()) {
                continue;
            }
            for (StackTraceElement frame : entry.getValue()) {
                if (classes.contains(frame.getClassName())) {
                    running.add(entry.getKey());
                    break;
                }
            }
        }
        return running;
    }

    private static String names(List<Thread> threads) {
        return String.join(", ", threads.stream().map(Thread::getName).sorted().toList());
    }
}
