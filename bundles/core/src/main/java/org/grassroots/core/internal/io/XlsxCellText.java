package org.grassroots.core.internal.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.Cell;

/** Renders an XLSX cell as the text a user would type to get it, independent of the cell's display format. */
final class XlsxCellText {

    /** Excel keeps 15 significant digits; beyond that a double only shows binary noise (0.30000000000000004). */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * Built-in number formats that show dates or times: 14–22 and 45–47 everywhere, and the ids a
     * Chinese-locale Excel uses for 年月日 and 时分 formats (27–36, 50–58), which carry no format string.
     */
    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(
            14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47,
            27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58);

    /** Parts of a format string that never mean a date: quoted text, escaped characters, [colours]/[$-804]. */
    private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^]]*]|_.|\\*.");
    private static final Pattern DATE_TOKENS = Pattern.compile("[yYmMdDhHsS]");

    private XlsxCellText() {
    }

    static String of(Cell cell) {
        Object value = cell.getValue();
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return isDateFormatted(cell) ? dateText(number, cell.asDate()) : numberText(number);
        }
        if (value instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        }
        return value.toString();
    }

    /** Whole numbers without ".0" and never in scientific notation, so long codes survive as digits. */
    static String numberText(BigDecimal number) {
        return number.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    private static String dateText(BigDecimal serial, LocalDateTime dateTime) {
        // Excel stores a time of day as a fraction of day zero, which is not a date anyone means.
        if (serial.compareTo(BigDecimal.ONE) < 0) {
            return TIME.format(dateTime);
        }
        if (dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return dateTime.toLocalDate().toString();
        }
        return dateTime.toLocalDate() + " " + TIME.format(dateTime);
    }

    private static boolean isDateFormatted(Cell cell) {
        Integer formatId = cell.getDataFormatId();
        if (formatId != null && BUILT_IN_DATE_FORMATS.contains(formatId)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
            return false;
        }
        return DATE_TOKENS.matcher(LITERALS.matcher(format).replaceAll("")).find();
    }
}
