package org.grassroots.itests.support;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Several nodes of the district on one PostgreSQL database (issue 26), set up as docs/deployment-guide.md tells an
 * operator: the same distribution unpacked once per node, the one data source file pointing every node at the same
 * new database, the same key files on every node before it first starts (etc/security: the token signing key and
 * the personal-data key), demo data off, each node on ports of its own; optionally Debian's nginx in front
 * ({@link #startLoadBalancer}). The nodes are {@link KarafInstance}s, so a test stops, starts and kills one like an
 * operator or a crash would. Driver side only.
 *
 * <p>All nodes start at the same moment, so they migrate the empty database at once (what Flyway's lock must
 * survive); that is why the key files are written before the start rather than copied from a first node that ran
 * alone, as an operator who keeps them in a safe place (the deployment guide's backup table) would put them back.
 */
public final class Cluster implements AutoCloseable {
    private static final Duration STOP = Duration.ofSeconds(60);
    /** The key files of etc/security and their lengths in bytes (core's SecurityConfig, KeyFiles). */
    private static final Map<String, Integer> KEY_FILES = Map.of("token-signing.key", 32, "personal-data.key", 64);

    private final List<KarafInstance> nodes;
    private final String database;
    private final Path work;
    private LoadBalancer balancer;

    private Cluster(List<KarafInstance> nodes, String database, Path work) {
        this.nodes = nodes;
        this.database = database;
        this.work = work;
    }

    /**
     * Skips the calling test (or fails it, when {@link Postgres#required()}) when no PostgreSQL answers: call it
     * before {@link #unpack}.
     */
    public static void assumePostgres(String test) {
        String unreachable = Postgres.unreachableReason();
        if (unreachable != null) {
            skipOrFail(Postgres.required(), test + " skipped: no PostgreSQL reachable at " + Postgres.where() + " ("
                    + unreachable + "). Start one and set PGHOST/PGPORT/PGUSER/PGPASSWORD, or run .ci/run");
        }
    }

    /** Skips the calling test (or fails it, when {@link LoadBalancer#required()}) when nginx is not installed. */
    public static void assumeNginx(String test) {
        if (LoadBalancer.binary() == null) {
            skipOrFail(LoadBalancer.required(), test + " skipped: nginx is not installed (apt-get install nginx, or run"
                    + " .ci/run)");
        }
    }

    private static void skipOrFail(boolean required, String message) {
        if (required) {
            fail(message);
        }
        assumeTrue(message, false);
    }

    /** Unpacks {@code count} nodes below {@code work}, every one switched to one new database named after it. */
    public static Cluster unpack(File distribution, Path work, int count) throws IOException, InterruptedException {
        String database = Postgres.createDatabase(work.getParent().getFileName().toString());
        List<KarafInstance> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            KarafInstance node = KarafInstance.unpack(distribution, work.resolve("node-" + (char) ('a' + i)), false, false);
            Postgres.configure(node.home(), database);
            nodes.add(node);
        }
        return new Cluster(nodes, database, work);
    }

    /** Sets {@code key = value} in the file {@code etc/<file>} of every node (before {@link #start}). */
    public void configure(String file, String key, String value) throws IOException {
        for (KarafInstance node : nodes) {
            KarafInstance.setProperty(node.home().resolve("etc").resolve(file), key, value);
        }
    }

    /**
     * Writes the same key files into every node, starts all nodes at the same moment and waits until every one has
     * settled (every installed module active and serving its API).
     */
    public void start(Duration timeout) throws IOException {
        SecureRandom random = new SecureRandom();
        for (Map.Entry<String, Integer> key : KEY_FILES.entrySet()) {
            byte[] bytes = new byte[key.getValue()];
            random.nextBytes(bytes);
            String content = Base64.getEncoder().encodeToString(bytes) + "\n";
            for (KarafInstance node : nodes) {
                Path security = Files.createDirectories(node.home().resolve("etc/security"));
                Files.writeString(security.resolve(key.getKey()), content, StandardCharsets.US_ASCII);
            }
        }
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (KarafInstance node : nodes.subList(1, nodes.size())) {
            starts.add(CompletableFuture.runAsync(() -> start(node, timeout)));
        }
        start(nodes.get(0), timeout);
        starts.forEach(CompletableFuture::join);
    }

    /** Starts one node (again) and waits until it has settled. */
    public static void start(KarafInstance node, Duration timeout) {
        try {
            node.start(timeout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        node.api().awaitSettled(timeout);
    }

    /** Starts nginx in front of every node ({@link LoadBalancer}); {@link #close()} ends it. */
    public LoadBalancer startLoadBalancer() throws IOException {
        balancer = LoadBalancer.start(work.resolve("nginx"), httpPorts());
        return balancer;
    }

    public KarafInstance node(int index) {
        return nodes.get(index);
    }

    public List<KarafInstance> nodes() {
        return List.copyOf(nodes);
    }

    public List<Integer> httpPorts() {
        return nodes.stream().map(KarafInstance::httpPort).toList();
    }

    /** The database every node uses (for checks through JDBC: {@link Postgres#connect}). */
    public String database() {
        return database;
    }

    @Override
    public void close() {
        if (balancer != null) {
            balancer.close();
        }
        nodes.forEach(node -> node.stop(STOP));
    }
}
