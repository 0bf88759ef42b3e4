package org.grassroots.bench.tools;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Talks to a running Karaf over its JMX connector (loopback, an account the bench adds to its own copy):
 * <ul>
 * <li>{@code heap}: runs a full GC twice and prints the used heap in bytes ({@code heap_bytes=..}).</li>
 * <li>{@code hotdeploy <reps> <urlTemplate> <feature=module>...}: uninstalls and installs each module feature
 * {@code reps} times through Karaf's FeaturesService (as an operator would), timing each until
 * {@code urlTemplate} (with {@code {id}} replaced by the module id) answers 200 after an install and 404 after an
 * uninstall. Prints {@code install <id> <ms>} / {@code uninstall <id> <ms>} lines and finally
 * {@code changed_bundles=..}: bundles present before that are gone, got another id or are in another state.</li>
 * <li>{@code cycles <n> <feature>...}: n uninstall/install cycles of every given feature, untimed.</li>
 * </ul>
 * Environment: {@code BENCH_JMX_URL}, {@code BENCH_JMX_USER}, {@code BENCH_JMX_PASSWORD}.
 */
public final class Karaf {
    private static final long POLL_TIMEOUT_MS = 120_000;

    private final MBeanServerConnection jmx;
    private final ObjectName features = new ObjectName("org.apache.karaf:type=feature,name=root");
    private final ObjectName bundles = new ObjectName("org.apache.karaf:type=bundle,name=root");

    private Karaf(MBeanServerConnection jmx) throws Exception {
        this.jmx = jmx;
    }

    public static void main(String[] args) throws Exception {
        JMXServiceURL url = new JMXServiceURL(System.getenv("BENCH_JMX_URL"));
        Map<String, Object> env = new HashMap<>();
        env.put(JMXConnector.CREDENTIALS, new String[] { System.getenv("BENCH_JMX_USER"), System.getenv("BENCH_JMX_PASSWORD") });
        try (JMXConnector connector = JMXConnectorFactory.connect(url, env)) {
            Karaf karaf = new Karaf(connector.getMBeanServerConnection());
            switch (args[0]) {
                case "heap" -> System.out.println("heap_bytes=" + karaf.heapAfterFullGc());
                case "hotdeploy" -> karaf.hotDeploy(Integer.parseInt(args[1]), args[2], slice(args, 3));
                case "cycles" -> karaf.cycles(Integer.parseInt(args[1]), slice(args, 2));
                default -> throw new IllegalArgumentException("unknown command " + args[0]);
            }
        }
    }

    private static String[] slice(String[] args, int from) {
        return java.util.Arrays.copyOfRange(args, from, args.length);
    }

    long heapAfterFullGc() throws Exception {
        ObjectName memory = new ObjectName("java.lang:type=Memory");
        jmx.invoke(memory, "gc", null, null);
        jmx.invoke(memory, "gc", null, null);
        CompositeData usage = (CompositeData) jmx.getAttribute(memory, "HeapMemoryUsage");
        return (Long) usage.get("used");
    }

    void hotDeploy(int reps, String urlTemplate, String[] modules) throws Exception {
        Map<String, String> before = bundleStates();
        for (int r = 0; r < reps; r++) {
            for (String module : modules) {
                String feature = module.substring(0, module.indexOf('='));
                String id = module.substring(module.indexOf('=') + 1);
                String url = urlTemplate.replace("{id}", id);
                long t0 = System.nanoTime();
                feature("uninstallFeature", feature);
                awaitStatus(url, 404);
                System.out.printf("uninstall %s %.1f%n", id, (System.nanoTime() - t0) / 1e6);
                t0 = System.nanoTime();
                feature("installFeature", feature);
                awaitStatus(url, 200);
                System.out.printf("install %s %.1f%n", id, (System.nanoTime() - t0) / 1e6);
            }
        }
        Map<String, String> after = bundleStates();
        // the modules' own bundles are reinstalled and get new ids by design: only the others must stay put
        for (String module : modules) {
            String id = module.substring(module.indexOf('=') + 1);
            before.keySet().removeIf(name -> name.toLowerCase(java.util.Locale.ROOT).contains(id));
        }
        long changed = before.entrySet().stream().filter(e -> !e.getValue().equals(after.get(e.getKey()))).count();
        System.out.println("changed_bundles=" + changed);
        before.forEach((name, state) -> {
            if (!state.equals(after.get(name))) {
                System.out.println("changed " + name + ": " + state + " -> " + after.get(name));
            }
        });
    }

    void cycles(int n, String[] featureNames) throws Exception {
        for (int i = 0; i < n; i++) {
            for (String feature : featureNames) {
                feature("uninstallFeature", feature);
                feature("installFeature", feature);
            }
        }
    }

    /**
     * Installs or uninstalls through the platform's module registry ({@code POST /api/core/modules/<id>/install})
     * when {@code BENCH_MODULE_API} names the API base URL, otherwise through Karaf's FeaturesService over JMX.
     */
    private void feature(String operation, String name) throws Exception {
        String api = System.getenv("BENCH_MODULE_API");
        if (api != null && !api.isBlank()) {
            String id = name.substring("grassroots-".length());
            String action = operation.startsWith("install") ? "install" : "uninstall";
            HttpURLConnection c = (HttpURLConnection) new URL(api + "/api/core/modules/" + id + "/" + action).openConnection();
            c.setRequestMethod("POST");
            String auth = System.getenv("BENCH_AUTH_HEADER");
            if (auth != null && !auth.isBlank()) {
                String[] h = auth.split(":\\s*", 2);
                c.setRequestProperty(h[0], h[1]);
            }
            int status = c.getResponseCode();
            (status < 400 ? c.getInputStream() : c.getErrorStream()).readAllBytes();
            if (status >= 300) {
                throw new IOException("POST " + c.getURL() + " answered " + status);
            }
            return;
        }
        jmx.invoke(features, operation, new Object[] { name }, new String[] { String.class.getName() });
    }

    /** Symbolic name/version → "id state" of every bundle; a refresh or reinstall shows up as a changed value. */
    private Map<String, String> bundleStates() throws Exception {
        TabularData table = (TabularData) jmx.getAttribute(bundles, "Bundles");
        Map<String, String> states = new TreeMap<>();
        for (Object row : table.values()) {
            CompositeData b = (CompositeData) row;
            states.put(b.get("Name") + "/" + b.get("Version"), b.get("ID") + " " + b.get("State"));
        }
        return states;
    }

    private static void awaitStatus(String url, int expected) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + POLL_TIMEOUT_MS;
        while (true) {
            int status;
            String last;
            try {
                HttpURLConnection c = (HttpURLConnection) new URL(url).openConnection();
                String auth = System.getenv("BENCH_AUTH_HEADER");
                if (auth != null && !auth.isBlank()) {
                    String[] h = auth.split(":\\s*", 2);
                    c.setRequestProperty(h[0], h[1]);
                }
                status = c.getResponseCode();
                java.io.InputStream body = status < 400 ? c.getInputStream() : c.getErrorStream();
                last = body == null ? "" : new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                status = -1;
                last = e.toString();
            }
            if (status == expected) {
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                // the body says who answered: the platform's fallback for /api/* (no servlet for the module) or Jersey
                throw new IOException(url + " did not answer " + expected + " within " + POLL_TIMEOUT_MS + " ms (last " + status
                        + ": " + last.substring(0, Math.min(300, last.length())).replaceAll("\\s+", " ") + ")");
            }
            Thread.sleep(10);
        }
    }
}
