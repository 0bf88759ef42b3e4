package org.grassroots.rural.internal;

import org.grassroots.rural.internal.classify.Category;

public record ProposalDraft(Category category, String reason) {
}
