package org.grassroots.core.internal.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.grassroots.core.api.FileFormat;

/**
 * Writes rows of text as CSV or as a one-sheet XLSX, streaming: rows are pulled from the iterable and
 * written out as they come, so an export of hundreds of thousands of members never sits in memory whole.
 */
public final class SpreadsheetWriter {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Excel's "@" format: what users type into these cells later also stays text (ID numbers!). */
    private static final String TEXT_FORMAT = "@";
    private static final String SHEET_NAME = "Sheet1";
    /** Rows kept by fastexcel before they are compressed out to the stream. */
    private static final int XLSX_FLUSH_EVERY = 1_000;
    private static final double MIN_COLUMN_WIDTH = 12;
    private static final double MAX_COLUMN_WIDTH = 40;

    /**
     * Writes {@code headers} and then every row. Rows shorter than the header leave the remaining cells
     * empty; null values are written as empty cells. The stream is flushed but not closed.
     */
    public void write(FileFormat format, List<String> headers, Iterable<List<String>> rows, OutputStream out)
            throws IOException {
        switch (format) {
            case CSV -> writeCsv(headers, rows, out);
            case XLSX -> writeXlsx(headers, rows, out);
        }
    }

    /** UTF-8 with a BOM: without it Excel on Chinese Windows reads the file as GBK and garbles it. */
    private static void writeCsv(List<String> headers, Iterable<List<String>> rows, OutputStream out)
            throws IOException {
        out.write(UTF8_BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(headers.stream().map(FormulaCells::neutralise).toList());
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(SpreadsheetWriter::nullToEmpty).map(FormulaCells::neutralise).toList());
        }
        // Not closed: closing would close the caller's stream.
        printer.flush();
    }

    /**
     * Every cell is an inline string with the text format, so Excel never turns an 18-digit ID number into
     * 1.10105E+17 and the writer keeps no shared-strings table growing with the row count.
     */
    private static void writeXlsx(List<String> headers, Iterable<List<String>> rows, OutputStream out)
            throws IOException {
        Workbook workbook = new Workbook(out, "grassroots", "1.0");
        Worksheet sheet = workbook.newWorksheet(SHEET_NAME);
        for (int column = 0; column < headers.size(); column++) {
            String header = headers.get(column);
            sheet.width(column, columnWidth(header));
            sheet.style(column).format(TEXT_FORMAT).set();
            sheet.inlineString(0, column, header);
            sheet.style(0, column).bold().format(TEXT_FORMAT).set();
        }
        int rowIndex = 1;
        for (List<String> row : rows) {
            for (int column = 0; column < row.size(); column++) {
                String value = row.get(column);
                if (value != null && !value.isEmpty()) {
                    sheet.inlineString(rowIndex, column, value);
                }
                sheet.style(rowIndex, column).format(TEXT_FORMAT).set();
            }
            if (rowIndex % XLSX_FLUSH_EVERY == 0) {
                sheet.flush();
            }
            rowIndex++;
        }
        // finish() completes the zip but leaves the caller's stream open.
        workbook.finish();
        out.flush();
    }

    /** Wide enough for the header, counting a CJK character as two Latin ones as Excel does. */
    private static double columnWidth(String header) {
        int units = header.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
        return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, units + 4));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
