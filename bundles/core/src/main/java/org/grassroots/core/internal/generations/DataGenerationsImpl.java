package org.grassroots.core.internal.generations;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.persistence.EntityManager;
import javax.sql.DataSource;
import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.SystemException;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;

import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.DataGenerations;
import org.grassroots.core.internal.Audit;
import org.grassroots.core.internal.BackgroundThreads;
import org.grassroots.core.internal.schema.CoreSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DataGenerations} of the platform, in {@code CORE_DATA_GENERATION}. A change inside a JTA transaction is
 * remembered per transaction and the numbers move in {@code afterCompletion} once it committed, still inside the
 * writer's call, so the writer's caller is answered only after the figures are known stale. The bump runs on a
 * thread of its own: the writer's thread is still bound to the finished transaction, which a pooled, enlisting
 * connection would refuse. Writers that finish while a bump runs share the next one ({@link GroupedBumps}).
 */
@Component(service = { DataGenerations.class, DataGenerationsImpl.class })
public class DataGenerationsImpl implements DataGenerations {
    private static final Logger LOG = LoggerFactory.getLogger(DataGenerationsImpl.class);
    /** Audit actions of reads (personal data shown, searched by, a backup taken): they change no figure. */
    static final Set<String> READS = Set.of("READ_PERSONAL", "SEARCH_ID_NUMBER", "SEARCH_ID_SUFFIX", "SEARCH_PHONE",
            "DUPLICATE_ID_OUTSIDE_SCOPE", "BACKUP", "LOGOUT");
    private static final long BUMP_TIMEOUT_SECONDS = 30;

    private final GenerationTable table;
    private final TransactionManager transactions;
    private final Map<Transaction, Set<String>> pending = new ConcurrentHashMap<>();
    private final ExecutorService bumper = BackgroundThreads.single("data-generations");
    private final GroupedBumps bumps;

    @Activate
    public DataGenerationsImpl(@Reference(target = "(osgi.jndi.service.name=grassroots)") DataSource dataSource,
                               @Reference TransactionManager transactions, @Reference CoreSchema schema) {
        this.table = new GenerationTable(dataSource);
        this.bumps = new GroupedBumps(table::bump, bumper);
        this.transactions = transactions;
    }

    @Deactivate
    void deactivate() {
        bumper.shutdown();
        try {
            bumper.awaitTermination(BUMP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        table.close();
    }

    @Override
    public long current(String module) {
        return stamp(all(), module);
    }

    /** Every module's number (one query): what the dashboard reads once per request. */
    public Map<String, Long> all() {
        return table.read();
    }

    /** {@code module}'s number out of {@link #all()}: its own plus core's (both only grow, so the sum moves with either). */
    public static long stamp(Map<String, Long> generations, String module) {
        long core = generations.getOrDefault(CORE, 0L);
        return CORE.equals(module) ? core : core + generations.getOrDefault(module, 0L);
    }

    @Override
    public void changed(String module) {
        if (module == null || module.isBlank()) {
            throw new IllegalArgumentException("module");
        }
        Transaction tx = activeTransaction();
        if (tx == null) {
            bump(List.of(module));
            return;
        }
        pending.computeIfAbsent(tx, t -> {
            register(t);
            return ConcurrentHashMap.newKeySet();
        }).add(module);
    }

    /**
     * Whether the caller's transaction changed {@code module}'s data and has not committed yet: its generation has not
     * moved, so what is kept under it does not show the caller's own change.
     */
    public boolean changedInThisTransaction(String module) {
        Transaction tx = activeTransaction();
        Set<String> modules = tx == null ? null : pending.get(tx);
        return modules != null && modules.contains(module);
    }

    /**
     * Writes an audit line into the caller's transaction (as {@link Audit#record}) and counts it as a change of the
     * module its {@code entityType} names, unless the line is of a read: core's own writers audit through here.
     */
    public void audit(EntityManager em, String action, String entityType, Long entityId, String details,
                      List<FieldChange> changes) {
        Audit.record(em, action, entityType, entityId, details, changes);
        audited(action, entityType);
    }

    public void audit(EntityManager em, String action, String entityType, Long entityId, String details) {
        audit(em, action, entityType, entityId, details, List.of());
    }

    /** Counts an audit line as a change of the module its {@code entityType} names, unless it is of a read. */
    public void audited(String action, String entityType) {
        if (!READS.contains(action)) {
            changed(moduleOf(entityType));
        }
    }

    /** {@code education.site} is education's; a type without a module prefix ({@code member}) is core's. */
    static String moduleOf(String entityType) {
        int dot = entityType.indexOf('.');
        return dot <= 0 ? CORE : entityType.substring(0, dot);
    }

    private Transaction activeTransaction() {
        try {
            Transaction tx = transactions.getTransaction();
            return tx != null && tx.getStatus() == Status.STATUS_ACTIVE ? tx : null;
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private void register(Transaction tx) {
        try {
            tx.registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    Set<String> modules = pending.remove(tx);
                    if (status == Status.STATUS_COMMITTED && modules != null && !modules.isEmpty()) {
                        bump(modules);
                    }
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("Registering the data generations with the transaction failed", e);
        }
    }

    private void bump(Collection<String> modules) {
        Set<String> copy = Set.copyOf(modules);
        try {
            bumps.move(copy).get(BUMP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            LOG.debug("Data generations moved: {}", copy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.error("Data generations of {} not moved (interrupted): their figures may be stale", copy, e);
        } catch (ExecutionException | TimeoutException e) {
            // the change is committed; what failed is telling the caches, so say so loudly
            LOG.error("Data generations of {} not moved: their figures may be stale until the next change", copy, e);
        }
    }
}
