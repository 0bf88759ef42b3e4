package org.grassroots.industrial.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.industrial.RequestAction;
import org.grassroots.industrial.ServiceRequest;
import org.grassroots.industrial.internal.ServiceRequests;
import org.grassroots.industrial.internal.WorkflowStep;

@Command(scope = "grassroots", name = "industrial-request-transition",
        description = "Moves a service request on: assign, start, resolve, rate or reopen (the same rules as the REST API)")
@Service
public class TransitionCommand implements Action {
    @Reference
    private ServiceRequests requests;
    @Reference
    private Authorization authorization;

    @Argument(index = 0, name = "id", required = true, description = "The request's id")
    private long id;

    @Argument(index = 1, name = "action", required = true, description = "assign, start, resolve, rate or reopen")
    @Completion(ActionCompleter.class)
    private String action;

    @Option(name = "--member", description = "assign: the id of the member who handles it")
    private Long member;

    @Option(name = "--department", description = "assign: the department that handles it")
    private String department;

    @Option(name = "--rating", description = "rate: 1 to 5")
    private Integer rating;

    @Option(name = "-t", aliases = "--text", description = "resolve: the resolution; rate: the comment; reopen: the reason; others: a note")
    private String text;

    @Override
    public Object execute() {
        RequestAction a = RequestAction.valueOf(action.toUpperCase());
        WorkflowStep step = new WorkflowStep(member, department, a == RequestAction.RESOLVE ? text : null, rating,
                a == RequestAction.RATE ? text : null, a == RequestAction.REOPEN ? text : null,
                a == RequestAction.START || a == RequestAction.ASSIGN ? text : null);
        ServiceRequest moved = authorization.runAs(Caller.system("shell"), () -> {
            ServiceRequest current = requests.get(id);
            return requests.step(id, current.version(), a, step);
        });
        System.out.printf("request %d is now %s (%s); allowed next: %s%n", moved.id(), moved.status(),
                moved.status().label(), moved.allowedActions());
        return null;
    }
}
