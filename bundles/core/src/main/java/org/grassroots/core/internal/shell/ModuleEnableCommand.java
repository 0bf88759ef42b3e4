package org.grassroots.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.internal.modules.ModuleEnablementImpl;
import org.grassroots.core.internal.modules.ModuleRegistryImpl;

@Command(scope = "grassroots", name = "module-enable",
        description = "Enables a module for a unit and its subtree (units below with their own setting keep it)")
@Service
public class ModuleEnableCommand implements Action {
    @Reference
    private ModuleRegistryImpl registry;
    @Reference
    private ModuleEnablementImpl enablement;
    @Reference
    private OrganizationService organizations;

    @Argument(index = 0, name = "module", required = true, description = "Module id, e.g. industrial")
    @Completion(ModuleIdCompleter.class)
    private String module;

    @Argument(index = 1, name = "unitCode", required = true, description = "Code of the unit")
    @Completion(OrganizationCodeCompleter.class)
    private String unitCode;

    @Option(name = "-s", aliases = "--setting", multiValued = true, description = "A per-unit setting, key=value")
    private List<String> settings;

    @Override
    public Object execute() {
        registry.require(module);
        Organization unit = Units.byCode(organizations, unitCode);
        ModuleCommands.print(enablement.set(module, unit.id(), true, ModuleCommands.settings(settings)), unit.code());
        return null;
    }
}
