package org.grassroots.core.api.notification;

import java.time.Instant;

import org.grassroots.core.api.module.LocalizedText;

/** One entry of an account's inbox: the posted notification plus this account's read state. */
public record Notification(long id, String moduleId, String kind, LocalizedText title, LocalizedText body, String link,
                           String entityType, Long entityId, Instant dueAt, Instant createdAt, String createdBy,
                           boolean read, Instant readAt) {
}
