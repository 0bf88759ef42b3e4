package org.grassroots.dues.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.MemberQuery;
import org.grassroots.core.api.MemberService;
import org.grassroots.core.api.OrganizationService;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.cluster.ClusterJobs;
import org.grassroots.core.api.cluster.ScheduledJob;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleEnablement;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.api.security.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The step that falls due: a month's dues are settled by the {@link Config#settleByDay() settling day} of the month
 * after. A month still open after that day gets one reminder to its organization's secretaries (and the
 * administrators of the unit), in the transaction that marks it reminded ({@code REMINDED_AT}), so each month is
 * reminded once even with several nodes. Every organization that should collect (members of its own, the module enabled there) and has not
 * opened this month by the {@link Config#openByDay() opening day} gets one reminder to open it
 * ({@code DUES_OPEN_REMINDER}), whether or not it collected before. Runs every few hours and from the shell ({@code grassroots:dues-remind}).
 */
@Component(service = Reminders.class, immediate = true, configurationPid = "org.grassroots.dues",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class Reminders {
    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    static final String ACTOR = "dues-reminders";
    static final int BATCH = 500;

    public @interface Config {
        /** Day of the following month by which a month is to be settled. */
        int settleByDay() default 15;

        /** Day of a month by which every organization that collects dues has opened it. */
        int openByDay() default 10;

        /** Hours between two checks; 0 turns the periodic check off (the shell command still runs it). */
        long reminderCheckHours() default 6;
    }

    private final JpaTemplate jpa;
    private final MemberService members;
    private final OrganizationService organizations;
    private final ModuleEnablement enablement;
    private final Notifications notifications;
    private final Authorization authorization;
    private final int settleByDay;
    private final int openByDay;
    private final ScheduledJob job;

    @Activate
    public Reminders(@Reference(target = DuesModule.UNIT) JpaTemplate jpa, @Reference(target = DuesModule.SCHEMA) ModuleSchema schema,
                     @Reference MemberService members, @Reference OrganizationService organizations,
                     @Reference ModuleEnablement enablement, @Reference Notifications notifications,
                     @Reference Authorization authorization, @Reference ClusterJobs jobs, Config config) {
        this.jpa = jpa;
        this.members = members;
        this.organizations = organizations;
        this.enablement = enablement;
        this.notifications = notifications;
        this.authorization = authorization;
        this.settleByDay = Math.max(1, Math.min(28, config.settleByDay()));
        this.openByDay = Math.max(1, Math.min(28, config.openByDay()));
        // once per interval in the cluster, whichever nodes run (ClusterJobs)
        this.job = config.reminderCheckHours() > 0 ? jobs.schedule("dues.reminders", Duration.ofHours(config.reminderCheckHours()),
                Duration.ofSeconds(2), this::runQuietly) : null;
    }

    @Deactivate
    void deactivate() {
        if (job != null) {
            job.cancel();
        }
    }

    private void runQuietly() {
        try {
            int sent;
            do {
                sent = remind(LocalDate.now()).size();
                if (sent > 0) {
                    LOG.info("Dues reminders: {} open month(s) past their settling day reminded", sent);
                }
            } while (sent == BATCH && !Thread.currentThread().isInterrupted());
            do {
                sent = remindOpening(LocalDate.now()).size();
                if (sent > 0) {
                    LOG.info("Dues reminders: {} organization(s) reminded to open a month", sent);
                }
            } while (sent == BATCH && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            LOG.warn("Dues reminders failed; they run again at the next interval", e);
        }
    }

    /** The last period due for settling on {@code today}: last month after the settling day, else the month before. */
    static int lastDue(LocalDate today, int settleByDay) {
        YearMonth month = YearMonth.from(today).minusMonths(today.getDayOfMonth() > settleByDay ? 1 : 2);
        return Periods.of(month);
    }

    /** Reminds the open months due for settling on {@code today} that were not reminded yet (at most {@link #BATCH}); their ids. */
    public List<Long> remind(LocalDate today) {
        int due = lastDue(today, settleByDay);
        return authorization.runAs(Caller.system(ACTOR), () -> jpa.txExpr(TransactionType.Required, em -> {
            List<Long> reminded = new ArrayList<>();
            for (MonthEntity m : em.createQuery("SELECT m FROM MonthEntity m WHERE m.status = :open AND m.remindedAt IS NULL "
                    + "AND m.period <= :due ORDER BY m.period, m.id", MonthEntity.class).setParameter("open", MonthStatus.OPEN)
                    .setParameter("due", due).setMaxResults(BATCH).getResultList()) {
                String period = Periods.text(m.period);
                notifications.post(new NotificationDraft(DuesModule.ID, "dues.month.settle",
                        LocalizedText.of(period + " 党费尚未结算", "Dues of " + period + " not settled yet"),
                        LocalizedText.of("请在核对交纳情况后结算 " + period + " 的党费并上报上级党组织。",
                                "Check the payments, settle the dues of " + period + " and report them to the level above."),
                        "#/m/dues/months/" + m.id, Months.TYPE, m.id, null),
                        List.of(Recipient.roleInUnit(Role.SECRETARY, m.organizationId), Recipient.roleInUnit(Role.UNIT_ADMIN, m.organizationId)));
                m.remindedAt = UtcTimes.now();
                reminded.add(m.id);
            }
            em.flush();
            return reminded;
        }));
    }

    /**
     * The month that should be open on {@code today}: this month after the opening day, else none (null) — the month
     * before was checked after its own opening day.
     */
    static Integer toBeOpen(LocalDate today, int openByDay) {
        return today.getDayOfMonth() > openByDay ? Periods.of(YearMonth.from(today)) : null;
    }

    /**
     * Reminds every organization that should collect and has not opened this month by the opening day: each
     * organization with members of its own where the module is enabled, unless a month of the period is open at it or
     * above it (a month opened without cascade covers the members below). At most {@link #BATCH}, each once per month,
     * marked in {@code DUES_OPEN_REMINDER} in the same transaction; the ids of the organizations reminded.
     */
    public List<Long> remindOpening(LocalDate today) {
        Integer period = toBeOpen(today, openByDay);
        if (period == null) {
            return List.of();
        }
        return authorization.runAs(Caller.system(ACTOR), () -> {
            Map<Long, String> collecting = collecting();
            return jpa.txExpr(TransactionType.Required, em -> {
                List<String> opened = em.createQuery("SELECT m.orgPath FROM MonthEntity m WHERE m.period = :period", String.class)
                        .setParameter("period", period).getResultList();
                Set<Long> reminded = new HashSet<>(em.createQuery("SELECT r.organizationId FROM OpenReminderEntity r "
                        + "WHERE r.period = :period", Long.class).setParameter("period", period).getResultList());
                List<Long> due = notOpened(collecting, opened, reminded);
                for (Long organizationId : due.subList(0, Math.min(BATCH, due.size()))) {
                    postOpenReminder(organizationId, period);
                    OpenReminderEntity r = new OpenReminderEntity();
                    r.organizationId = organizationId;
                    r.orgPath = collecting.get(organizationId);
                    r.period = period;
                    r.remindedAt = UtcTimes.now();
                    em.persist(r);
                }
                em.flush();
                return List.copyOf(due.subList(0, Math.min(BATCH, due.size())));
            });
        });
    }

    /** The organizations with members of their own where the module is enabled, with their paths. */
    private Map<Long, String> collecting() {
        Set<Long> withMembers = new TreeSet<>();
        members.forEach(MemberQuery.all(), m -> withMembers.add(m.organizationId()));
        Map<Long, String> collecting = new LinkedHashMap<>();
        for (Long id : withMembers) {
            organizations.find(id).filter(o -> enablement.isEnabled(DuesModule.ID, id))
                    .ifPresent(o -> collecting.put(id, o.path()));
        }
        return collecting;
    }

    /**
     * The organizations of {@code collecting} (id → path) that no month of the period covers (a month at the
     * organization or above it, by path) and that were not reminded yet, in the order given.
     */
    static List<Long> notOpened(Map<Long, String> collecting, List<String> openedPaths, Set<Long> reminded) {
        List<Long> due = new ArrayList<>();
        for (var e : collecting.entrySet()) {
            if (!reminded.contains(e.getKey()) && openedPaths.stream().noneMatch(p -> e.getValue().startsWith(p))) {
                due.add(e.getKey());
            }
        }
        return due;
    }

    private void postOpenReminder(long organizationId, int period) {
        String text = Periods.text(period);
        notifications.post(new NotificationDraft(DuesModule.ID, "dues.month.open",
                LocalizedText.of(text + " 党费尚未开始收缴", "Dues of " + text + " not opened yet"),
                LocalizedText.of("本月（" + text + "）党费尚未开启收缴，请开启当月党费收缴、计算应交党费。",
                        "The dues of " + text + " are not opened yet: open the month to compute and collect its dues."),
                "#/m/dues/months", Months.TYPE, null, null),
                List.of(Recipient.roleInUnit(Role.SECRETARY, organizationId), Recipient.roleInUnit(Role.UNIT_ADMIN, organizationId)));
    }
}
