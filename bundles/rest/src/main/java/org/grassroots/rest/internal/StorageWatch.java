package org.grassroots.rest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.grassroots.core.api.HealthIndicator;
import org.grassroots.core.api.module.PlatformStop;
import org.grassroots.core.api.text.Message;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches what every write needs besides the code: room on the data disk and the platform's DataSource. With the
 * disk (below {@code ${karaf.data}}, and the Derby database's directory) under {@code minimumFreeDiskMegabytes},
 * writes are refused before they reach the database: Derby that runs out of room in the middle of a transaction
 * shuts the database down (XSDG1) and its XA rollback then fails with an exception that hides the cause, so a
 * refusal up front is both clearer and gentler. Reads go on. With the DataSource service gone (its configuration
 * removed, the driver stopped), every API call is refused. Failures that reach the REST layer anyway are explained
 * by {@link #explain}. Each outage is logged once as an ERROR when it begins and once as INFO when it ends.
 */
@Component(service = { StorageWatch.class, HealthIndicator.class }, configurationPid = RestConfig.PID)
public class StorageWatch implements HealthIndicator {
    private static final Logger LOG = LoggerFactory.getLogger(StorageWatch.class);
    private static final long MEGABYTE = 1024L * 1024L;
    /** How long a measured free space is trusted: one statfs per second at most, however many writes. */
    private static final long FREE_SPACE_TTL_NANOS = 1_000_000_000L;
    /** A failure explained this long after the previous one starts a new outage in the log. */
    private static final long QUIET_NANOS = 60_000_000_000L;

    /** Why writes (or all calls) are refused; the message key names the text the caller reads. */
    enum Outage {
        DISK_FULL("storage.diskFull"), DATABASE_DOWN("storage.databaseDown");

        final String messageKey;

        Outage(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private volatile long minimumFreeBytes;
    private volatile Set<Path> watched = Set.of();
    private volatile ServiceReference<DataSource> dataSource;
    private final AtomicBoolean dataSourceSeen = new AtomicBoolean();

    private final AtomicLong measuredAt = new AtomicLong(System.nanoTime() - FREE_SPACE_TTL_NANOS);
    private volatile long freeBytes = Long.MAX_VALUE;
    private volatile Path fullest;
    private final AtomicBoolean diskFull = new AtomicBoolean();
    private final AtomicLong lastExplained = new AtomicLong(System.nanoTime() - QUIET_NANOS);

    private final BundleContext context;

    @Activate
    public StorageWatch(RestConfig config, BundleContext context) {
        this.context = context;
        modified(config);
    }

    @Modified
    void modified(RestConfig config) {
        this.minimumFreeBytes = Math.max(0, config.minimumFreeDiskMegabytes()) * MEGABYTE;
        this.watched = watchedDirectories(dataSource);
        measuredAt.set(System.nanoTime() - FREE_SPACE_TTL_NANOS);
    }

    @Reference(service = DataSource.class, target = "(osgi.jndi.service.name=grassroots)",
            cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDataSource(ServiceReference<DataSource> reference) {
        this.dataSource = reference;
        this.watched = watchedDirectories(reference);
        if (dataSourceSeen.getAndSet(true)) {
            LOG.info("The database is back: the DataSource grassroots is registered again; API calls are served again");
        }
    }

    void unbindDataSource(ServiceReference<DataSource> reference) {
        if (this.dataSource == reference) {
            this.dataSource = null;
            if (PlatformStop.underway(context)) {
                LOG.info("The DataSource grassroots is unregistered while the platform stops");
                return;
            }
            LOG.error("The database is gone: the DataSource grassroots was unregistered (its configuration "
                    + "etc/org.ops4j.datasource-grassroots.cfg removed, or its driver or pool stopped); every API call "
                    + "answers 503 until it is back");
        }
    }

    /** Whether the DataSource that was there is gone (not merely not there yet while the platform starts). */
    boolean databaseLost() {
        return dataSource == null && dataSourceSeen.get();
    }

    /** Whether the data disk has less room than {@code minimumFreeDiskMegabytes}; measured at most once a second. */
    boolean diskFull() {
        long now = System.nanoTime();
        long last = measuredAt.get();
        if (now - last >= FREE_SPACE_TTL_NANOS && measuredAt.compareAndSet(last, now)) {
            measure();
        }
        return diskFull.get();
    }

    /** Measures the free space now (a failure is rare, and the last measurement may predate it); whether full. */
    private boolean measureNow() {
        measuredAt.set(System.nanoTime());
        measure();
        return diskFull.get();
    }

    /** Why a write is refused before it starts, or null. */
    Outage refuseWrite() {
        if (databaseLost()) {
            return Outage.DATABASE_DOWN;
        }
        return diskFull() ? Outage.DISK_FULL : null;
    }

    /**
     * What a failure that reached the REST layer says about the storage: the disk is full (Derby's XSDG1,
     * PostgreSQL's 53100, the operating system's "No space left on device", or the disk found full now), the
     * database is down (a connection exception, class 08; Derby not booted or shut down; PostgreSQL shutting
     * down; the DataSource gone), or null for any other failure. The first failure of an outage is logged as an
     * ERROR with its stack trace, the following ones within a minute of each other only at DEBUG.
     */
    Outage explain(Throwable failure) {
        Outage outage = classify(failure);
        if (outage == null && databaseLost()) {
            outage = Outage.DATABASE_DOWN;
        }
        if (outage == null && (measureNow() || freeBytes < MEGABYTE)) {
            // Derby's rollback after a failed page write hides the XSDG1 behind an exception of its own: a write
            // that failed on a disk without room failed for the room, whether or not the check is switched on
            outage = Outage.DISK_FULL;
        }
        if (outage != null) {
            long now = System.nanoTime();
            long previous = lastExplained.getAndSet(now);
            if (now - previous >= QUIET_NANOS) {
                LOG.error("A request failed because {}; such failures answer 503 and are logged at DEBUG until a "
                        + "minute passes without one", outage == Outage.DISK_FULL ? "the data disk is full"
                        : "the database is not available", failure);
            } else {
                LOG.debug("A request failed because of {}", outage, failure);
            }
        }
        return outage;
    }

    /** The outage a failure's causes name, or null. */
    static Outage classify(Throwable failure) {
        Set<Throwable> seen = new java.util.HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                int chained = 0;
                for (SQLException next = sql; next != null && chained++ < 10; next = next.getNextException()) {
                    Outage outage = ofSqlState(next.getSQLState());
                    if (outage != null) {
                        return outage;
                    }
                }
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
                return Outage.DISK_FULL;
            }
        }
        return null;
    }

    static Outage ofSqlState(String state) {
        if (state == null) {
            return null;
        }
        if (state.equals("XSDG1") || state.equals("53100")) {
            return Outage.DISK_FULL;
        }
        if (state.startsWith("08") || state.equals("XJ040") || state.equals("XJ004") || state.equals("XJ015")
                || state.equals("40XD0") || state.startsWith("57P0")) {
            return Outage.DATABASE_DOWN;
        }
        return null;
    }

    @Override
    public String name() {
        return "storage";
    }

    @Override
    public String problem() {
        if (databaseLost()) {
            return "the DataSource grassroots is not registered";
        }
        return diskFull() ? "the data disk has " + freeBytes / MEGABYTE + " MB free below " + fullest : null;
    }

    @Override
    public Message notice() {
        Outage outage = refuseWrite();
        return outage == null ? null : RequestLanguage.MESSAGES.message(outage.messageKey);
    }

    private void measure() {
        long smallest = Long.MAX_VALUE;
        Path where = null;
        for (Path directory : watched) {
            try {
                long usable = Files.getFileStore(directory).getUsableSpace();
                if (usable < smallest) {
                    smallest = usable;
                    where = directory;
                }
            } catch (IOException | RuntimeException e) {
                // a directory that went away is not a full disk; the others still count
            }
        }
        freeBytes = smallest;
        fullest = where;
        boolean full = smallest < minimumFreeBytes;
        if (full && !diskFull.getAndSet(true)) {
            LOG.error("The data disk is full: {} MB free below {} (at least {} MB wanted); writes answer 503, reads "
                    + "go on, until space is freed", smallest / MEGABYTE, where, minimumFreeBytes / MEGABYTE);
        } else if (!full && diskFull.getAndSet(false)) {
            LOG.info(minimumFreeBytes == 0 ? "The disk check is switched off (minimumFreeDiskMegabytes = 0): {} MB "
                    + "free below {}; writes are accepted again" : "The data disk has room again: {} MB free below {}; "
                    + "writes are accepted again", smallest / MEGABYTE, where);
        }
    }

    /** {@code ${karaf.data}}, its {@code db} folder and the folder of the Derby database the DataSource opens. */
    static Set<Path> watchedDirectories(ServiceReference<DataSource> dataSource) {
        Set<Path> directories = new LinkedHashSet<>();
        String data = System.getProperty("karaf.data");
        if (data != null) {
            directories.add(Paths.get(data));
            directories.add(Paths.get(data, "db"));
        }
        Object url = dataSource == null ? null : dataSource.getProperty("url");
        Path derby = derbyDirectory(url == null ? null : url.toString());
        if (derby != null) {
            directories.add(derby);
        }
        Set<Path> existing = new LinkedHashSet<>();
        for (Path directory : directories) {
            Path existingAncestor = directory.toAbsolutePath();
            while (existingAncestor != null && !Files.isDirectory(existingAncestor)) {
                existingAncestor = existingAncestor.getParent();
            }
            if (existingAncestor != null) {
                existing.add(existingAncestor);
            }
        }
        return Set.copyOf(existing);
    }

    /** The directory of an embedded Derby database's URL ({@code jdbc:derby:/path/db;create=true}), or null. */
    static Path derbyDirectory(String url) {
        if (url == null || !url.startsWith("jdbc:derby:") || url.startsWith("jdbc:derby://")) {
            return null;
        }
        String name = url.substring("jdbc:derby:".length());
        int attributes = name.indexOf(';');
        name = attributes < 0 ? name : name.substring(0, attributes);
        if (name.startsWith("memory:") || name.startsWith("classpath:") || name.startsWith("jar:")) {
            return null;
        }
        name = name.startsWith("directory:") ? name.substring("directory:".length()) : name;
        return name.isEmpty() ? null : Paths.get(name);
    }
}
