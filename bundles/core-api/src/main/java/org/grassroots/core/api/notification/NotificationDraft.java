package org.grassroots.core.api.notification;

import java.time.Instant;

import org.grassroots.core.api.module.LocalizedText;

/**
 * What a module posts.
 *
 * @param moduleId   the posting module ({@code core} for core's own)
 * @param kind       a stable code for the kind of reminder, e.g. {@code industrial.request.overdue}; at most 60
 * @param title      the one line shown in the inbox, in Chinese and English (both required, at most 200 each)
 * @param body       optional longer text (at most 2000 each)
 * @param link       optional console address the inbox links to, e.g. {@code #/m/industrial/requests/42}; must
 *                   start with {@code #/}
 * @param entityType optional record the notification is about, e.g. {@code industrial.request}
 * @param entityId   its id
 * @param dueAt      optional deadline the reminder is about
 */
public record NotificationDraft(String moduleId, String kind, LocalizedText title, LocalizedText body, String link,
                                String entityType, Long entityId, Instant dueAt) {
}
