package org.grassroots.itests.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Several platform nodes on one PostgreSQL database, set up the way the deployment guide says: each node its own
 * unpacked district, every node switched to the same database ({@link Postgres#configure}), and the key files
 * ({@code etc/security/token-signing.key}, {@code etc/security/personal-data.key}) identical on every node.
 * Node {@code i} is named {@code node-<letter>} in the job claims ({@code etc/org.grassroots.jobs.cfg}).
 * The first node starts alone (it migrates the schema and creates the first administrator), the others after it.
 * Always {@link #stop()} it.
 */
public final class KarafCluster {
    private final List<KarafInstance> nodes;
    private final String database;

    private KarafCluster(List<KarafInstance> nodes, String database) {
        this.nodes = nodes;
        this.database = database;
    }

    /** Unpacks {@code count} nodes below {@code parent} on a new PostgreSQL database; the demo data is off. */
    public static KarafCluster unpack(File distribution, Path parent, int count) throws IOException, InterruptedException {
        String database = Postgres.createDatabase(parent.getFileName().toString());
        SecureRandom random = new SecureRandom();
        String tokenKey = key(random, 32);
        String personalDataKey = key(random, 64);
        List<KarafInstance> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            KarafInstance node = KarafInstance.unpack(distribution, parent.resolve(name(i)), false, false);
            Postgres.configure(node.home(), database);
            Path security = node.home().resolve("etc/security");
            Files.createDirectories(security);
            Files.writeString(security.resolve("token-signing.key"), tokenKey, StandardCharsets.US_ASCII);
            Files.writeString(security.resolve("personal-data.key"), personalDataKey, StandardCharsets.US_ASCII);
            KarafInstance.setProperty(node.home().resolve("etc/org.grassroots.jobs.cfg"), "node", name(i));
            nodes.add(node);
        }
        return new KarafCluster(List.copyOf(nodes), database);
    }

    /** {@code node-a}, {@code node-b}, … */
    public static String name(int index) {
        return "node-" + (char) ('a' + index);
    }

    /** Sets {@code key = value} in {@code etc/<file>} of every node (before {@link #start}). */
    public void configureAll(String file, String key, String value) throws IOException {
        for (KarafInstance node : nodes) {
            KarafInstance.setProperty(node.home().resolve("etc").resolve(file), key, value);
        }
    }

    /** Starts the first node, then the others. */
    public void start(Duration timeoutEach) throws IOException {
        for (KarafInstance node : nodes) {
            node.start(timeoutEach);
        }
    }

    public KarafInstance node(int index) {
        return nodes.get(index);
    }

    public List<KarafInstance> nodes() {
        return nodes;
    }

    /** The PostgreSQL database the nodes share. */
    public String database() {
        return database;
    }

    /** Stops every node at once; safe when some never started. */
    public void stop() {
        nodes.parallelStream().forEach(node -> node.stop(Duration.ofSeconds(60)));
    }

    private static String key(SecureRandom random, int length) {
        byte[] key = new byte[length];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key) + "\n";
    }
}
