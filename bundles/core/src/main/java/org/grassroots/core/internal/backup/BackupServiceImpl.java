package org.grassroots.core.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.internal.AuditLogImpl;
import org.grassroots.core.internal.schema.CoreSchema;
import org.grassroots.core.internal.schema.SchemaChanges;
import org.grassroots.core.internal.security.PersonalDataKeys;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Online backup of the platform for its administrator (shell {@code grassroots:backup}, {@code POST
 * /api/core/backups}): a dated folder holding a consistent copy of the database taken while the platform serves
 * writes (attachments included: their bytes are in core's tables), a manifest (time, versions, every table's rows
 * and hash, every file's checksum) and {@code SHA256SUMS}. One backup at a time. The database-specific part is a
 * {@link DatabaseCopier}; the key file for personal data is deliberately not copied (docs/security.md), only its
 * fingerprint is recorded so a restore can tell whether the installation holds the right key.
 */
@Component(service = BackupServiceImpl.class, configurationPid = "org.grassroots.core",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class BackupServiceImpl {
    private static final Logger LOG = LoggerFactory.getLogger(BackupServiceImpl.class);
    public static final MessageBundle MESSAGES = MessageBundle.of(BackupServiceImpl.class);
    /** How long a backup waits for running schema migrations (a module being installed) to finish. */
    private static final long MIGRATION_WAIT_MINUTES = 10;
    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    @ObjectClassDefinition(name = "grassroots backups")
    public @interface Config {
        @AttributeDefinition(description = "Folder the backups are written to; empty: data/backup of the installation")
        String backupDirectory() default "";
    }

    /** What a backup answers: where it is and what it holds. */
    public record Result(String folder, Instant startedAt, long durationMillis, int tables, long rows, int files,
                         long bytes, Map<String, String> schemaVersions) {
    }

    private final DataSource dataSource;
    private final AuditLogImpl audit;
    private final PersonalDataKeys keys;
    private final BundleContext context;
    private final Path directory;
    private final AtomicReference<Instant> running = new AtomicReference<>();

    // Derby's driver (pax-jdbc-derby); absent on an installation without Derby, where another copier must serve
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            target = "(osgi.jdbc.driver.name=derby)")
    private volatile DataSourceFactory derby;

    @Activate
    public BackupServiceImpl(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource,
                             @Reference CoreSchema schema, @Reference AuditLogImpl audit,
                             @Reference PersonalDataKeys keys, BundleContext context, Config config) {
        this.dataSource = dataSource;
        this.audit = audit;
        this.keys = keys;
        this.context = context;
        this.directory = directory(config.backupDirectory());
    }

    static Path directory(String configured) {
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured.trim()).toAbsolutePath();
        }
        return Paths.get(System.getProperty("karaf.data", "data")).resolve("backup").toAbsolutePath();
    }

    public Path directory() {
        return directory;
    }

    /**
     * Makes a backup into a new dated folder below {@code parent} (the configured directory when null).
     *
     * @param reason   what it is for, kept in the manifest and the audit trail
     * @param progress told each step as it starts
     * @throws ConflictException while another backup runs
     * @throws BackupException   when the copy fails (nothing is left that looks like a complete backup)
     */
    public Result backup(Path parent, String reason, Consumer<Message> progress) {
        Instant started = UtcTimes.nowInstant();
        Instant other = running.compareAndExchange(null, started);
        if (other != null) {
            throw new ConflictException(MESSAGES.message("backup.running", other));
        }
        Path folder = null;
        try {
            DatabaseCopier copier = copier();
            folder = newFolder(parent == null ? directory : parent.toAbsolutePath(), started);
            if (!SchemaChanges.excludeMigrations(MIGRATION_WAIT_MINUTES, TimeUnit.MINUTES)) {
                throw new BackupException(MESSAGES.message("backup.migrating", MIGRATION_WAIT_MINUTES), null);
            }
            DatabaseCopier.Copy copy;
            try {
                progress.accept(MESSAGES.message("backup.copying", folder));
                copy = copier.copy(dataSource, folder);
            } finally {
                SchemaChanges.allowMigrations();
            }
            progress.accept(MESSAGES.message("backup.checksums"));
            List<BackupManifest.FileSum> files = BackupManifest.checksums(folder);
            Instant finished = UtcTimes.nowInstant();
            String key = keyFingerprint();
            BackupManifest.write(folder, facts(started, finished, reason, key), copy, files, key);
            Result result = new Result(folder.toString(), started, Duration.between(started, finished).toMillis(),
                    copy.tables().size(), copy.tables().values().stream().mapToLong(TableDigests.TableDigest::rows).sum(),
                    files.size(), files.stream().mapToLong(BackupManifest.FileSum::bytes).sum(), copy.schemaVersions());
            LOG.info("Backup written to {} in {} ms: {} tables, {} rows, {} files, {} bytes", folder,
                    result.durationMillis(), result.tables(), result.rows(), result.files(), result.bytes());
            // after the copy, so the backup does not hold its own line and a restore compares equal to it
            audit.record("BACKUP", "core.backup", null, folder + " (" + reason + ")", List.of());
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            removeQuietly(folder);
            throw new BackupException(MESSAGES.message("backup.failed", folder, "interrupted"), e);
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.error("Backup into {} failed", folder, e);
            removeQuietly(folder);
            if (e instanceof GrassrootsException refused) {
                throw refused;
            }
            throw new BackupException(MESSAGES.message("backup.failed", folder == null ? directory : folder,
                    String.valueOf(e.getMessage())), e);
        } finally {
            running.set(null);
        }
    }

    /** The backups below the configured directory, newest first, from their manifests. */
    public List<Map<String, Object>> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Map<String, Object>> backups = new ArrayList<>();
        try (Stream<Path> folders = Files.list(directory)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                JsonNode manifest = BackupManifest.read(folder);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("folder", folder.toString());
                entry.put("complete", manifest != null);
                if (manifest != null) {
                    entry.put("startedAt", manifest.path("startedAt").asText());
                    entry.put("durationMillis", manifest.path("durationMillis").asLong());
                    entry.put("platformVersion", manifest.path("platformVersion").asText());
                    entry.put("totals", manifest.path("totals"));
                }
                backups.add(entry);
            }
        } catch (IOException e) {
            throw new BackupException(MESSAGES.message("backup.unreadable", directory, String.valueOf(e.getMessage())), e);
        }
        return backups;
    }

    private DatabaseCopier copier() throws SQLException {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        DataSourceFactory factory = derby;
        List<DatabaseCopier> copiers = new ArrayList<>();
        if (factory != null) {
            copiers.add(new DerbyCopier(factory.createDriver(null)));
        }
        return copiers.stream().filter(c -> c.handles(product)).findFirst()
                .orElseThrow(() -> new BackupException(MESSAGES.message("backup.unsupported", product), null));
    }

    /** A failed backup's partial folder goes: it would only take space (a full disk is a likely cause). */
    private static void removeQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove the incomplete backup {}: {}", folder, e.getMessage());
        }
    }

    private static Path newFolder(Path parent, Instant started) throws IOException {
        Files.createDirectories(parent);
        String name = "grassroots-" + FOLDER_TIME.format(started);
        Path folder = parent.resolve(name);
        for (int n = 2; Files.exists(folder); n++) {
            folder = parent.resolve(name + "-" + n);
        }
        return Files.createDirectory(folder);
    }

    private String keyFingerprint() throws IOException {
        Path key = keys.file();
        return Files.isRegularFile(key) ? BackupManifest.sha256(key) : "-";
    }

    private Map<String, Object> facts(Instant started, Instant finished, String reason, String key) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("format", 1);
        facts.put("reason", reason);
        facts.put("startedAt", started.toString());
        facts.put("finishedAt", finished.toString());
        facts.put("durationMillis", Duration.between(started, finished).toMillis());
        facts.put("platformVersion", context.getBundle().getVersion().toString());
        Map<String, String> bundles = new TreeMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName() != null && bundle.getSymbolicName().startsWith("org.grassroots")) {
                bundles.put(bundle.getSymbolicName(), bundle.getVersion().toString());
            }
        }
        facts.put("bundles", bundles);
        facts.put("java", System.getProperty("java.version"));
        Map<String, String> keyFacts = new LinkedHashMap<>();
        keyFacts.put("file", keys.file().getFileName().toString());
        keyFacts.put("sha256", key);
        keyFacts.put("note", "not in the backup (docs/security.md): a restore needs this same key file in etc/security/");
        facts.put("personalDataKey", keyFacts);
        return facts;
    }
}
