package org.grassroots.dues.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.shell.ShellUnits;
import org.grassroots.dues.internal.Dashboard;
import org.grassroots.dues.internal.DuesFigures;
import org.grassroots.dues.internal.DuesStatistics;

@Command(scope = "grassroots", name = "dues-stats",
        description = "Dues expected and collected, the collection rate and the members in arrears of a unit's subtree for a year or month")
@Service
public class StatsCommand implements Action {
    @Reference
    private DuesStatistics statistics;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the unit (district, street, park, branch ...)")
    @Completion(UnitCodes.class)
    private String code;

    @Argument(index = 1, name = "year", required = true, description = "Year, e.g. 2024")
    private int year;

    @Option(name = "--month", description = "Only this month of the year (1-12)")
    private Integer month;

    @Option(name = "--units", description = "Also print the figures of each unit directly below")
    private boolean units;

    @Override
    public Object execute() {
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("--month: 1 to 12");
        }
        Dashboard d = authorization.runAs(Caller.system("shell"), () -> {
            Organization unit = ShellUnits.byCode(organizations, code);
            return statistics.dashboard(unit, year, month);
        });
        DuesFigures f = d.total();
        System.out.println(d.unitName() + " " + (d.month() == null ? String.valueOf(year) : d.month()));
        System.out.printf("  expected %s yuan, collected %s yuan, rate %s%%%n", f.expected().toPlainString(),
                f.collected().toPlainString(), f.ratePercent() == null ? "-" : f.ratePercent());
        System.out.printf("  dues %d: paid %d, unpaid %d, exempt %d; back-payments %s yuan; voluntary %s, special %s yuan%n",
                f.dues(), f.paidDues(), f.unpaidDues(), f.exemptDues(), f.backPayments().toPlainString(),
                f.voluntary().toPlainString(), f.special().toPlainString());
        System.out.printf("  members in arrears %d, six consecutive months or more %d%n", f.membersInArrears(), f.sixMonthsOrMore());
        if (units) {
            d.units().forEach(u -> System.out.printf("  %s %s: expected %s, collected %s, rate %s%%, months %d (settled %d)%n",
                    u.code(), u.name(), u.expected().toPlainString(), u.collected().toPlainString(),
                    u.ratePercent() == null ? "-" : u.ratePercent(), u.months(), u.settled()));
        }
        return null;
    }
}
