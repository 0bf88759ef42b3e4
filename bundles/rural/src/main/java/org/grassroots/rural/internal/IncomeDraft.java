package org.grassroots.rural.internal;

public record IncomeDraft(Double amount) {
}
