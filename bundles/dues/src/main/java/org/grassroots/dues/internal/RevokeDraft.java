package org.grassroots.dues.internal;

public record RevokeDraft(String reason) {
}
