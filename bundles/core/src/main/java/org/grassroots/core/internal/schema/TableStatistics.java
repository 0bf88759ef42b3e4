package org.grassroots.core.internal.schema;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.grassroots.core.internal.BackgroundThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings Derby's statistics of a table up to date after a bulk write, which also makes Derby plan the statements on
 * that table anew. Derby keeps a compiled statement's plan and checks it against the table's size only every 100th
 * execution, and without statistics it plans an {@code IN} list of 1,000 keys as a scan of the whole table: the
 * duplicate check of a members import, planned while the table was empty, scanned the 30,000 members of the first
 * file once per chunk of the second (49 s for the second file instead of 10 s). Derby's own statistics thread does
 * the same some time later; this does it right after the import, in the background, and the next import waits for
 * it ({@link #awaitRefreshed()}). About 0.6 s for 90,000 members and 0.8–2.2 s for 300,000. PostgreSQL plans an
 * unnamed statement at each execution and gathers statistics itself (autovacuum's analyse): nothing to do there.
 */
public final class TableStatistics implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TableStatistics.class);
    private static final long WAIT_SECONDS = 120;

    private final DataSource dataSource;
    private final ExecutorService worker = BackgroundThreads.single("table-statistics");
    private volatile CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    public TableStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** After a transaction that wrote many rows into {@code table} (Derby's name, e.g. CORE_MEMBER) has committed. */
    public synchronized void refreshAfterBulkWrite(String table) {
        // a refresh refused because core is stopping must not keep later ones from running (refresh catches the rest)
        pending = pending.exceptionally(refused -> null).thenRunAsync(() -> refresh(table), worker);
    }

    /** Before a bulk operation whose queries should be planned for the tables as they are now. */
    public void awaitRefreshed() {
        try {
            pending.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // refused by the worker: core is stopping
            LOG.debug("Derby's statistics were not refreshed: {}", e.getCause().toString());
        } catch (TimeoutException e) {
            LOG.warn("Derby's statistics were not refreshed within {} s; the import goes on with the plans Derby has",
                    WAIT_SECONDS);
        }
    }

    private void refresh(String table) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            if (PostgresSchema.isPostgres(connection)) {
                return;
            }
            try (CallableStatement update = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, NULL)")) {
                update.setString(1, connection.getSchema());
                update.setString(2, table);
                update.execute();
            }
            LOG.debug("Statistics of {} refreshed in {} ms", table, (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            // the data is committed; plans for an older size only cost time, and Derby's own thread catches up
            LOG.warn("Could not refresh Derby's statistics of {}: {}", table, e.toString());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
