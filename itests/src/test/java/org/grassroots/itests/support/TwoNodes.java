package org.grassroots.itests.support;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Two platform nodes on one PostgreSQL database (issue 26): the district distribution unpacked twice, each switched
 * to the same database the way docs/postgresql.md says, demo data off, each with its own ports. The nodes are
 * {@link KarafInstance}s, so a test stops and starts them like an operator. Skips the test without a PostgreSQL
 * server, fails it instead when {@code GRASSROOTS_ITESTS_POSTGRES=required} ({@link Postgres}).
 */
public final class TwoNodes implements AutoCloseable {
    private static final Duration STOP = Duration.ofSeconds(60);

    private final KarafInstance a;
    private final KarafInstance b;
    private final String database;

    private TwoNodes(KarafInstance a, KarafInstance b, String database) {
        this.a = a;
        this.b = b;
        this.database = database;
    }

    /**
     * Unpacks both nodes onto a new database.
     *
     * @param purpose      names the database and the work directory
     * @param coreSettings extra keys of etc/org.grassroots.core.cfg on both nodes (e.g. a short interval)
     */
    public static TwoNodes unpack(File distribution, String purpose, Map<String, String> coreSettings)
            throws IOException, InterruptedException {
        String unreachable = Postgres.unreachableReason();
        if (unreachable != null) {
            String message = purpose + " skipped: no PostgreSQL reachable at " + Postgres.where() + " (" + unreachable
                    + "). Start one and set PGHOST/PGPORT/PGUSER/PGPASSWORD, or run .ci/run";
            if (Postgres.required()) {
                fail(message);
            }
            assumeTrue(message, false);
        }
        Path work = District.workDirectory().toPath().resolve(purpose).resolve(Long.toString(System.currentTimeMillis()));
        String database = Postgres.createDatabase(purpose);
        KarafInstance a = node(distribution, work.resolve("a"), database, coreSettings);
        KarafInstance b = node(distribution, work.resolve("b"), database, coreSettings);
        return new TwoNodes(a, b, database);
    }

    private static KarafInstance node(File distribution, Path parent, String database, Map<String, String> coreSettings)
            throws IOException, InterruptedException {
        KarafInstance node = KarafInstance.unpack(distribution, parent, false, false);
        Postgres.configure(node.home(), database);
        for (Map.Entry<String, String> setting : coreSettings.entrySet()) {
            KarafInstance.setProperty(node.home().resolve("etc/org.grassroots.core.cfg"), setting.getKey(), setting.getValue());
        }
        return node;
    }

    public KarafInstance a() {
        return a;
    }

    public KarafInstance b() {
        return b;
    }

    /** The PostgreSQL database both nodes use, for {@link Postgres#connect}. */
    public String database() {
        return database;
    }

    /** Starts both nodes at the same moment (both migrate the empty database) and waits until both have settled. */
    public void startBoth(Duration timeout) {
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> start(b, timeout));
        start(a, timeout);
        second.join();
    }

    /** Starts one node and waits until it has settled (every installed module active and serving its API). */
    public static void start(KarafInstance node, Duration timeout) {
        try {
            node.start(timeout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        node.api().awaitSettled(timeout);
    }

    @Override
    public void close() {
        b.stop(STOP);
        a.stop(STOP);
    }
}
