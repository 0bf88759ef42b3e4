package org.grassroots.core.internal.shell;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.ImportKind;
import org.grassroots.core.api.ImportService;
import org.grassroots.core.api.OrganizationService;

@Command(scope = "grassroots", name = "export", description = "Exports the units or members of a subtree to XLSX or CSV")
@Service
public class ExportCommand implements Action {
    @Reference
    private ImportService imports;
    @Reference
    private OrganizationService organizations;

    @Argument(index = 0, name = "kind", required = true, description = "MEMBERS or ORGANIZATIONS")
    @Completion(value = StringsCompleter.class, values = { "MEMBERS", "ORGANIZATIONS" })
    private String kind;

    @Argument(index = 1, name = "unit", required = true, description = "Code of the subtree's top unit")
    @Completion(OrganizationCodeCompleter.class)
    private String unit;

    @Argument(index = 2, name = "file", required = true, description = "Target .xlsx or .csv file")
    private String file;

    @Override
    public Object execute() throws Exception {
        Path path = Path.of(file);
        FileFormat format = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? FileFormat.CSV : FileFormat.XLSX;
        try (OutputStream out = Files.newOutputStream(path)) {
            imports.export(ImportKind.valueOf(kind.toUpperCase(Locale.ROOT)), format,
                    Units.byCode(organizations, unit).id(), out);
        }
        System.out.printf("Wrote %s%n", path.toAbsolutePath());
        return null;
    }
}
