package org.grassroots.core.internal.io;

import org.grassroots.core.api.io.RejectedRowsException;
import org.grassroots.core.api.io.RowReader;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.SheetRow;
import org.grassroots.core.api.io.UnreadableSpreadsheetException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.grassroots.core.api.FileFormat;

/**
 * Reads the first sheet of an XLSX file or a CSV file into header-keyed rows of text.
 * <p>
 * Everything becomes text because the column parsers decide what a cell means; the reader only makes sure
 * the text is what the user saw in Excel (no "1.0", no "1.1E+17", dates as yyyy-MM-dd).
 */
public final class SpreadsheetReader {

    /** Far above any district's or city's membership; protects the server from absurd uploads. */
    public static final int DEFAULT_MAX_ROWS = 1_000_000;
    /**
     * Columns up to the last non-blank cell of a row. The widest sheet of the platform has a few dozen; a file wider
     * than this is not one of ours, and is refused on its first such row (the header) before the rest is read.
     */
    public static final int DEFAULT_MAX_COLUMNS = 256;
    /** Excel's own limit for one cell: a longer cell was not typed into a spreadsheet program. */
    public static final int MAX_CELL_LENGTH = 32_767;

    /** GB18030, the superset of GBK: read as GBK, characters outside it (䶮, U+4DAE) became private-use code points. */
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int SIGNATURE_LENGTH = 8;
    /** Formats are needed to tell dates from plain numbers; unparsable cells should fail loudly. */
    private static final ReadingOptions XLSX_OPTIONS = new ReadingOptions(true, false);
    private static final CSVFormat CSV_FORMAT = CSVFormat.DEFAULT.builder()
            // Empty lines still count as rows in Excel; keeping them keeps row numbers right.
            .setIgnoreEmptyLines(false)
            .get();

    private static final InflationGuard INFLATION_GUARD = new InflationGuard();

    private final int maxRows;
    private final int maxColumns;

    public SpreadsheetReader() {
        this(DEFAULT_MAX_ROWS);
    }

    /** @param maxRows the largest number of data rows accepted before the file is refused */
    public SpreadsheetReader(int maxRows) {
        this(maxRows, DEFAULT_MAX_COLUMNS);
    }

