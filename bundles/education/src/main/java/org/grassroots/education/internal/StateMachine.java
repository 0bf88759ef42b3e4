package org.grassroots.education.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.module.Labelled;

/**
 * One workflow's rules: which action leads from which states to which state. An action the current state does not
 * allow is a conflict (409) naming the record, its state and the actions allowed instead. Immutable once built.
 */
final class StateMachine<S extends Enum<S> & Labelled, A extends Enum<A> & Labelled> {
    private record Rule<S, A>(A action, Set<S> from, S to) {
    }

    private final Map<A, Rule<S, A>> rules = new LinkedHashMap<>();
    private final String recordKey;

    /** @param recordKey message key of the record's name ("a site", "a session") */
    StateMachine(String recordKey) {
        this.recordKey = recordKey;
    }

    @SafeVarargs
    final StateMachine<S, A> rule(A action, S to, S... from) {
        rules.put(action, new Rule<>(action, Set.of(from), to));
        return this;
    }

    /** The actions a record in {@code state} allows, in the order the rules were declared. */
    List<A> allowed(S state) {
        List<A> allowed = new ArrayList<>();
        rules.values().forEach(r -> {
            if (r.from().contains(state)) {
                allowed.add(r.action());
            }
        });
        return allowed;
    }

    boolean allows(S state, A action) {
        Rule<S, A> rule = rules.get(action);
        return rule != null && rule.from().contains(state);
    }

    /** The state {@code action} leads to from {@code current}; 409 when the state does not allow it. */
    S next(long id, S current, A action) {
        if (!allows(current, action)) {
            throw refusal(id, current, action);
        }
        return rules.get(action).to();
    }

    ConflictException refusal(long id, S current, A action) {
        return EducationMessages.TEXT.conflict("workflow.illegal", EducationMessages.TEXT.message(recordKey),
                id, current, action, allowed(current));
    }
}
