/**
 * Notifications: reminders and tasks that modules post (a meeting due, a request overdue, a recommendation
 * waiting for approval) to an account, to everyone holding a role, to the accounts of a unit's subtree, or to a
 * role within a unit's subtree. Each account has an inbox with an unread count; reading and dismissing are per
 * account. Posting joins the caller's JTA transaction, so a reminder commits with the change that caused it.
 * REST: {@code /api/core/notifications}. See {@code docs/plugin-guide.md}, section "Attachments and
 * notifications".
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.grassroots.core.api.notification;
