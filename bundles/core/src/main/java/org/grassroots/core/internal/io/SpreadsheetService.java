package org.grassroots.core.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.io.Sheet;
import org.grassroots.core.api.io.Spreadsheets;
import org.osgi.service.component.annotations.Component;

/** Offers core's reader and writer to the modules, so every upload in the platform accepts the same files. */
@Component(service = Spreadsheets.class)
public class SpreadsheetService implements Spreadsheets {
    private final SpreadsheetReader reader = new SpreadsheetReader();
    private final SpreadsheetWriter writer = new SpreadsheetWriter();

    @Override
    public Sheet read(FileFormat format, InputStream in) {
        return reader.read(format, in);
    }

    @Override
    public void write(FileFormat format, List<String> headers, Iterable<List<String>> rows, OutputStream out)
            throws IOException {
        writer.write(format, headers, rows, out);
    }
}
