package org.grassroots.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.internal.modules.ModuleSet;

@Command(scope = "grassroots", name = "module-cleanup",
        description = "Removes the per-unit enablement of a module that is not installed and forgets its feature repository (refused while installed)")
@Service
public class ModuleCleanupCommand implements Action {
    @Reference
    private ModuleSet moduleSet;

    @Argument(name = "module", required = true, description = "Module id, e.g. industrial")
    @Completion(ModuleIdCompleter.class)
    private String module;

    @Override
    public Object execute() {
        int removed = moduleSet.cleanUp(module);
        System.out.println(module + ": " + removed + " unit enablement setting(s) removed, feature repository forgotten");
        return null;
    }
}
