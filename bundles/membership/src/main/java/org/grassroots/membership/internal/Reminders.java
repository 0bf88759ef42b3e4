package org.grassroots.membership.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.cluster.ClusterJobs;
import org.grassroots.core.api.cluster.ScheduledJob;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
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
 * What falls due for the secretaries: thought reports (every {@code REPORT_DAYS} from the activist on), probations
 * ending within 30 days, letters whose receipt is outstanding near or after their validity, public notices ending.
 * {@link #due} lists them for a unit; {@link #remind} posts each once (kind, record, due date) to the secretaries and
 * administrators of the record's unit, for due dates from 30 days ago on (older ones are history, not reminders).
 * Runs every few hours and from the REST API.
 */
@Component(service = Reminders.class, immediate = true, configurationPid = "org.grassroots.membership",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class Reminders {
    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    static final String ACTOR = "membership-reminders";
    static final int AHEAD = 30;

    public @interface Config {
        /** Hours between two checks; 0 turns the periodic check off. */
        long reminderCheckHours() default 6;
    }

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final Notifications notifications;
    private final Authorization authorization;
    private final StepRules rules;
    private final SixMonthRule sixMonths;
    private final ScheduledJob job;

    @Activate
    public Reminders(@Reference(target = MembershipModule.UNIT) JpaTemplate jpa,
                     @Reference(target = MembershipModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                     @Reference Notifications notifications, @Reference Authorization authorization, @Reference StepRules rules,
                     @Reference SixMonthRule sixMonths, @Reference ClusterJobs jobs, Config config) {
        this.sixMonths = sixMonths;
        this.jpa = jpa;
        this.scope = scopes.of(MembershipModule.ID);
        this.notifications = notifications;
        this.authorization = authorization;
        this.rules = rules;
        // once per interval in the cluster, whichever nodes run (ClusterJobs)
        this.job = config.reminderCheckHours() > 0 ? jobs.schedule("membership.reminders", Duration.ofHours(config.reminderCheckHours()),
                Duration.ofSeconds(60), this::runQuietly) : null;
    }

    @Deactivate
    void deactivate() {
        if (job != null) {
            job.cancel();
        }
    }

    private void runQuietly() {
        try {
            int sent = remind(LocalDate.now());
            if (sent > 0) {
                LOG.info("Membership reminders: {} posted", sent);
            }
        } catch (RuntimeException e) {
            LOG.warn("Membership reminders failed; they run again at the next interval", e);
        }
    }

    /** What falls due in a unit's subtree within {@code within} days (overdue included). */
    public List<Reminder> due(Long unitId, int within) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        LocalDate today = LocalDate.now();
        List<Reminder> due = jpa.txExpr(TransactionType.Supports, em -> collect(em, unit.path(), today.plusDays(within),
                LocalDate.of(2000, 1, 1)));
        due.addAll(sixMonthCases(unit.id(), unit.path(), today.plusDays(within), LocalDate.of(2000, 1, 1)));
        return due;
    }

    /**
     * Posts what falls due within 30 days and was not posted yet; the number posted. Each reminder is posted and marked
     * in a transaction of its own: one for all of them held the locks of every new notification until the end, while
     * the platform's inbox reads waited; a run that stops half-way leaves what it posted marked.
     */
    public int remind(LocalDate today) {
        return authorization.runAs(Caller.system(ACTOR), () -> {
            List<Reminder> due = jpa.txExpr(TransactionType.Supports,
                    em -> collect(em, "/", today.plusDays(AHEAD), today.minusDays(AHEAD)));
            due.addAll(sixMonthCases(null, "/", today.plusDays(AHEAD), today.minusDays(AHEAD)));
            int sent = 0;
            for (Reminder r : due) {
                sent += jpa.txExpr(TransactionType.Required, em -> post(em, r));
            }
            return sent;
        });
    }

    /** Posts one reminder and marks it, unless it was posted already; 1 when posted. */
    private int post(EntityManager em, Reminder r) {
        boolean posted = !em.createQuery("SELECT x.id FROM ReminderEntity x WHERE x.recordId = :r AND x.kind = :k "
                + "AND x.dueOn = :d", Long.class).setParameter("r", r.recordId()).setParameter("k", r.kind())
                .setParameter("d", r.dueOn()).getResultList().isEmpty();
        if (posted) {
            return 0;
        }
        String link = switch (r.kind()) {
            case RECEIPT_OUTSTANDING -> "#/m/membership/transfers";
            case SIX_MONTH_RULE -> "#/m/membership/status";
            default -> "#/m/membership/files";
        };
        String type = switch (r.kind()) {
            case RECEIPT_OUTSTANDING -> Transfers.TYPE;
            case SIX_MONTH_RULE -> "member";
            default -> Pipeline.TYPE;
        };
        notifications.post(new NotificationDraft(MembershipModule.ID, "membership." + r.kind().name().toLowerCase(),
                LocalizedText.of(r.kind().labels().zhCN() + "：" + r.subject(), r.kind().labels().en() + ": " + r.subject()),
                LocalizedText.of("到期日 " + r.dueOn(), "Due on " + r.dueOn()), link,
                type, r.recordId(), null),
                List.of(Recipient.roleInUnit(Role.SECRETARY, r.organizationId()),
                        Recipient.roleInUnit(Role.UNIT_ADMIN, r.organizationId())));
        ReminderEntity x = new ReminderEntity();
        x.kind = r.kind();
        x.recordId = r.recordId();
        x.dueOn = r.dueOn();
        x.sentAt = UtcTimes.now();
        em.persist(x);
        return 1;
    }

    /**
     * Members who meet (or within the window will meet) the six-month rule, one reminder per member and day the rule
     * was met; the record is the member.
     */
    private List<Reminder> sixMonthCases(Long subtreeOf, String path, LocalDate until, LocalDate from) {
        // a case is met on its day; looking ahead, the members who will meet it by then are included
        return sixMonths.cases(subtreeOf, path, until).stream()
                .filter(c -> !c.since().isBefore(from) && !c.since().isAfter(until))
                .map(c -> new Reminder(ReminderKind.SIX_MONTH_RULE, c.organizationId(), c.organizationName(),
                        c.memberName(), c.memberId(), c.since()))
                .toList();
    }

    private List<Reminder> collect(EntityManager em, String path, LocalDate until, LocalDate from) {
        List<Reminder> due = new ArrayList<>();
        int every = rules.current(em).setting(PipelineRules.REPORT_DAYS);
        // the last report (or the activist step) of every file that reports; EclipseLink cannot compare the aggregate
        // in a HAVING clause here, so the due ones are picked below
        LocalDate last = until.minusDays(every);
        for (Object[] row : em.createQuery("SELECT f.id, f.organizationId, f.name, MAX(s.doneOn) FROM FileEntity f, StepEntity s "
                + "WHERE s.fileId = f.id AND f.orgPath LIKE :path AND f.stage IN :stages AND s.code IN :codes "
                + "GROUP BY f.id, f.organizationId, f.name", Object[].class)
                .setParameter("path", path + "%").setParameter("stages", List.of(Stage.ACTIVIST, Stage.CANDIDATE, Stage.PROBATIONARY))
                .setParameter("codes", List.of(StepCode.ACTIVIST, StepCode.THOUGHT_REPORT)).getResultList()) {
            LocalDate reported = MembershipText.date(row[3]);
            if (!reported.isAfter(last)) {
                add(due, from, ReminderKind.THOUGHT_REPORT, row, reported.plusDays(every));
            }
        }
        for (Object[] row : em.createQuery("SELECT f.id, f.organizationId, f.name, f.probationEndsOn FROM FileEntity f "
                + "WHERE f.orgPath LIKE :path AND f.stage = :p AND f.probationEndsOn <= :until", Object[].class)
                .setParameter("path", path + "%").setParameter("p", Stage.PROBATIONARY).setParameter("until", until).getResultList()) {
            add(due, from, ReminderKind.PROBATION_ENDING, row, MembershipText.date(row[3]));
        }
        for (Object[] row : em.createQuery("SELECT f.id, f.organizationId, f.name, s.doneOn, s.days FROM FileEntity f, StepEntity s "
                + "WHERE s.fileId = f.id AND f.orgPath LIKE :path AND f.stage = :c AND s.code = :notice", Object[].class)
                .setParameter("path", path + "%").setParameter("c", Stage.CANDIDATE).setParameter("notice", StepCode.PUBLIC_NOTICE)
                .getResultList()) {
            LocalDate ends = MembershipText.date(row[3]).plusDays(row[4] == null ? 0 : ((Number) row[4]).intValue());
            if (!ends.isAfter(until)) {
                add(due, from, ReminderKind.NOTICE_ENDING, row, ends);
            }
        }
        for (Object[] row : em.createQuery("SELECT t.id, t.organizationId, t.memberName, t.validUntil FROM TransferEntity t "
                + "WHERE t.orgPath LIKE :path AND t.status = :issued AND t.validUntil <= :until", Object[].class)
                .setParameter("path", path + "%").setParameter("issued", TransferStatus.ISSUED).setParameter("until", until)
                .getResultList()) {
            add(due, from, ReminderKind.RECEIPT_OUTSTANDING, row, MembershipText.date(row[3]));
        }
        due.sort(Comparator.comparing(Reminder::dueOn).thenComparing(Reminder::recordId));
        return due;
    }

    private void add(List<Reminder> due, LocalDate from, ReminderKind kind, Object[] row, LocalDate on) {
        if (on.isBefore(from)) {
            return;
        }
        long org = ((Number) row[1]).longValue();
        due.add(new Reminder(kind, org, scope.name(org), (String) row[2], ((Number) row[0]).longValue(), on));
    }
}
