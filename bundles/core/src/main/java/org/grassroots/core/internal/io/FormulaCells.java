package org.grassroots.core.internal.io;

import java.util.regex.Pattern;

/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet program runs a cell that begins with {@code = + - @}, a tab
 * or a carriage return as a formula, so a member named {@code =HYPERLINK(...)} would act in the reader's Excel.
 * Exports prefix such cells with {@code '} (shown by Excel as text, the quote hidden); imports remove that prefix
 * again, so an export read back gives the same text. A plain number such as {@code -12.5} stays as it is.
 * XLSX needs none of this: its cells are written as inline strings, never as formulas.
 */
final class FormulaCells {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private FormulaCells() {
    }

    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || !triggers(cell.charAt(0)) || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /** The text of a cell that {@link #neutralise} wrote, else the cell as it is. */
    static String restore(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && triggers(cell.charAt(1))
                && !PLAIN_NUMBER.matcher(cell.substring(1)).matches()) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean triggers(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
