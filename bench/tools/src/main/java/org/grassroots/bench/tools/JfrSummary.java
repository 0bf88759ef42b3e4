package org.grassroots.bench.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the {@code jdk.ExecutionSample} events of a JFR recording as Markdown: the share of samples whose
 * stack passes through each component (inclusive), and the hottest top frames (self time).
 * Usage: {@code JfrSummary <file.jfr>}.
 */
public final class JfrSummary {
    /** Package prefix → component, first match wins. */
    private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("org.apache.derby", "Derby");
        COMPONENTS.put("org.eclipse.persistence", "EclipseLink");
        COMPONENTS.put("org.apache.aries.jpa", "Aries JPA");
        COMPONENTS.put("org.ops4j.pax.transx", "pax-transx (pool, JTA)");
        COMPONENTS.put("org.apache.geronimo", "Geronimo TM");
        COMPONENTS.put("com.fasterxml.jackson", "Jackson");
        COMPONENTS.put("org.glassfish.jersey", "Jersey");
        COMPONENTS.put("org.jvnet.hk2", "HK2");
        COMPONENTS.put("org.glassfish.hk2", "HK2");
        COMPONENTS.put("org.eclipse.jetty", "Jetty");
        COMPONENTS.put("org.ops4j.pax.web", "Pax Web");
        COMPONENTS.put("org.grassroots", "grassroots");
        COMPONENTS.put("org.apache.felix.scr", "Felix SCR");
        COMPONENTS.put("org.apache.felix", "Felix framework/services");
        COMPONENTS.put("org.apache.karaf", "Karaf");
        COMPONENTS.put("org.apache.aries", "Aries (other)");
    }

    private JfrSummary() {
    }

    public static void main(String[] args) throws IOException {
        List<RecordedEvent> events = RecordingFile.readAllEvents(Path.of(args[0]));
        Map<String, Integer> selfCounts = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : events) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            RecordedFrame top = frames.get(0);
            selfCounts.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String component = component(f.getMethod().getType().getName());
                if (component != null && seen.add(component)) {
                    inclusive.merge(component, 1, Integer::sum);
                }
            }
        }
        final int total = Math.max(1, samples);
        System.out.println(samples + " execution samples (20 ms interval per thread, all threads).");
        System.out.println();
        System.out.println("| component on the stack | share of samples |");
        System.out.println("|---|---:|");
        inclusive.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(en -> System.out.printf("| %s | %.0f %% |%n", en.getKey(), 100.0 * en.getValue() / total));
        System.out.println();
        System.out.println("| hottest top frames (self time) | share |");
        System.out.println("|---|---:|");
        selfCounts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(en -> System.out.printf("| `%s` | %.1f %% |%n", en.getKey(), 100.0 * en.getValue() / total));
    }

    private static String component(String className) {
        for (Map.Entry<String, String> c : COMPONENTS.entrySet()) {
            if (className.startsWith(c.getKey())) {
                return c.getValue();
            }
        }
        return null;
    }
}
