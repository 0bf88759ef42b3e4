package org.grassroots.rural.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.io.RowReader;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.io.Spreadsheets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What every sheet of the module shares (criterion scores, classification, visits, enterprises, needs, collective
 * income; one class per sheet, e.g. {@link NeedSheets}), read and written through core's {@link Spreadsheets}. An
 * import reads every row first and refuses the whole file with every bad cell (row, column, reason) before anything
 * is stored; then it stores all rows in one transaction ({@link #storeAll}). Sheets that can be imported are exported
 * in the same layout, so a sheet can be downloaded, edited and uploaded again: a row with an {@value #ID} changes
 * that record, a row without one adds a record (visits are facts: rows with an id are left as they are).
 */
@Component(service = SheetRows.class)
public class SheetRows {
    static final String ID = "编号";
    static final String VILLAGE_CODE = "村代码";
    static final String VILLAGE_NAME = "村名称";
    static final String YEAR = "年度";

    /** What an import did. */
    public record Imported(String sheet, int rows, int created, int updated, int unchanged) {
    }

    /** A sheet to write: headers and rows of cell texts. */
    public record Table(List<String> headers, List<List<String>> rows) {
    }

    /** A parsed row and what it became, kept so a refusal while storing names the row. */
    record Parsed<T>(SheetRow row, T value) {
    }

    private final Spreadsheets spreadsheets;
    private final JpaTemplate jpa;

    @Activate
    public SheetRows(@Reference Spreadsheets spreadsheets,
                     @Reference(target = "(osgi.unit.name=grassroots-rural)") JpaTemplate jpa) {
        this.spreadsheets = spreadsheets;
        this.jpa = jpa;
    }

    public Sheet read(FileFormat format, InputStream in) {
        return spreadsheets.read(format, in);
    }

    public void write(FileFormat format, Table table, OutputStream out) throws IOException {
        spreadsheets.write(format, table.headers(), table.rows(), out);
    }

    /**
     * Stores every parsed row in one transaction. Rows were checked while reading; should a service still refuse
     * one (e.g. changed meanwhile), the whole file is refused with that row's error and nothing is stored.
     */
    <T> void storeAll(RowReader reader, List<Parsed<T>> rows, Map<String, String> columns, Consumer<T> store) {
        jpa.tx(TransactionType.Required, em -> {
            for (Parsed<T> parsed : rows) {
                try {
                    store.accept(parsed.value());
                } catch (ValidationException e) {
                    List<FieldError> errors = e.errors();
                    for (int i = 0; i < errors.size(); i++) {
                        String field = errors.get(i).field();
                        reader.reject(parsed.row(), columns.getOrDefault(field, field), e.reason(i));
                    }
                } catch (GrassrootsException e) {
                    reader.reject(parsed.row(), ID, e.message());
                }
                if (reader.hasErrors()) {
                    break; // the transaction is rolled back: nothing of the file is stored
                }
            }
            reader.throwIfRejected();
        });
    }

    /** The row's village (by code, under the unit), or null with an error recorded; {@code seen} catches duplicates. */
    static Organization village(RowReader reader, SheetRow row, Map<String, Organization> byCode, Set<Long> seen) {
        String code = reader.text(row, VILLAGE_CODE, true);
        if (code == null) {
            return null;
        }
        Organization village = byCode.get(code);
        if (village == null) {
            reader.reject(row, VILLAGE_CODE, RuralMessages.TEXT.message("sheet.village.unknown", code));
        } else if (seen != null && seen.contains(village.id())) {
            reader.reject(row, VILLAGE_CODE, RuralMessages.TEXT.message("sheet.village.twice", code));
            return null;
        }
        return village;
    }

    static Long id(RowReader reader, SheetRow row) {
        Integer id = reader.integer(row, ID, false);
        return id == null ? null : id.longValue();
    }

    /**
     * Whether the record named by the row's id exists for the caller (and, with {@code inScope}, belongs to one of
     * those villages); records an error otherwise.
     */
    static boolean existing(RowReader reader, SheetRow row, java.util.function.LongSupplier villageOrId,
                                    VillageSet inScope) {
        try {
            long found = villageOrId.getAsLong();
            if (inScope == null || inScope.containsKey(found)) {
                return true;
            }
        } catch (GrassrootsException e) {
            // not found or not visible: reported below like a record of another unit
        }
        reader.reject(row, ID, RuralMessages.TEXT.message("sheet.id.foreign", row.value(ID)));
        return false;
    }

    static String length(RowReader reader, SheetRow row, String header, boolean required, int max) {
        String text = reader.text(row, header, required);
        if (text != null && text.length() > max) {
            reader.reject(row, header, RuralMessages.TEXT.message("tooLong", max));
        }
        return text;
    }

    static Map<String, Organization> byCode(VillageSet inScope) {
        Map<String, Organization> byCode = new HashMap<>();
        inScope.values().forEach(v -> byCode.put(v.code(), v));
        return byCode;
    }

    static List<Organization> sortedByCode(VillageSet inScope) {
        return inScope.values().stream().sorted(Comparator.comparing(Organization::code)).toList();
    }

    /** A number as people write it: no trailing ".0", no exponent. */
    static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
