package org.grassroots.membership.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.LocalizedText;

/** Steps named in a message (the allowed next steps), in the reader's language; "—" when there are none. */
record StepList(List<StepCode> steps) implements Labelled {
    @Override
    public LocalizedText labels() {
        if (steps.isEmpty()) {
            return LocalizedText.of("无", "none");
        }
        return LocalizedText.of(steps.stream().map(s -> s.labels().zhCN()).collect(Collectors.joining("、")),
                steps.stream().map(s -> s.labels().en()).collect(Collectors.joining(", ")));
    }
}
