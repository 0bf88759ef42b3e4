package org.grassroots.itests.support;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;

/**
 * Core's demo district (2,107 units and 31,200 members, no module's part) written once per test run into a Derby
 * database, which every Pax Exam test of a module's demo starts from ({@link District#configurationWithDemoOf}). Each
 * of those nine tests used to write the 31,200 members itself before its module's part, about a minute each on the
 * CI machine. Their container still writes its module's demo part at its first start, from the same code as a real
 * first start, and core's demo loader still runs (and finds its district complete, as at every later start). A
 * district's first start writing the whole demo (core's and every module's part) is what the browser tests' district
 * and the benchmark do.
 * <p>
 * Made by whichever test JVM asks first, under a file lock (failsafe runs two at once), from the built district
 * started with {@code bin/karaf server} ({@link KarafInstance}): demo on, no module's part ({@code demoModules} names
 * none), then stopped. The copy keeps the database and the personal-data key it was written with (ID numbers and
 * phones are encrypted under it) and the node name, so the container is the same node that wrote it.
 * {@code -Dgrassroots.itests.demoSnapshot=false} turns it off (each container writes core's demo again); on the suite's
 * PostgreSQL ({@code -Dgrassroots.itests.db=postgres}) it is off.
 */
public final class DemoSnapshot {
    /** The node name of the platform that wrote the snapshot and of every container started from it. */
    static final String NODE_ID = "itests-demo-district";
    /** A module id no module has: core's demo district and no module's part. */
    private static final String NO_MODULE = "none";
    private static final Duration START = Duration.ofSeconds(300);
    /** Core's demo district: a minute or two on a loaded machine. */
    private static final Duration WRITTEN = Duration.ofMinutes(10);

    private DemoSnapshot() {
    }

    /** Whether the demo tests start from the snapshot. */
    static boolean enabled() {
        return !Postgres.suiteWide() && Boolean.parseBoolean(System.getProperty("grassroots.itests.demoSnapshot", "true"));
    }

    /**
     * The options that start a container on a fresh copy of the snapshot (made first when this run has none): its
     * DataSource on the copy, the snapshot's personal-data key and node name.
     */
    static Option[] options() {
        Path snapshot = snapshot();
        Path copy = District.workDirectory().toPath().resolve("demo-databases").resolve(UUID.randomUUID().toString());
        copyTree(snapshot.resolve("db"), copy);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(copy), "demo-database-delete"));
        return CoreOptions.options(
                editConfigurationFilePut("etc/org.ops4j.datasource-grassroots.cfg", "url",
                        "jdbc:derby:" + copy.toAbsolutePath() + ";create=true"),
                replaceConfigurationFile("etc/security/personal-data.key",
                        snapshot.resolve("personal-data.key").toFile()),
                editConfigurationFilePut("etc/org.grassroots.core.cfg", "nodeId", NODE_ID));
    }

    /** The snapshot's folder ({@code db/}, {@code personal-data.key}), made when missing or made from another build. */
    private static synchronized Path snapshot() {
        Path work = District.workDirectory().toPath();
        Path folder = work.resolve("demo-snapshot");
        try {
            Files.createDirectories(work);
            File distribution = District.distributionFile();
            String made = "made from " + distribution.getAbsolutePath() + " " + distribution.length() + " "
                    + distribution.lastModified() + "\n";
            try (FileChannel channel = FileChannel.open(work.resolve("demo-snapshot.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                Path marker = folder.resolve("complete");
                if (Files.isRegularFile(marker) && Files.readString(marker).equals(made)) {
                    return folder;
                }
                delete(folder);
                write(distribution, folder);
                Files.writeString(marker, made);
                return folder;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the demo snapshot could not be made in " + folder, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the demo snapshot was made", e);
        }
    }

    private static void write(File distribution, Path folder) throws IOException, InterruptedException {
        Path build = folder.resolveSibling("demo-snapshot-build");
        delete(build);
        KarafInstance karaf = KarafInstance.unpack(distribution, build, true, false);
        KarafInstance.setProperty(karaf.home().resolve("etc/org.grassroots.core.cfg"), "demoModules", NO_MODULE);
        KarafInstance.setProperty(karaf.home().resolve("etc/org.grassroots.core.cfg"), "nodeId", NODE_ID);
        long started = System.nanoTime();
        try {
            karaf.start(START);
            karaf.api().basic(District.ADMIN, District.ADMIN_PASSWORD).awaitSettled(WRITTEN);
        } finally {
            if (!karaf.stop(Duration.ofSeconds(120))) {
                throw new IllegalStateException("the demo snapshot's platform did not stop by bin/stop; not used");
            }
        }
        Files.createDirectories(folder);
        copyTree(karaf.home().resolve("data/db/grassroots"), folder.resolve("db"));
        Files.copy(karaf.home().resolve("etc/security/personal-data.key"), folder.resolve("personal-data.key"));
        System.out.printf("demo snapshot written in %d s: %s%n", (System.nanoTime() - started) / 1_000_000_000L, folder);
        delete(build);
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + folder, e);
        }
    }
}
