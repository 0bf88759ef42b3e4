package org.grassroots.core.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.persistence.Column;
import javax.persistence.Table;

import org.junit.jupiter.api.Test;

/**
 * Every column of core's entities that copies a unit's materialized path ({@code *_PATH}) is rewritten when a unit
 * moves: it is declared in {@link ScopedTables#CORE_TABLES}, the one list the move uses. A new table with a path
 * column that is not declared there fails here instead of going stale after the first move.
 */
class CoreScopedTablesTest {
    @Test
    void everyPathColumnOfCoresEntitiesIsRewrittenOnAMove() throws Exception {
        Set<String> declared = new TreeSet<>();
        ScopedTables.CORE_TABLES.forEach(t -> declared.add(t.table() + "." + t.pathColumn()));

        Set<String> found = new TreeSet<>();
        String persistence;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            persistence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher classes = Pattern.compile("<class>([\\w.$]+)</class>").matcher(persistence);
        while (classes.find()) {
            Class<?> entity = Class.forName(classes.group(1));
            Table table = entity.getAnnotation(Table.class);
            if (table == null) {
                continue;
            }
            for (Field field : entity.getDeclaredFields()) {
                Column column = field.getAnnotation(Column.class);
                if (column != null && column.name().endsWith("_PATH")) {
                    found.add(table.name() + "." + column.name());
                }
            }
        }
        assertFalse(found.isEmpty(), "no path columns found: the entity list was not read");
        assertEquals(found, declared);
    }
}
