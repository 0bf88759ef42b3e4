package org.grassroots.itests.support;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A district unpacked from its tar.gz and run with {@code bin/karaf server}, the way an operator runs it. Used by
 * tests that need a real process (restart). Always {@link #stop()} it, e.g. in a finally block or an @After.
 */
public final class KarafInstance {
    private final Path home;
    private final int httpPort;
    private final Api api;
    private Process process;
    private int starts;
    private boolean classDataSharing;

    private KarafInstance(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.api = new Api(httpPort);
    }

    /**
     * Unpacks the distribution below {@code parent} and moves every port off its default (HTTP, SSH, RMI), so
     * the instance never meets a developer's running one.
     */
    public static KarafInstance unpack(File distribution, Path parent, boolean demo) throws IOException, InterruptedException {
        return unpack(distribution, parent, demo, Postgres.suiteWide());
    }

    /**
     * @param suiteDatabase whether the instance runs on the suite's database: a PostgreSQL database of its own with
     *                      {@code -Dgrassroots.itests.db=postgres}, else the distribution's Derby
     */
    public static KarafInstance unpack(File distribution, Path parent, boolean demo, boolean suiteDatabase)
            throws IOException, InterruptedException {
        Files.createDirectories(parent);
        Process tar = new ProcessBuilder("tar", "-xzf", distribution.getAbsolutePath(), "-C", parent.toString())
                .redirectErrorStream(true).start();
        String output = new String(tar.getInputStream().readAllBytes(), ISO_8859_1);
        if (!tar.waitFor(120, TimeUnit.SECONDS) || tar.exitValue() != 0) {
            throw new IOException("tar -xzf " + distribution + " failed: " + output);
        }
        Path home;
        try (var entries = Files.list(parent)) {
            home = entries.filter(p -> Files.isRegularFile(p.resolve("bin/karaf"))).findFirst()
                    .orElseThrow(() -> new IOException("no bin/karaf below " + parent));
        }
        int httpPort = District.freePort();
        Path etc = home.resolve("etc");
        setProperty(etc.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(httpPort));
        setProperty(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(District.freePort()));
        setProperty(etc.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort", Integer.toString(District.freePort()));
        setProperty(etc.resolve("org.apache.karaf.management.cfg"), "rmiServerPort", Integer.toString(District.freePort()));
        setProperty(etc.resolve("org.grassroots.core.cfg"), "demo", Boolean.toString(demo));
        // as in District: no dashboard warm-up competing with the tests (IndustrialIT checks it)
        setProperty(etc.resolve("org.grassroots.core.cfg"), "dashboardWarmup", "false");
        setProperty(etc.resolve("org.grassroots.security.cfg"), "initialAdminPassword", District.ADMIN_PASSWORD);
        if (suiteDatabase && Postgres.suiteWide()) {
            Postgres.configure(home, Postgres.createDatabase(parent.getFileName().toString()));
        }
        return new KarafInstance(home, httpPort);
    }

    public Path home() {
        return home;
    }

    /**
     * Lets the starts record and use a class-data archive, as an operator's do (bin/java-class-data-sharing). Off
     * otherwise: recording adds about 4 s and 80 MB to an instance's first stop, which one test checking it is enough.
     */
    public KarafInstance withClassDataSharing() {
        classDataSharing = true;
        return this;
    }

    /** The running platform JVM's arguments (bin/karaf server runs it as a child, or execs it). */
    public List<String> jvmArguments() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .map(p -> p.info().arguments().map(List::of).orElse(List.of()))
                .filter(arguments -> arguments.contains("org.apache.karaf.main.Main")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no platform JVM below " + process.info()));
    }

    /** Servlets and filters the web runtime added or removed, and every WARN or ERROR. */
    private static final Pattern WEB_AND_PROBLEMS = Pattern.compile(
            "Registering ServletModel|Unregistering|Removing servlet|\\| (WARN|ERROR) ");

    public int httpPort() {
        return httpPort;
    }

    public Api api() {
        return api;
    }

    /** Starts {@code bin/karaf server} and waits until {@code /api/health} says UP and the core API answers. */
    public void start(Duration timeout) throws IOException {
        launch();
        try {
            api.awaitUp(timeout, process.toHandle(), Api.CORE_PATHS);
        } catch (AssertionError notUp) {
            throw new AssertionError(notUp.getMessage() + "\n--- console ---\n" + tail("console-" + starts + ".log")
                    + "\n--- karaf.log: web registrations, warnings and errors of the whole start ---\n"
                    + matching("data/log/karaf.log", WEB_AND_PROBLEMS)
                    + "\n--- karaf.log ---\n" + tail("data/log/karaf.log"), notUp);
        }
    }

    /**
     * Starts {@code bin/karaf server} on data the platform must refuse, and waits until {@code /api/health} answers
     * 503 with the notices that say why.
     *
     * @return the health answer
     */
    public com.fasterxml.jackson.databind.JsonNode startRefused(Duration timeout) throws IOException {
        launch();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                Api.Response health = api.anonymous().get("/api/health");
                last = health.toString();
                if (health.status() == 503 && health.json().has("notices")) {
                    return health.json();
                }
            } catch (RuntimeException notYet) {
                last = notYet.getMessage();
            }
            Api.sleep(500);
        }
        throw new AssertionError("no refusal on /api/health within " + timeout + "; last answer: " + last
                + "\n--- karaf.log ---\n" + tail("data/log/karaf.log"));
    }

    private void launch() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        starts++;
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console-" + starts + ".log").toFile());
        builder.environment().put("JAVA_HOME", javaHome());
        builder.environment().remove("KARAF_HOME");
        builder.environment().remove("KARAF_BASE");
        builder.environment().remove("KARAF_DATA");
        builder.environment().remove("KARAF_ETC");
        builder.environment().put("JAVA_MAX_MEM", "1024M");
        builder.environment().put("GRASSROOTS_CLASS_DATA_SHARING", Boolean.toString(classDataSharing));
        builder.environment().remove("GRASSROOTS_JAVA");
        builder.environment().put("EXTRA_JAVA_OPTS", String.join(" ", District.containerJvmOptions()));
        process = builder.start();
    }

    /**
     * Stops the way an operator does ({@code bin/stop}, which sends the shutdown command), waits for the process
     * to end, and falls back to SIGTERM and then SIGKILL. Safe to call when not running.
     *
     * @return whether the process ended by bin/stop alone within the timeout
     */
    public boolean stop(Duration timeout) {
        if (process == null) {
            return true;
        }
        boolean graceful = true;
        try {
            if (process.isAlive()) {
                try {
                    ProcessBuilder stop = new ProcessBuilder(home.resolve("bin/stop").toString())
                            .directory(home.toFile()).redirectErrorStream(true)
                            .redirectOutput(home.resolve("stop-" + starts + ".log").toFile());
                    stop.environment().put("JAVA_HOME", javaHome());
                    Process stopper = stop.start();
                    if (!stopper.waitFor(30, TimeUnit.SECONDS)) {
                        stopper.destroyForcibly();
                    }
                } catch (IOException e) {
                    // fall through to the signals below
                }
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    graceful = false;
                    process.destroy();
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    }
                }
            }
        } catch (InterruptedException e) {
            graceful = false;
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } finally {
            // bin/karaf execs java, but be sure nothing it started is left behind
            process.descendants().forEach(ProcessHandle::destroyForcibly);
        }
        return graceful;
    }

    /** Ends the process with SIGKILL (kill -9), as a crash or a power cut would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the Karaf process did not end on SIGKILL");
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The last lines of a file below the Karaf home, for failure messages. */
    public String tail(String relative) {
        Path file = home.resolve(relative);
        try {
            List<String> lines = Files.readAllLines(file, ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }

    /**
     * The lines of a file below the Karaf home that match (at most the last 120), for failure messages: a start that
     * never became healthy is explained by what the web runtime registered and what went wrong, which the tail
     * alone has often scrolled past.
     */
    public String matching(String relative, Pattern pattern) {
        Path file = home.resolve(relative);
        try {
            List<String> lines = Files.readAllLines(file, ISO_8859_1).stream().filter(l -> pattern.matcher(l).find()).toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 120), lines.size()));
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }

    private static String javaHome() {
        return System.getProperty("java.home");
    }

    /** Sets {@code key = value} in a .cfg/.properties file, replacing the key's line or appending one. */
    static void setProperty(Path file, String key, String value) throws IOException {
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, ISO_8859_1)) : new ArrayList<>();
        Pattern line = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:].*$");
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            if (line.matcher(lines.get(i)).matches()) {
                lines.set(i, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Files.write(file, lines, ISO_8859_1);
    }
}
