package org.grassroots.affairs.internal.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.Message;

/**
 * A small state machine: which step is allowed from which state and where it leads. A step the state does not allow
 * is a conflict (409) naming the state and the steps allowed instead, in the reader's language. The reports and the
 * gradings each keep one.
 */
final class StepRules<S extends Enum<S> & Labelled, A extends Enum<A> & Labelled> {
    private final Map<A, Set<S>> from;
    private final Map<A, S> to;

    StepRules(Class<A> actions) {
        from = new EnumMap<>(actions);
        to = new EnumMap<>(actions);
    }

    /** {@code action} is allowed from the given states and leads to {@code target} (null: the state stays). */
    @SafeVarargs
    final StepRules<S, A> rule(A action, S target, S first, S... more) {
        from.put(action, EnumSet.of(first, more));
        to.put(action, target);
        return this;
    }

    /** The steps allowed in {@code status}, in declaration order. */
    List<A> allowed(S status) {
        List<A> actions = new ArrayList<>();
        from.forEach((action, states) -> {
            if (states.contains(status)) {
                actions.add(action);
            }
        });
        return actions;
    }

    /** Where {@code action} leads from {@code current}; 409 naming the allowed steps when it is not allowed. */
    S next(String type, long id, S current, A action) {
        if (from.get(action).contains(current)) {
            S target = to.get(action);
            return target == null ? current : target;
        }
        List<A> allowed = allowed(current);
        Message names = locale -> allowed.stream().map(a -> a.name() + " (" + (Languages.isEnglish(locale)
                ? a.labels().en() : a.labels().zhCN()) + ")").collect(Collectors.joining(", "));
        throw allowed.isEmpty()
                ? AssessmentText.TEXT.conflict("step.closed", AssessmentText.TEXT.type(type), id, current, action)
                : AssessmentText.TEXT.conflict("step.refused", AssessmentText.TEXT.type(type), id, current, action, names);
    }
}
