package org.grassroots.core.api.notification;

import java.util.List;

import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Posting notifications (for modules) and the current caller's inbox (for the REST API and the console). An
 * inbox holds what is addressed to the account, to one of its roles, or to a unit at or above its scope unit;
 * dismissed entries are gone from it, for that account only.
 */
@ProviderType
public interface Notifications {

    /**
     * Posts one notification to each recipient, in the caller's transaction (or its own when there is none).
     * Refuses a bad draft with 422 and stores nothing.
     *
     * @return the ids of the stored notifications, one per recipient
     */
    List<Long> post(NotificationDraft draft, List<Recipient> recipients);

    /** The caller's inbox, newest first, without dismissed entries. */
    Page<Notification> inbox(boolean unreadOnly, PageRequest page);

    /** How many entries of the caller's inbox are unread. */
    long unreadCount();

    /** Marks one entry read for the caller; 404 when it is not in their inbox. */
    void markRead(long id);

    /** Marks every entry of the caller's inbox read; returns how many were unread. */
    int markAllRead();

    /** Removes one entry from the caller's inbox (not from anyone else's); 404 when it is not in their inbox. */
    void dismiss(long id);
}
