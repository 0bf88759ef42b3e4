package org.grassroots.core.internal.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a database written by a newer release (a downgrade): a history table that records a migration this
 * bundle does not ship. Flyway would ignore such "future" migrations and run the old code on a schema it does not
 * know, which may damage data; the platform refuses instead, says why in the log (Chinese and English) and on
 * {@code /api/health} ({@link SchemaHealth}), and keeps the database untouched.
 */
public final class SchemaVersionGuard {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaVersionGuard.class);
    private static final MessageBundle MESSAGES = MessageBundle.of(SchemaVersionGuard.class);
    /** The refusals of this run by table prefix: static because modules migrate through the static SchemaMigrations. */
    private static final Map<String, Message> REFUSALS = new ConcurrentHashMap<>();

    private SchemaVersionGuard() {
    }

    /** Thrown instead of migrating a database that is newer than the code. */
    public static final class DatabaseTooNewException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final transient Message text;

        DatabaseTooNewException(Message text) {
            super(text.english());
            this.text = text;
        }

        public Message text() {
            return text;
        }
    }

    /**
     * @throws DatabaseTooNewException when the history of {@code prefix} holds a version the bundle does not know
     */
    public static void check(Flyway flyway, String prefix) {
        MigrationInfoService info = flyway.info();
        List<String> unknown = new ArrayList<>();
        for (MigrationInfo migration : info.all()) {
            MigrationState state = migration.getState();
            if (migration.getVersion() != null && (state == MigrationState.FUTURE_SUCCESS
                    || state == MigrationState.FUTURE_FAILED || state == MigrationState.MISSING_SUCCESS
                    || state == MigrationState.MISSING_FAILED)) {
                unknown.add(migration.getVersion().getVersion());
            }
        }
        if (unknown.isEmpty()) {
            REFUSALS.remove(prefix);
            return;
        }
        String newestKnown = Arrays.stream(info.all())
                .filter(m -> m.getVersion() != null && m.getState().isResolved())
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder())
                .map(MigrationVersion::getVersion).orElse("-");
        Message text = MESSAGES.message("databaseTooNew", prefix, String.join(", ", unknown), newestKnown);
        REFUSALS.put(prefix, text);
        LOG.error("{} / {}", text.chinese(), text.english());
        throw new DatabaseTooNewException(text);
    }

    /** The prefix's history holds only what the bundle ships (checked without Flyway): no refusal stands for it. */
    public static void accepted(String prefix) {
        REFUSALS.remove(prefix);
    }

    /** The refusals of this run, by table prefix (sorted), for the health endpoint. */
    public static Map<String, Message> refusals() {
        return new TreeMap<>(REFUSALS);
    }
}
