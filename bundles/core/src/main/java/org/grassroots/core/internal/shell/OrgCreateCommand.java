package org.grassroots.core.internal.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.grassroots.core.api.Domain;
import org.grassroots.core.api.OrgStatus;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationDraft;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PartyOrgType;
import org.grassroots.core.api.UnitType;

@Command(scope = "grassroots", name = "org-create", description = "Creates a unit below a parent unit")
@Service
public class OrgCreateCommand implements Action {
    @Reference
    private OrganizationService organizations;

    @Option(name = "-p", aliases = "--parent", required = true, description = "Parent unit code")
    @Completion(OrganizationCodeCompleter.class)
    private String parent;

    @Option(name = "-t", aliases = "--type", required = true, description = "Unit type, e.g. COMMUNITY or 社区")
    @Completion(value = StringsCompleter.class, values = { "STREET", "PARK", "VILLAGE", "COMMUNITY", "ENTERPRISE",
            "SOCIAL_ORGANIZATION", "INSTITUTION", "BUILDING", "GRID" })
    private String unitType;

    @Option(name = "-o", aliases = "--party", description = "Party organization type, e.g. BRANCH or 党支部")
    @Completion(value = StringsCompleter.class, values = { "WORKING_COMMITTEE", "COMMITTEE", "GENERAL_BRANCH",
            "BRANCH", "JOINT_BRANCH", "NONE" })
    private String partyOrgType = "BRANCH";

    @Option(name = "--domain", description = "RURAL, URBAN_COMMUNITY, EMERGING or INSTITUTION")
    @Completion(value = StringsCompleter.class, values = { "RURAL", "URBAN_COMMUNITY", "EMERGING", "INSTITUTION" })
    private String domain;

    @Argument(index = 0, name = "code", required = true, description = "New unit's code")
    private String code;

    @Argument(index = 1, name = "name", required = true, description = "New unit's name")
    private String name;

    @Override
    public Object execute() {
        Organization created = organizations.create(new OrganizationDraft(code, name,
                Units.byCode(organizations, parent).id(), UnitType.parse(unitType), PartyOrgType.parse(partyOrgType),
                Domain.parse(domain), null, LocalDate.now(), null, OrgStatus.ACTIVE));
        System.out.printf("Created %s %s (id %d)%n", created.code(), created.name(), created.id());
        return null;
    }
}
