package org.grassroots.rolemodel.internal;

import java.util.List;

import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who hears of a nomination's step: the level that must decide (its administrators and secretaries), the nominating
 * unit when it is returned home or awarded.
 */
@Component(service = NominationNotices.class)
public class NominationNotices {
    private final ModuleScope scope;
    private final Notifications notifications;

    @Activate
    public NominationNotices(@Reference ModuleScopes scopes, @Reference Notifications notifications) {
        this.scope = scopes.of(RoleModelModule.ID);
        this.notifications = notifications;
    }

    void after(CampaignEntity c, NominationEntity n, NominationAction action) {
        String link = "#/m/" + RoleModelModule.ID + "/nominations/" + n.id;
        if (n.status == NominationStatus.PENDING) {
            String unitName = scope.name(n.pendingUnitId);
            notifications.post(new NotificationDraft(RoleModelModule.ID, "rolemodel.nomination.pending",
                    LocalizedText.of("待审核表彰推荐：" + n.name, "Nomination to decide: " + n.name),
                    LocalizedText.of(unitName + "：请审核“" + c.name + "”中" + n.name + "的推荐（同意或退回）。",
                            unitName + ": approve or return the nomination of " + n.name + " in " + c.name + "."),
                    link, Nominations.TYPE, n.id, null), List.of(Recipient.roleInUnit(Role.UNIT_ADMIN, n.pendingUnitId),
                    Recipient.roleInUnit(Role.SECRETARY, n.pendingUnitId), Recipient.roleInUnit(Role.DISTRICT_ADMIN, n.pendingUnitId)));
        } else if (n.status == NominationStatus.RETURNED && action == NominationAction.RETURN) {
            notifications.post(new NotificationDraft(RoleModelModule.ID, "rolemodel.nomination.returned",
                    LocalizedText.of("表彰推荐被退回：" + n.name, "Nomination returned: " + n.name), null, link,
                    Nominations.TYPE, n.id, null), List.of(Recipient.unit(n.organizationId)));
        } else if (n.status == NominationStatus.AWARDED) {
            notifications.post(new NotificationDraft(RoleModelModule.ID, "rolemodel.nomination.awarded",
                    LocalizedText.of("获得表彰：" + n.name, "Awarded: " + n.name),
                    LocalizedText.of(n.name + "在“" + c.name + "”中获评" + n.category.labels().zhCN() + "。",
                            n.name + " was awarded " + n.category.labels().en() + " in " + c.name + "."),
                    link, Nominations.TYPE, n.id, null), List.of(Recipient.unit(n.organizationId)));
        }
    }
}
