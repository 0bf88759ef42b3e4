package org.grassroots.core.internal.shell;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.ImportKind;
import org.grassroots.core.api.ImportReport;
import org.grassroots.core.api.ImportService;
import org.grassroots.core.api.RowError;

@Command(scope = "grassroots", name = "import",
        description = "Imports units or members from an XLSX or CSV file; stores nothing if any row is wrong")
@Service
public class ImportCommand implements Action {
    @Reference
    private ImportService imports;

    @Argument(index = 0, name = "kind", required = true, description = "MEMBERS or ORGANIZATIONS")
    @Completion(value = StringsCompleter.class, values = { "MEMBERS", "ORGANIZATIONS" })
    private String kind;

    @Argument(index = 1, name = "file", required = true, description = "Path of the .xlsx or .csv file")
    @Completion(FileCompleter.class)
    private String file;

    @Override
    public Object execute() throws Exception {
        Path path = Path.of(file);
        FileFormat format = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? FileFormat.CSV : FileFormat.XLSX;
        ImportReport report;
        try (InputStream in = Files.newInputStream(path)) {
            report = imports.importFile(ImportKind.valueOf(kind.toUpperCase(Locale.ROOT)), format, in);
        }
        if (report.committed()) {
            System.out.printf("Imported %d of %d row(s) from %s%n", report.imported(), report.rows(), path);
        } else {
            System.out.printf("Nothing imported: %d problem(s) in %s%n", report.errors().size(), path);
            for (RowError e : report.errors()) {
                System.out.printf("  row %d, %s: %s%n", e.row(), e.column(), e.reason());
            }
        }
        return null;
    }
}
