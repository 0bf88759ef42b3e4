package org.grassroots.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Paths;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class StorageWatchTest {

    @Test
    void derbysFullDiskAndTheSystemsNoSpaceAreADiskFull() {
        assertEquals(StorageWatch.Outage.DISK_FULL, StorageWatch.classify(new IllegalStateException("commit failed",
                new SQLException("Page could not be written to disk", "XSDG1"))));
        assertEquals(StorageWatch.Outage.DISK_FULL, StorageWatch.classify(new RuntimeException(
                new IOException("No space left on device"))));
        assertEquals(StorageWatch.Outage.DISK_FULL, StorageWatch.classify(new SQLException("could not extend file", "53100")));
    }

    @Test
    void aLostConnectionOrAStoppedDatabaseIsADatabaseDown() {
        for (String state : new String[] { "08001", "08003", "08006", "XJ040", "XJ004", "40XD0", "57P01" }) {
            assertEquals(StorageWatch.Outage.DATABASE_DOWN,
                    StorageWatch.classify(new RuntimeException(new SQLException("gone", state))), state);
        }
        SQLException chained = new SQLException("statement failed", "XJ001");
        chained.setNextException(new SQLException("Database 'grassroots' shutdown.", "08006"));
        assertEquals(StorageWatch.Outage.DATABASE_DOWN, StorageWatch.classify(chained));
    }

    @Test
    void otherFailuresAreNoStorageOutage() {
        assertNull(StorageWatch.classify(new SQLException("duplicate", "23505")));
        assertNull(StorageWatch.classify(new IndexOutOfBoundsException("Index -1 out of bounds for length 1")));
        assertNull(StorageWatch.classify(new NullPointerException()));
        RuntimeException loop = new RuntimeException("a");
        RuntimeException other = new RuntimeException("b", loop);
        loop.initCause(other);
        assertNull(StorageWatch.classify(loop));
    }

    @Test
    void theDerbyDirectoryComesFromAnEmbeddedUrlOnly() {
        assertEquals(Paths.get("/srv/grassroots/data/db/grassroots"),
                StorageWatch.derbyDirectory("jdbc:derby:/srv/grassroots/data/db/grassroots;create=true"));
        assertEquals(Paths.get("/d/x"), StorageWatch.derbyDirectory("jdbc:derby:directory:/d/x"));
        assertNull(StorageWatch.derbyDirectory("jdbc:derby:memory:test;create=true"));
        assertNull(StorageWatch.derbyDirectory("jdbc:derby://db:1527/grassroots"));
        assertNull(StorageWatch.derbyDirectory("jdbc:postgresql://127.0.0.1:5432/grassroots"));
        assertNull(StorageWatch.derbyDirectory(null));
    }
}
