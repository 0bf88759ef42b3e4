package org.grassroots.core.internal.schema;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Keeps schema migrations and the online backup apart. Derby's online backup fails ("Error copying file") when a
 * migration drops or rebuilds a table's file while it copies (a module installed or started during the backup);
 * migrations hold the shared side of this lock, the backup the exclusive one, so a backup waits for running
 * migrations and migrations wait for a running backup. Static because modules migrate through the static
 * {@link org.grassroots.core.schema.SchemaMigrations}.
 */
public final class SchemaChanges {
    private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock(true);

    private SchemaChanges() {
    }

    /** Held while a bundle migrates its tables. */
    public static Lock migrating() {
        return LOCK.readLock();
    }

    /**
     * Takes the exclusive side for a backup.
     *
     * @return false when migrations still ran after {@code timeout}
     */
    public static boolean excludeMigrations(long timeout, TimeUnit unit) throws InterruptedException {
        return LOCK.writeLock().tryLock(timeout, unit);
    }

    public static void allowMigrations() {
        LOCK.writeLock().unlock();
    }
}
