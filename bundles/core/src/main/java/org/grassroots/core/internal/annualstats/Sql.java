package org.grassroots.core.internal.annualstats;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.Query;

/**
 * The few SQL calls the annual statistics make, so that the queries run unchanged on the service's transaction
 * (native queries of the persistence unit, which also writes the audit line) and on a plain Derby connection in
 * the unit tests. Parameters are positional ({@code ?}); dates and instants are converted to JDBC types here.
 */
interface Sql {
    /** Every row as an array, also when one column is selected. */
    List<Object[]> rows(String sql, Object... parameters);

    int update(String sql, Object... parameters);

    static Object jdbc(Object value) {
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        return value;
    }

    static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Native queries on the caller's transaction. */
    static Sql of(EntityManager em) {
        return new Sql() {
            @Override
            public List<Object[]> rows(String sql, Object... parameters) {
                Bound bound = Bound.of(sql, parameters);
                List<?> result = bind(em.createNativeQuery(bound.sql()), bound.parameters()).getResultList();
                List<Object[]> rows = new ArrayList<>(result.size());
                for (Object row : result) {
                    rows.add(row instanceof Object[] array ? array : new Object[] { row });
                }
                return rows;
            }

            @Override
            public int update(String sql, Object... parameters) {
                Bound bound = Bound.of(sql, parameters);
                return bind(em.createNativeQuery(bound.sql()), bound.parameters()).executeUpdate();
            }
        };
    }

    private static Query bind(Query query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, jdbc(parameters[i]));
        }
        return query;
    }

    /**
     * The statement with every null parameter written as {@code NULL} in place of its {@code ?}: Derby refuses an
     * untyped null bind, and the statements here hold no {@code ?} inside quotes.
     */
    record Bound(String sql, Object[] parameters) {
        static Bound of(String sql, Object... parameters) {
            StringBuilder text = new StringBuilder();
            List<Object> kept = new ArrayList<>();
            int p = 0;
            for (char c : sql.toCharArray()) {
                if (c == '?') {
                    Object value = parameters[p++];
                    if (value == null) {
                        text.append("NULL");
                        continue;
                    }
                    kept.add(jdbc(value));
                }
                text.append(c);
            }
            return new Bound(text.toString(), kept.toArray());
        }
    }
}
