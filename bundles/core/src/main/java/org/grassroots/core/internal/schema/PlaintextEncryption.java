package org.grassroots.core.internal.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.grassroots.core.internal.security.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One-time encryption of member rows written before schema v3 (plaintext ID and phone numbers, no blind
 * index). Idempotent: it only touches rows without an index, in batches, so an interrupted run resumes.
 */
final class PlaintextEncryption {
    private static final Logger LOG = LoggerFactory.getLogger(PlaintextEncryption.class);
    private static final int BATCH = 1000;

    private final DataSource dataSource;
    private final PersonalData personalData;

    PlaintextEncryption(DataSource dataSource, PersonalData personalData) {
        this.dataSource = dataSource;
        this.personalData = personalData;
    }

    private record Row(long id, String idNumber, String phone) {
    }

    void run() {
        int total = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<Row> rows;
                do {
                    rows = nextBatch(connection);
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE CORE_MEMBER SET ID_NUMBER = ?, ID_NUMBER_INDEX = ?, PHONE = ? WHERE ID = ?")) {
                        for (Row row : rows) {
                            String plainId = personalData.decrypt(row.idNumber());
                            update.setString(1, PersonalData.isEncrypted(row.idNumber()) ? row.idNumber()
                                    : personalData.encrypt(plainId));
                            update.setString(2, personalData.index(plainId));
                            update.setString(3, row.phone() == null || PersonalData.isEncrypted(row.phone()) ? row.phone()
                                    : personalData.encrypt(row.phone()));
                            update.setLong(4, row.id());
                            update.addBatch();
                        }
                        update.executeBatch();
                    }
                    connection.commit();
                    total += rows.size();
                } while (rows.size() == BATCH);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not encrypt the personal data of existing members", e);
        }
        if (total > 0) {
            LOG.info("Encrypted the ID and phone numbers of {} member(s) stored before encryption at rest", total);
        }
    }

    private static List<Row> nextBatch(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT ID, ID_NUMBER, PHONE FROM CORE_MEMBER WHERE ID_NUMBER_INDEX IS NULL ORDER BY ID")) {
            select.setMaxRows(BATCH);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return rows;
    }
}
