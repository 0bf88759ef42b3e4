package org.grassroots.core.api.io;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.grassroots.core.api.RowError;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * Reads typed values from the cells of an imported sheet and collects one {@link RowError} per cell that
 * cannot be read, so that one pass reports every problem of the file instead of the first. A typical import:
 * <pre>
 * RowReader reader = new RowReader().requireHeaders(sheet, List.of("村代码", "年份"));
 * for (SheetRow row : sheet.rows()) { String code = reader.text(row, "村代码", true); ... }
 * reader.throwIfRejected();   // before anything is stored
 * </pre>
 * Reasons are read in the caller's language when the import is refused ({@link RejectedRowsException}); {@link #errors()}
 * gives them in Chinese, the language of the people who fix the files. Not thread-safe: one per import.
 */
public final class RowReader {

    /** The date spellings accepted, as shown to users in error messages. */
    public static final String DATE_FORMATS = "yyyy-MM-dd、yyyy/M/d、yyyy.M.d、yyyyMMdd 或 yyyy年M月d日";

    private static final List<Pattern> DATE_PATTERNS = List.of(
            Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"),
            Pattern.compile("(\\d{4})()(\\d{2})(\\d{2})"),
            // What Chinese Excel shows for dates typed as text.
            Pattern.compile("(\\d{4})(年)(\\d{1,2})月(\\d{1,2})日"));
    private static final int HEADER_ROW = 1;

    private static final MessageBundle MESSAGES = RejectedRowsException.MESSAGES;

    private final List<RejectedRowsException.Cell> errors = new ArrayList<>();

    /** Records an error on row 1 for each of {@code headers} the sheet lacks. */
    public RowReader requireHeaders(Sheet sheet, List<String> headers) {
        for (String header : headers) {
            if (!sheet.headers().contains(header)) {
                errors.add(new RejectedRowsException.Cell(HEADER_ROW, header, MESSAGES.message("column.missing")));
            }
        }
        return this;
    }

    /** The cell's text, or null when it is empty (recorded as an error when {@code required}). */
    public String text(SheetRow row, String header, boolean required) {
        String value = row.value(header);
        if (value.isBlank()) {
            if (required) {
                reject(row, header, MESSAGES.message("cell.required"));
            }
            return null;
        }
        return value;
    }

    public Integer integer(SheetRow row, String header, boolean required) {
        String text = text(row, header, required);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            reject(row, header, MESSAGES.message("cell.integer", text));
            return null;
        }
    }

    /** A whole number that may exceed an int, such as a record id. */
    public Long longInteger(SheetRow row, String header, boolean required) {
        String text = text(row, header, required);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            reject(row, header, MESSAGES.message("cell.integer", text));
            return null;
        }
    }

    public BigDecimal decimal(SheetRow row, String header, boolean required) {
        String text = text(row, header, required);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            reject(row, header, MESSAGES.message("cell.decimal", text));
            return null;
        }
    }

    public LocalDate date(SheetRow row, String header, boolean required) {
        String text = text(row, header, required);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = parseDate(text);
        if (date.isEmpty()) {
            reject(row, header, MESSAGES.message("cell.date", text));
        }
        return date.orElse(null);
    }

    /**
     * An enum constant by what {@code parse} accepts (usually its Chinese label or its name; null when it
     * accepts nothing); the error lists the labels a user may write.
     */
    public <E extends Enum<E>> E choice(SheetRow row, String header, boolean required, Class<E> type,
                                        Function<String, E> parse, Function<E, String> label) {
        String text = text(row, header, required);
        if (text == null) {
            return null;
        }
        E value;
        try {
            value = parse.apply(text);
        } catch (IllegalArgumentException e) {
            value = null;
        }
        if (value == null) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(label).collect(Collectors.joining("、"));
            reject(row, header, MESSAGES.message("cell.choice", text, allowed));
        }
        return value;
    }

    /** Records a problem the typed readers cannot see (unknown code, duplicate, out of scope). */
    public void reject(SheetRow row, String header, String reason) {
        reject(row, header, Message.plain(reason));
    }

    /** Records a problem with its reason in the reader's language. @since 0.2 */
    public void reject(SheetRow row, String header, Message reason) {
        errors.add(new RejectedRowsException.Cell(row.rowNumber(), header, reason));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The problems so far, in Chinese. */
    public List<RowError> errors() {
        return errors.stream().map(e -> e.in(Languages.ZH_CN)).toList();
    }

    /** Throws {@link RejectedRowsException} with every error collected so far, if any. */
    public void throwIfRejected() {
        if (!errors.isEmpty()) {
            throw new RejectedRowsException(errors, true);
        }
    }

    /** Accepts the spellings in {@link #DATE_FORMATS}; impossible dates (2月30日) are refused. */
    public static Optional<LocalDate> parseDate(String text) {
        String trimmed = text.strip();
        for (Pattern pattern : DATE_PATTERNS) {
            Matcher matcher = pattern.matcher(trimmed);
            if (matcher.matches()) {
                try {
                    return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)),
                            Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
