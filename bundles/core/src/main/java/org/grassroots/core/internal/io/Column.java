package org.grassroots.core.internal.io;

import java.util.List;

/**
 * One column of an import/export layout.
 *
 * @param header   the Chinese header written to exports and templates
 * @param field    the draft field the column fills, as named in validation errors
 * @param required whether a file must have this column and every row a value in it
 * @param aliases  other headers accepted on import (English names, common Chinese variants), and other
 *                 field names that validation may use for this column
 */
record Column(String header, String field, boolean required, List<String> aliases) {
    Column {
        aliases = List.copyOf(aliases);
    }

    static Column required(String header, String field, String... aliases) {
        return new Column(header, field, true, List.of(aliases));
    }

    static Column optional(String header, String field, String... aliases) {
        return new Column(header, field, false, List.of(aliases));
    }
}
