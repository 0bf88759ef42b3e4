package org.grassroots.itests.support;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Several nodes of the district on one PostgreSQL database, set up as docs/deployment-guide.md tells an operator:
 * the same distribution unpacked once per node, the one data source file pointing every node at the same database,
 * and the key files of the first node copied to the others before they first start (etc/security: the token
 * signing key and the personal-data key must be the same on every node). Demo data off. Driver side only.
 */
public final class Cluster implements AutoCloseable {
    private static final Duration STOP = Duration.ofSeconds(60);
    private static final String[] KEY_FILES = {"token-signing.key", "personal-data.key"};

    private final List<KarafInstance> nodes;
    private final String database;

    private Cluster(List<KarafInstance> nodes, String database) {
        this.nodes = nodes;
        this.database = database;
    }

    /**
     * Skips the calling test (or fails it, when {@link Postgres#required()}) when no PostgreSQL answers: call it
     * before {@link #unpack}.
     */
    public static void assumePostgres(String test) {
        String unreachable = Postgres.unreachableReason();
        if (unreachable != null) {
            String message = test + " skipped: no PostgreSQL reachable at " + Postgres.where() + " (" + unreachable
                    + "). Start one and set PGHOST/PGPORT/PGUSER/PGPASSWORD, or run .ci/run";
            if (Postgres.required()) {
                fail(message);
            }
            assumeTrue(message, false);
        }
    }

    /** Unpacks {@code count} nodes below {@code work}, every one switched to one new database. */
    public static Cluster unpack(File distribution, Path work, int count) throws IOException, InterruptedException {
        String database = Postgres.createDatabase("cluster");
        List<KarafInstance> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            KarafInstance node = KarafInstance.unpack(distribution, work.resolve("node-" + (char) ('a' + i)), false, false);
            Postgres.configure(node.home(), database);
            nodes.add(node);
        }
        return new Cluster(nodes, database);
    }

    /**
     * Starts the first node alone (it creates the tables, the first administrator and the key files), copies its key
     * files to the others, then starts the others together.
     */
    public void start(Duration timeout) throws IOException {
        KarafInstance first = nodes.get(0);
        first.start(timeout);
        for (KarafInstance other : nodes.subList(1, nodes.size())) {
            Path security = other.home().resolve("etc/security");
            Files.createDirectories(security);
            for (String key : KEY_FILES) {
                Files.copy(first.home().resolve("etc/security").resolve(key), security.resolve(key),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<CompletableFuture<Void>> starts = nodes.subList(1, nodes.size()).stream()
                .map(node -> CompletableFuture.runAsync(() -> {
                    try {
                        node.start(timeout);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })).toList();
        starts.forEach(CompletableFuture::join);
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
        nodes.forEach(node -> node.stop(STOP));
    }
}
