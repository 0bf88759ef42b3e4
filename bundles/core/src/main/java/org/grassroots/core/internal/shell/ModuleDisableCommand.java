package org.grassroots.core.internal.shell;

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

@Command(scope = "grassroots", name = "module-disable",
        description = "Disables a module for a unit and its subtree, or with --inherit removes the unit's own setting")
@Service
public class ModuleDisableCommand implements Action {
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

    @Option(name = "--inherit", description = "Remove the unit's own setting so it inherits from its parent again")
    private boolean inherit;

    @Override
    public Object execute() {
        registry.require(module);
        Organization unit = Units.byCode(organizations, unitCode);
        if (inherit) {
            enablement.clear(module, unit.id());
            ModuleCommands.print(enablement.effective(module, unit.id()), unit.code());
        } else {
            ModuleCommands.print(enablement.set(module, unit.id(), false, java.util.Map.of()), unit.code());
        }
        return null;
    }
}
