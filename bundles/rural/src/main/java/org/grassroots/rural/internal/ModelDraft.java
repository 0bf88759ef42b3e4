package org.grassroots.rural.internal;

import java.util.List;

import org.grassroots.rural.internal.classify.Criterion;

public record ModelDraft(List<Criterion> criteria, Double demonstrationMin, Double excellenceMin) {
}
