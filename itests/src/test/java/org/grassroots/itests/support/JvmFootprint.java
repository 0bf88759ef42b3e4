package org.grassroots.itests.support;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleReference;

/**
 * What a hot-deployed module that leaks leaves behind in the container's JVM (issue 25, point 5): classes that stay
 * loaded after its bundle is uninstalled (a class loader kept alive by a cache, a listener or a thread), and threads
 * running code of, or carrying the context class loader of, an uninstalled bundle. Read inside the container (Pax
 * Exam's probe), after full collections.
 */
public final class JvmFootprint {
    private JvmFootprint() {
    }

    /** Classes loaded now, after a few full collections (class loaders no longer referenced are unloaded by them). */
    public static long loadedClassesAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
    }

    /** The number of classes in a bundle's own jar: what one kept class loader of it holds at least, once used. */
    public static int classesIn(Bundle bundle) {
        Enumeration<?> entries = bundle.findEntries("/", "*.class", true);
        return entries == null ? 0 : Collections.list(entries).size();
    }

    /** Live threads whose class or context class loader is that of a bundle uninstalled since: leaked by it. */
    public static List<String> threadsOfUninstalledBundles() {
        List<String> leaked = new ArrayList<>();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            Bundle own = bundleOf(thread.getClass().getClassLoader());
            Bundle context = bundleOf(thread.getContextClassLoader());
            for (Bundle bundle : new Bundle[] {own, context}) {
                if (bundle != null && bundle.getState() == Bundle.UNINSTALLED) {
                    leaked.add(thread.getName() + " (" + bundle.getSymbolicName() + " #" + bundle.getBundleId() + ")");
                    break;
                }
            }
        }
        return leaked;
    }

    private static Bundle bundleOf(ClassLoader loader) {
        return loader instanceof BundleReference reference ? reference.getBundle() : null;
    }
}