    /**
     * @param maxRows    the largest number of data rows accepted before the file is refused
     * @param maxColumns the largest number of columns (up to a row's last non-blank cell) accepted
     */
    public SpreadsheetReader(int maxRows, int maxColumns) {
        if (maxRows < 1 || maxColumns < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxRows + " rows, " + maxColumns + " columns");
        }
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
    }

    /**
     * Reads the whole file, as modules receive it ({@code Spreadsheets}). The stream is read to its end but not closed.
     *
     * @throws UnreadableSpreadsheetException when the file is empty, damaged, not of the given format, has no header
     *                              row, or has more than the allowed number of rows or columns
     * @throws RejectedRowsException          listing every refused cell ({@link #readListingRefusedCells}), when any
     */
    public Sheet read(FileFormat format, InputStream in) {
        ReadSheet read = readListingRefusedCells(format, in);
        if (!read.refusedCells().isEmpty()) {
            RowReader rejected = new RowReader();
            read.refusedCells().forEach(cell ->
                    rejected.reject(new SheetRow(cell.row(), Map.of()), cell.column(), cell.reason()));
            rejected.throwIfRejected();
        }
        return read.sheet();
    }

    /**
     * Reads the whole file, leaving refused cells out of their rows and listing them, so that an import reports them
     * with its other row errors. The stream is read to its end but not closed.
     *
     * @throws UnreadableSpreadsheetException as {@link #read}
     */
    public ReadSheet readListingRefusedCells(FileFormat format, InputStream in) {
        return switch (format) {
            case CSV -> readCsv(in);
            case XLSX -> readXlsx(in);
        };
    }

    // ---------------------------------------------------------------- CSV

    private ReadSheet readCsv(InputStream in) {
        byte[] bytes = readAll(in);
        if (bytes.length == 0) {
            throw new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("file.empty"));
        }
        SheetCollector collector = new SheetCollector(maxRows, maxColumns, MAX_CELL_LENGTH);
        try (CSVParser parser = CSV_FORMAT.parse(decodingReader(bytes))) {
            for (CSVRecord record : parser) {
                collector.add(Math.toIntExact(record.getRecordNumber()),
                        record.toList().stream().map(FormulaCells::restore).toList());
            }
        } catch (UncheckedIOException e) {
            throw csvFailure(e.getCause());
        } catch (IOException e) {
            throw csvFailure(e);
        }
        return collector.finish();
    }

    private static UnreadableSpreadsheetException csvFailure(IOException cause) {
        if (cause instanceof CharacterCodingException) {
            return new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("csv.encoding"), cause);
        }
        return new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("csv.malformed", cause.getMessage()), cause);
    }

    /**
     * Excel saves "CSV UTF-8" with a BOM and plain "CSV" in the system code page, which on Chinese Windows
     * is GBK (GB18030 on newer systems; read as GB18030, which contains GBK). A GBK file is almost never valid
     * UTF-8, so strict UTF-8 decoding tells the two apart.
     */
    private static Reader decodingReader(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            return strictReader(bytes, UTF8_BOM.length, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            throw new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("csv.utf16"));
        }
        Charset charset = isValidUtf8(bytes) ? StandardCharsets.UTF_8 : GB18030;
        return strictReader(bytes, 0, charset);
    }

    private static Reader strictReader(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(new ByteArrayInputStream(bytes, offset, bytes.length - offset), decoder);
    }

    /** Decodes into a small reused buffer so that checking a large file costs no second copy of it. */
    private static boolean isValidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(input, output, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                output.clear();
                return !decoder.flush(output).isError();
            }
            output.clear();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("file.unreadable", e.getMessage()), e);
        }
    }

    // ---------------------------------------------------------------- XLSX

    private ReadSheet readXlsx(InputStream in) {
        PushbackInputStream signed = new PushbackInputStream(in, SIGNATURE_LENGTH);
        checkXlsxSignature(signed);
        // The upload is bounded by the body limit; held in memory, the package can be measured before it is read.
        byte[] bytes = readAll(signed);
        INFLATION_GUARD.check(bytes);
        SheetCollector collector = new SheetCollector(maxRows, maxColumns, MAX_CELL_LENGTH);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), XLSX_OPTIONS)) {
            org.dhatim.fastexcel.reader.Sheet first = workbook.getSheet(0)
                    .orElseThrow(() -> new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("xlsx.noSheet")));
            try (Stream<Row> rows = first.openStream()) {
                Iterator<Row> iterator = rows.iterator();
                while (iterator.hasNext()) {
                    Row row = iterator.next();
                    collector.add(row.getRowNum(), cellTexts(row));
                }
            }
        } catch (UnreadableSpreadsheetException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // fastexcel reports damaged packages with assorted runtime exceptions; the user only needs to
            // know the file could not be read.
            throw new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("xlsx.damaged", e.getMessage()), e);
        }
        return collector.finish();
    }

    /** Recognises the usual wrong uploads (empty file, old .xls, a CSV renamed) before parsing a zip. */
    private static void checkXlsxSignature(PushbackInputStream data) {
        try {
            byte[] signature = data.readNBytes(SIGNATURE_LENGTH);
            data.unread(signature);
            if (signature.length == 0) {
                throw new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("file.empty"));
            }
            if (signature.length == SIGNATURE_LENGTH && ReadableWorkbook.isOLE2Header(signature)) {
                throw new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("xlsx.oldXls"));
            }
            // fastexcel's signature checks throw on fewer bytes than a signature; no workbook is that short.
            if (signature.length < SIGNATURE_LENGTH || !ReadableWorkbook.isOOXMLZipHeader(signature)) {
                throw new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("xlsx.notXlsx"));
            }
        } catch (IOException e) {
            throw new UnreadableSpreadsheetException(ColumnLayout.MESSAGES.message("file.unreadable", e.getMessage()), e);
        }
    }

    private static List<String> cellTexts(Row row) {
        List<String> texts = new ArrayList<>(row.getCellCount());
        for (int column = 0; column < row.getCellCount(); column++) {
            Cell cell = row.getCell(column);
            texts.add(cell == null ? "" : XlsxCellText.of(cell));
        }
        return texts;
    }
}
