package org.grassroots.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.grassroots.core.api.module.ModuleInfo;
import org.grassroots.core.api.module.ModuleRegistry;

@Command(scope = "grassroots", name = "module-list",
        description = "Lists the action modules: available, active, and failed with the reason")
@Service
public class ModuleListCommand implements Action {
    @Reference
    private ModuleRegistry registry;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Version");
        table.column("Category");
        table.column("State");
        table.column("Reason").maxSize(300);
        for (ModuleInfo m : registry.modules()) {
            table.addRow().addContent(m.id(), m.name().zhCN() + " / " + m.name().en(), m.version(), m.category(),
                    m.state(), m.reason() == null ? "" : m.reason());
        }
        table.print(System.out);
        return null;
    }
}
