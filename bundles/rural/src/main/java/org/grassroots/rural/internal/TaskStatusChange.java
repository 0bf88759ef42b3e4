package org.grassroots.rural.internal;

public record TaskStatusChange(TaskStatus status) {
}
