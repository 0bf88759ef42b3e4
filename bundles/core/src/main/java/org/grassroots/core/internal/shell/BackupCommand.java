package org.grassroots.core.internal.shell;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.grassroots.core.internal.backup.BackupServiceImpl;

@Command(scope = "grassroots", name = "backup",
        description = "Backs up the database (attachments included) while the platform serves, into a dated folder with a manifest")
@Service
public class BackupCommand implements Action {
    @Reference
    private BackupServiceImpl backups;

    @Argument(name = "folder", description = "Where the dated backup folder is made (default: backupDirectory of "
            + "etc/org.grassroots.core.cfg, else data/backup)")
    @Completion(FileCompleter.class)
    private String folder;

    @Option(name = "--reason", description = "What the backup is for, kept in its manifest and the audit trail")
    private String reason = "grassroots:backup";

    @Override
    public Object execute() {
        Locale locale = Locale.getDefault();
        Path parent = folder == null ? null : Paths.get(folder);
        BackupServiceImpl.Result result = backups.backup(parent, reason, step -> System.out.println(step.in(locale)));
        System.out.println(BackupServiceImpl.MESSAGES.message("backup.done", result.folder(), result.tables(),
                result.rows(), result.files(), result.bytes(), result.durationMillis()).in(locale));
        return null;
    }
}
