package org.grassroots.core.internal.annualstats;

import java.util.List;

import org.grassroots.core.api.annualstats.ReportAction;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.internal.persistence.OrganizationEntity;

/**
 * Tells the deciding level that a report arrived, and the unit that its report was accepted or returned. Posted
 * inside the step's transaction (core's notifications join it), so a refused step notifies nobody.
 */
final class Notifier {
    private final Notifications notifications;

    Notifier(Notifications notifications) {
        this.notifications = notifications;
    }

    void notify(ReportAction action, OrganizationEntity unit, OrganizationEntity parent, int year, String reason) {
        String kind = "core.annual-report." + action.name().toLowerCase();
        LocalizedText title;
        long to;
        switch (action) {
            case SUBMIT -> {
                title = AnnualStatsText.TEXT.both("notify.submitted", unit.getName(), year);
                to = parent.getId();
            }
            case ACCEPT -> {
                title = AnnualStatsText.TEXT.both("notify.accepted", year, parent.getName());
                to = unit.getId();
            }
            case RETURN -> {
                title = AnnualStatsText.TEXT.both("notify.returned", year, parent.getName());
                to = unit.getId();
            }
            default -> {
                return;
            }
        }
        LocalizedText body = reason == null ? null : LocalizedText.of(reason, reason);
        notifications.post(new NotificationDraft("core", kind, title, body,
                "#/annual-stats/" + to + "/" + year, AnnualStatisticsImpl.TYPE, unit.getId(), null),
                List.of(Recipient.unit(to)));
    }
}
