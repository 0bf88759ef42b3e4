package org.grassroots.community.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.community.internal.Wish;
import org.grassroots.community.internal.WishStatus;
import org.grassroots.community.internal.Wishes;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.shell.ShellUnits;

@Command(scope = "grassroots", name = "community-wishes",
        description = "The micro-wishes (微心愿) of the communities of a unit's subtree: for whom, who claimed them, when fulfilled")
@Service
public class WishesCommand implements Action {
    @Reference
    private Wishes wishes;
    @Reference
    private OrganizationService organizations;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "unitCode", required = true, description = "Code of the district, a street or a community")
    @Completion(CommunityUnitCodes.class)
    private String code;

    @Option(name = "--status", description = "Only wishes in this state, e.g. PUBLISHED or FULFILLED")
    @Completion(WishStatusCodes.class)
    private String status;

    @Override
    public Object execute() {
        Page<Wish> page = authorization.runAs(Caller.system("shell"), () -> wishes.search(
                ShellUnits.byCode(organizations, code).id(),
                status == null ? null : WishStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT)), new PageRequest(0, 500, null)));
        for (Wish w : page.items()) {
            String by = w.partnerName() != null ? w.partnerName() : w.memberName() != null ? w.memberName() : "";
            System.out.printf("%s %s %s（%s） [%s] %s%s%n", w.publishedOn(), w.communityName(), w.title(), w.beneficiary(),
                    w.status().labels().zhCN(), by, w.fulfilledOn() == null ? "" : " " + w.fulfilledOn());
        }
        System.out.println(page.total() + " wish(es)");
        return null;
    }
}
