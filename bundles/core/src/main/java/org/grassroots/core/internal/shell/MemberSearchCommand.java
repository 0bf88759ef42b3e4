package org.grassroots.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.grassroots.core.api.IdNumbers;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;

@Command(scope = "grassroots", name = "member-search", description = "Searches members (ID numbers shown masked)")
@Service
public class MemberSearchCommand implements Action {
    @Reference
    private MemberService members;
    @Reference
    private OrganizationService organizations;

    @Option(name = "-n", aliases = "--name", description = "Part of the name")
    private String name;

    @Option(name = "-s", aliases = "--subtree", description = "Only members of this unit and the units below it")
    @Completion(OrganizationCodeCompleter.class)
    private String subtree;

    @Option(name = "--tag", description = "Only members with this tag, e.g. 骑手")
    private String tag;

    @Option(name = "--id-number", description = "Exact citizen ID number")
    private String idNumber;

    @Option(name = "-l", aliases = "--limit", description = "Rows to show")
    private int limit = 20;

    @Override
    public Object execute() {
        Long subtreeOf = subtree == null ? null : Units.byCode(organizations, subtree).id();
        Page<Member> page = members.search(new MemberQuery(name, idNumber, subtreeOf, null, null, tag),
                new PageRequest(0, Math.max(1, Math.min(limit, PageRequest.MAX_SIZE)), "name"));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Sex");
        table.column("ID number");
        table.column("Category");
        table.column("Organization id");
        page.items().forEach(m -> table.addRow().addContent(m.id(), m.name(), m.sex().label(),
                IdNumbers.mask(m.idNumber()), m.category().label(), m.organizationId()));
        table.print(System.out);
        System.out.printf("%d of %d member(s)%n", page.items().size(), page.total());
        return null;
    }
}
