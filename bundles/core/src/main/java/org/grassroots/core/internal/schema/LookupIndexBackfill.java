package org.grassroots.core.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.grassroots.core.internal.security.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills the ID-suffix and phone blind indexes (schema v31) of member rows written before them. Runs after
 * {@link PlaintextEncryption}, so every value it reads is encrypted. Walks the rows by id in batches, each batch
 * committed, so an interrupted run resumes where it stopped and a row it cannot index is not read again.
 */
final class LookupIndexBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(LookupIndexBackfill.class);
    private static final int BATCH = 1000;

    private final DataSource dataSource;
    private final PersonalData personalData;

    LookupIndexBackfill(DataSource dataSource, PersonalData personalData) {
        this.dataSource = dataSource;
        this.personalData = personalData;
    }

    void run() {
        int total = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement("SELECT ID, ID_NUMBER, PHONE FROM CORE_MEMBER "
                    + "WHERE ID_SUFFIX_INDEX IS NULL AND ID > ? ORDER BY ID");
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE CORE_MEMBER SET ID_SUFFIX_INDEX = ?, PHONE_INDEX = ? WHERE ID = ?")) {
                select.setMaxRows(BATCH);
                long after = Long.MIN_VALUE;
                int rows;
                do {
                    rows = 0;
                    select.setLong(1, after);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            after = rs.getLong(1);
                            update.setString(1, personalData.suffixIndex(personalData.decrypt(rs.getString(2))));
                            update.setString(2, personalData.phoneIndex(personalData.decrypt(rs.getString(3))));
                            update.setLong(3, after);
                            update.addBatch();
                            rows++;
                        }
                    }
                    update.executeBatch();
                    connection.commit();
                    total += rows;
                } while (rows == BATCH);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not index the ID suffixes and phone numbers of existing members", e);
        }
        if (total > 0) {
            LOG.info("Indexed the ID-number suffixes and phone numbers of {} member(s) stored before schema v31", total);
        }
    }
}
