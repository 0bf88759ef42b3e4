package org.grassroots.community.internal;

import java.util.List;

import javax.persistence.EntityManager;

import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who must act on service hours, told in their inbox: the community's secretary and administrators when a member logs
 * hours (they confirm or reject them), the person who logged them when the community decided, and — on demand — every
 * community of a subtree with hours still waiting, with how many. Posting joins the caller's transaction, so a
 * reminder commits with the change that caused it.
 */
@Component(service = HoursReminders.class)
public class HoursReminders {
    private static final String LINK = "#/m/" + CommunityModule.ID + "/";
    private final Notifications notifications;

    @Activate
    public HoursReminders(@Reference Notifications notifications) {
        this.notifications = notifications;
    }

    void submitted(HoursEntity h, String memberName, String communityName) {
        notifications.post(new NotificationDraft(CommunityModule.ID, "community.hours.submitted",
                LocalizedText.of("服务时长待确认：" + memberName + " " + h.hours.toPlainString() + " 小时",
                        "Service hours to confirm: " + memberName + ", " + h.hours.toPlainString() + " h"),
                LocalizedText.of(communityName + "：" + h.servedOn + " " + h.activity + "。请确认或退回（注明原因）。",
                        communityName + ": " + h.servedOn + " " + h.activity + ". Confirm them or reject them with the reason."),
                LINK + "registrations", Hours.TYPE, h.id, null), managers(h.communityId));
    }

    void decided(HoursEntity h) {
        boolean confirmed = h.status == HoursStatus.CONFIRMED;
        notifications.post(new NotificationDraft(CommunityModule.ID, "community.hours.decided",
                LocalizedText.of((confirmed ? "服务时长已确认：" : "服务时长被退回：") + h.servedOn + " " + h.hours.toPlainString() + " 小时",
                        (confirmed ? "Service hours confirmed: " : "Service hours rejected: ") + h.servedOn + ", " + h.hours.toPlainString() + " h"),
                confirmed ? null : LocalizedText.of("原因：" + h.rejectReason, "Reason: " + h.rejectReason),
                LINK + "mine", Hours.TYPE, h.id, null), List.of(Recipient.account(h.submittedBy)));
    }

    /** Reminds every community under {@code path} with hours waiting for confirmation; answers how many were reminded. */
    int remindWaiting(EntityManager em, String path, java.util.function.LongFunction<String> names) {
        List<Object[]> waiting = em.createQuery("SELECT h.communityId, COUNT(h), MIN(h.servedOn) FROM HoursEntity h "
                        + "WHERE h.orgPath LIKE :path AND h.status = :submitted GROUP BY h.communityId", Object[].class)
                .setParameter("path", path + "%").setParameter("submitted", HoursStatus.SUBMITTED).getResultList();
        for (Object[] row : waiting) {
            long community = (Long) row[0];
            long count = ((Number) row[1]).longValue();
            notifications.post(new NotificationDraft(CommunityModule.ID, "community.hours.waiting",
                    LocalizedText.of(names.apply(community) + "：" + count + " 条服务时长待确认", names.apply(community) + ": " + count
                            + " service hour records to confirm"),
                    LocalizedText.of("最早一条服务于 " + row[2] + "，请及时确认或退回。", "The oldest was served on " + row[2]
                            + "; please confirm or reject them."),
                    LINK + "registrations", null, null, null), managers(community));
        }
        return waiting.size();
    }

    private static List<Recipient> managers(long community) {
        return List.of(Recipient.roleInUnit(Role.SECRETARY, community), Recipient.roleInUnit(Role.UNIT_ADMIN, community));
    }
}
