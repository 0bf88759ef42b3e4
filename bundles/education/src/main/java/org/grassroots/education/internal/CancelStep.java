package org.grassroots.education.internal;

public record CancelStep(String reason) {
}
