package org.grassroots.core.internal.shell;

import java.time.Duration;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.internal.modules.ModuleSet;

@Command(scope = "grassroots", name = "module-install",
        description = "Installs an action module at runtime (no other bundle is refreshed) and waits until it runs")
@Service
public class ModuleInstallCommand implements Action {
    @Reference
    private ModuleSet moduleSet;

    @Argument(name = "module", required = true, description = "Module id, e.g. industrial")
    @Completion(ModuleIdCompleter.class)
    private String module;

    @Option(name = "--timeout", description = "Seconds to wait for the module to start (default 60)")
    private int timeout = 60;

    @Override
    public Object execute() {
        ModuleCommands.print(moduleSet.install(module, Duration.ofSeconds(timeout)));
        return null;
    }
}
