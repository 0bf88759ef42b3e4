package org.grassroots.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.internal.modules.ModuleSet;

@Command(scope = "grassroots", name = "module-uninstall",
        description = "Uninstalls an action module at runtime; its data stays in the database for a reinstall")
@Service
public class ModuleUninstallCommand implements Action {
    @Reference
    private ModuleSet moduleSet;

    @Argument(name = "module", required = true, description = "Module id, e.g. industrial")
    @Completion(ModuleIdCompleter.class)
    private String module;

    @Override
    public Object execute() {
        ModuleCommands.print(moduleSet.uninstall(module));
        return null;
    }
}
