package org.grassroots.education.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.education.internal.ReviewStep;
import org.grassroots.education.internal.Site;
import org.grassroots.education.internal.SiteAction;
import org.grassroots.education.internal.Sites;

@Command(scope = "grassroots", name = "education-site-review",
        description = "Reviews a practice teaching site: approve, reject (--reason), resubmit or retire (the REST API's rules)")
@Service
public class ReviewCommand implements Action {
    @Reference
    private Sites sites;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "id", required = true, description = "The site's id")
    private long id;

    @Argument(index = 1, name = "action", required = true, description = "approve, reject, resubmit or retire")
    @Completion(SiteActionCompleter.class)
    private String action;

    @Option(name = "-r", aliases = "--reason", description = "reject: why (required); other steps: a note")
    private String reason;

    @Override
    public Object execute() {
        SiteAction a = SiteAction.valueOf(action.toUpperCase());
        Site moved = authorization.runAs(Caller.system("shell"), () -> {
            Site current = sites.get(id);
            return sites.step(id, current.version(), a, new ReviewStep(a == SiteAction.REJECT ? reason : null,
                    a == SiteAction.REJECT ? null : reason));
        });
        System.out.printf("site %d %s is now %s (%s); allowed next: %s%n", moved.id(), moved.name(), moved.status(),
                moved.status().label(), moved.allowedActions());
        return null;
    }
}
