package org.grassroots.affairs.internal.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.affairs.internal.terms.Term;
import org.grassroots.affairs.internal.terms.TermStatus;
import org.grassroots.affairs.internal.terms.TermSummary;
import org.grassroots.affairs.internal.terms.Terms;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.shell.ShellUnits;

@Command(scope = "grassroots", name = "affairs-terms",
        description = "Committee terms (换届) of a unit's subtree on a day: due for re-election within N months, overdue, without a term or a committee")
@Service
public class TermsCommand implements Action {
    @Reference
    private Terms terms;
    @Reference
    private OrganizationService organizations;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, street, park or organization")
    @Completion(UnitCodes.class)
    private String code;

    @Option(name = "--months", description = "Due within this many months (default 6)")
    private int months = Terms.DEFAULT_MONTHS;

    @Option(name = "--on", description = "The day, e.g. 2024-12-31 (default today)")
    private String on;

    @Option(name = "--limit", description = "How many overdue and due terms to list (default 20)")
    private int limit = 20;

    @Override
    public Object execute() {
        var unit = ShellUnits.byCode(organizations, code);
        LocalDate day = on == null ? LocalDate.now() : LocalDate.parse(on);
        TermSummary s = terms.summary(unit.id(), months, day);
        System.out.println(unit.name() + " " + day);
        System.out.printf("  Party organizations %d, with a term %d, due within %d months %d, overdue %d, without a term %d, "
                + "branches of 7+ full members without a committee %d%n", s.organizations(), s.terms(), months, s.due(), s.overdue(),
                s.withoutTerm(), s.withoutCommittee());
        for (TermStatus status : new TermStatus[] { TermStatus.OVERDUE, TermStatus.DUE }) {
            for (Term t : terms.list(unit.id(), status, months, day, PageRequest.of(0, Math.max(1, Math.min(limit, PageRequest.MAX_SIZE)))).items()) {
                System.out.printf("  %-9s %s  %s – %s  %s%n", status, t.organizationName(), t.startedOn(), t.endsOn(),
                        t.secretaryName() == null ? "" : t.secretaryName());
            }
        }
        return null;
    }
}
