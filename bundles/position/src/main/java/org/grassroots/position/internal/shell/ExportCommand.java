package org.grassroots.position.internal.shell;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.FileFormat;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.shell.ShellUnits;
import org.grassroots.position.internal.CityExport;
import org.grassroots.position.internal.CitySync;

@Command(scope = "grassroots", name = "position-export",
        description = "Writes the city-system export of a unit's subtree (XLSX or CSV) to a file; --changed: only what changed since the last acknowledgement")
@Service
public class ExportCommand implements Action {
    @Reference
    private CitySync sync;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the unit")
    @Completion(PositionUnitCodes.class)
    private String code;

    @Argument(index = 1, name = "file", required = true, description = "The file to write, e.g. positions.xlsx")
    private String file;

    @Option(name = "--changed", description = "Only positions changed since the city system's last acknowledgement")
    private boolean changed;

    @Option(name = "--format", description = "XLSX (default) or CSV")
    private String format = "XLSX";

    @Override
    public Object execute() throws IOException {
        FileFormat f = FileFormat.fromString(format);
        CityExport export = authorization.runAs(Caller.system("shell"),
                () -> sync.export(ShellUnits.byCode(organizations, code).id(), changed));
        try (OutputStream out = new FileOutputStream(file)) {
            sync.write(export, f, out);
        }
        System.out.printf("%d position(s) written to %s (%s)%n", export.count(), file, export.schema());
        return null;
    }
}
