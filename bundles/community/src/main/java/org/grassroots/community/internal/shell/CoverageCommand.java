package org.grassroots.community.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.community.internal.Coverage;
import org.grassroots.community.internal.Pairings;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.shell.ShellUnits;

@Command(scope = "grassroots", name = "community-coverage",
        description = "双报到 coverage: every community of a unit's subtree with its paired units, registered members and confirmed hours in a year; those without a paired unit are flagged")
@Service
public class CoverageCommand implements Action {
    @Reference
    private Pairings pairings;
    @Reference
    private OrganizationService organizations;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district or a street")
    @Completion(CommunityUnitCodes.class)
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Option(name = "--flagged", description = "Only the communities without a paired unit")
    private boolean flagged;

    @Override
    public Object execute() {
        var unit = ShellUnits.byCode(organizations, code);
        Coverage coverage = pairings.coverage(unit.id(), year);
        System.out.printf("%s %d: %d of %d communities covered%n", unit.name(), year, coverage.covered(), coverage.communities());
        coverage.rows().stream().filter(r -> !flagged || r.flagged()).forEach(r -> System.out.printf("  %s %s %s %s; registered %d, %s h%n",
                r.flagged() ? "!" : " ", r.code(), r.name(), String.join("、", r.partners()), r.registered(),
                java.math.BigDecimal.valueOf(r.hours()).stripTrailingZeros().toPlainString()));
        return null;
    }
}
