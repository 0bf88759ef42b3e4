package org.grassroots.core.internal.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.Member;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.TransferRequest;

@Command(scope = "grassroots", name = "member-transfer", description = "Transfers a member to another Party organization")
@Service
public class MemberTransferCommand implements Action {
    @Reference
    private MemberService members;
    @Reference
    private OrganizationService organizations;

    @Argument(index = 0, name = "memberId", required = true, description = "Member id")
    @Completion(MemberIdCompleter.class)
    private long memberId;

    @Argument(index = 1, name = "organization", required = true, description = "Code of the receiving organization")
    @Completion(OrganizationCodeCompleter.class)
    private String organization;

    @Option(name = "-r", aliases = "--reason", description = "Why the member moves")
    private String reason;

    @Override
    public Object execute() {
        Member member = members.get(memberId);
        Member moved = members.transfer(memberId, new TransferRequest(Units.byCode(organizations, organization).id(),
                LocalDate.now(), reason, member.version()));
        System.out.printf("%s now belongs to organization %d (%d transfer(s) on record)%n", moved.name(),
                moved.organizationId(), members.transfers(memberId).size());
        return null;
    }
}
