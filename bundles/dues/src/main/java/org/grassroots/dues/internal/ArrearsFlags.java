package org.grassroots.dues.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.Role;
import org.grassroots.dues.DuesTopics;
import org.grassroots.dues.internal.ArrearsRuns.MemberArrears;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * When a month is settled, its members whose unpaid months now run six or more in a row are flagged: the
 * organization's secretaries and administrators get a notification (in the settling transaction) and an event
 * ({@link DuesTopics#SIX_MONTHS_UNPAID}) is posted for the member lifecycle's six-month rule.
 */
@Component(service = ArrearsFlags.class)
public class ArrearsFlags {
    private final Notifications notifications;
    private final EventAdmin events;

    @Activate
    public ArrearsFlags(@Reference Notifications notifications, @Reference EventAdmin events) {
        this.notifications = notifications;
        this.events = events;
    }

    /** @return the members flagged by settling this month */
    List<MemberArrears> afterSettling(EntityManager em, MonthEntity month) {
        List<long[]> rows = em.createQuery("SELECT d.memberId, d.period FROM DueEntity d, MonthEntity m WHERE d.monthId = m.id "
                + "AND m.status = :settled AND d.status = :unpaid AND d.period <= :p AND d.memberId IN "
                + "(SELECT u.memberId FROM DueEntity u WHERE u.monthId = :month AND u.status = :unpaid) "
                + "ORDER BY d.memberId, d.period", Object[].class)
                .setParameter("settled", MonthStatus.SETTLED).setParameter("unpaid", DueStatus.UNPAID)
                .setParameter("p", month.period).setParameter("month", month.id).getResultList().stream()
                .map(r -> new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()}).toList();
        if (ArrearsRuns.of(rows).values().stream().noneMatch(a -> a.flagged() && a.longestRunEnd() == month.period)) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        em.createQuery("SELECT d FROM DueEntity d WHERE d.monthId = :m AND d.status = :unpaid", DueEntity.class)
                .setParameter("m", month.id).setParameter("unpaid", DueStatus.UNPAID).getResultList()
                .forEach(d -> names.put(d.memberId, d.memberName));
        return flag(month.id, month.organizationId, month.period, rows, names);
    }

    /**
     * Flags from the unpaid periods of settled months ({@code [memberId, period]} ordered by member and period) of
     * the members unpaid in the month just settled, with their names; for a caller that has them at hand (the demo).
     */
    List<MemberArrears> flag(long monthId, long organizationId, int monthPeriod, List<long[]> rows, Map<Long, String> names) {
        List<MemberArrears> flagged = ArrearsRuns.of(rows).values().stream()
                .filter(a -> a.flagged() && a.longestRunEnd() == monthPeriod).toList();
        if (flagged.isEmpty()) {
            return flagged;
        }
        String period = Periods.text(monthPeriod);
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (MemberArrears a : flagged) {
            zh.append(zh.length() == 0 ? "" : "、").append(names.get(a.memberId())).append("（").append(a.longestRun()).append("个月）");
            en.append(en.length() == 0 ? "" : ", ").append(names.get(a.memberId())).append(" (").append(a.longestRun()).append(" months)");
            Map<String, Object> properties = new HashMap<>();
            properties.put("memberId", a.memberId());
            properties.put("organizationId", organizationId);
            properties.put("months", a.longestRun());
            properties.put("period", period);
            events.postEvent(new Event(DuesTopics.SIX_MONTHS_UNPAID, properties));
        }
        notifications.post(new NotificationDraft(DuesModule.ID, "dues.arrears.sixMonths",
                LocalizedText.of(period + " 结算：" + flagged.size() + " 名党员连续六个月以上未交纳党费",
                        period + " settled: " + flagged.size() + " member(s) unpaid for six months or more in a row"),
                LocalizedText.of(zh + "。请按规定与其谈话，无正当理由的按自行脱党程序处理。",
                        en + ". Talk with them; without a proper reason the branch follows the lapsed-membership procedure."),
                "#/m/dues/arrears", Months.TYPE, monthId, null),
                List.of(Recipient.roleInUnit(Role.SECRETARY, organizationId),
                        Recipient.roleInUnit(Role.UNIT_ADMIN, organizationId)));
        return flagged;
    }
}
