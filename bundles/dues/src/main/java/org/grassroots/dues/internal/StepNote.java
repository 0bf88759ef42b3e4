package org.grassroots.dues.internal;

public record StepNote(String note) {
}
