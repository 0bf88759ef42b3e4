package org.grassroots.education.internal;

public record Decision(String reason) {
}
