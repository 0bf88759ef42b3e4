package org.grassroots.core.api.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.grassroots.core.api.FileFormat;
import org.osgi.annotation.versioning.ProviderType;

/** Reads and writes the spreadsheets users upload and download; provided by core. */
@ProviderType
public interface Spreadsheets {

    /**
     * Reads the first sheet of an XLSX file or a CSV file, every cell as the text the user saw in Excel (no
     * "1.0", no "1.1E+17", dates as yyyy-MM-dd). The first non-blank row is the header; blank rows are
     * skipped but counted, so row numbers match Excel's. The stream is read to its end but not closed.
     *
     * @throws UnreadableSpreadsheetException when the file is empty, damaged, of another format, in an
     *                                        unknown encoding, has no header row or far too many rows or columns
     * @throws RejectedRowsException          listing every cell refused by the platform's text rules (control and
     *                                        direction characters, invisible-only text, ...) or longer than a cell
     *                                        can be, all of them at once rather than the first
     */
    Sheet read(FileFormat format, InputStream in);

    /**
     * Writes {@code headers} and then every row, streaming (rows are pulled as they are written, so large
     * exports never sit in memory whole). CSV is UTF-8 with a BOM so Excel on Chinese Windows reads it; XLSX
     * cells are text-formatted so ID numbers stay intact. Null values become empty cells. The stream is
     * flushed but not closed.
     */
    void write(FileFormat format, List<String> headers, Iterable<List<String>> rows, OutputStream out)
            throws IOException;
}
