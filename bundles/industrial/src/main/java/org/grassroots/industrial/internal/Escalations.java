package org.grassroots.industrial.internal;

import org.grassroots.core.api.UtcTimes;

import org.grassroots.core.api.cluster.ClusterJobs;
import org.grassroots.core.api.cluster.ScheduledJob;
import org.grassroots.core.api.module.ModuleSchema;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.Role;
import org.grassroots.core.api.security.Authorization;
import org.grassroots.core.api.security.Caller;
import org.grassroots.industrial.IndustrialTopics;
import org.grassroots.industrial.RequestStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The overdue check: every {@code overdueCheckMinutes} (configuration {@code org.grassroots.industrial}, default 10)
 * it finds requests still open after their deadline that were not escalated yet, records the escalation
 * ({@code IND_ESCALATION}, unique per request, so each request is escalated once even with several nodes), writes an
 * audit line and a notification to the park's administrators (the district's when the enterprise lies in no park) in
 * the same transaction, and after the commit posts {@link IndustrialTopics#REQUEST_OVERDUE}.
 */
@Component(service = Escalations.class, immediate = true, configurationPid = "org.grassroots.industrial",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class Escalations {
    private static final Logger LOG = LoggerFactory.getLogger(Escalations.class);
    static final String ACTOR = "industrial-overdue-check";
    /** At most this many requests per run, so one transaction stays small; the next run takes the rest. */
    static final int BATCH = 500;
    private static final List<RequestStatus> CLOSED = List.of(RequestStatus.RESOLVED, RequestStatus.RATED);

    public @interface Config {
        /** Minutes between two overdue checks; 0 turns the periodic check off (the shell command still runs it). */
        long overdueCheckMinutes() default 10;
    }

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final IndustrialEvents events;
    private final Authorization authorization;
    private final ScheduledJob job;
    private final Notifications notifications;

    @Activate
    public Escalations(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                       @Reference(target = IndustrialModule.SCHEMA) ModuleSchema schema, @Reference AuditLog audit, @Reference IndustrialEvents events,
                       @Reference Authorization authorization, @Reference Notifications notifications, @Reference ClusterJobs jobs, Config config) {
        this.jpa = jpa;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.authorization = authorization;
        // once per interval in the cluster, whichever nodes run (ClusterJobs)
        this.job = config.overdueCheckMinutes() > 0 ? jobs.schedule("industrial.escalation", Duration.ofMinutes(config.overdueCheckMinutes()),
                Duration.ofSeconds(1), this::runQuietly) : null;
    }

    @Deactivate
    void deactivate() {
        if (job != null) {
            job.cancel();
        }
    }

    private void runQuietly() {
        try {
            EscalationRun run;
            do {
                run = check(UtcTimes.now());
                if (run.escalated() > 0) {
                    LOG.info("Industrial overdue check: {} request(s) escalated", run.escalated());
                }
            } while (run.escalated() == BATCH && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            LOG.warn("Industrial overdue check failed; it runs again at the next interval", e);
        }
    }

    /** Escalates the requests overdue at {@code now} that were not escalated before (at most {@link #BATCH}). */
    public EscalationRun check(LocalDateTime now) {
        record Escalated(long id, String path, Long parkId, String category, LocalDateTime dueAt) {
        }
        List<Escalated> escalated = authorization.runAs(Caller.system(ACTOR), () -> jpa.txExpr(TransactionType.Required, em -> {
            List<Escalated> done = new ArrayList<>();
            for (ServiceRequestEntity r : em.createQuery("SELECT r FROM ServiceRequestEntity r WHERE r.status NOT IN :closed "
                            + "AND r.dueAt < :now AND r.escalatedAt IS NULL ORDER BY r.dueAt, r.id", ServiceRequestEntity.class)
                    .setParameter("closed", CLOSED).setParameter("now", now).setMaxResults(BATCH).getResultList()) {
                EscalationEntity e = new EscalationEntity();
                e.requestId = r.id;
                e.parkId = r.parkId;
                e.orgPath = r.orgPath;
                e.dueAt = r.dueAt;
                e.escalatedAt = now;
                em.persist(e);
                r.escalatedAt = now;
                audit.record("ESCALATE", ServiceRequests.TYPE, r.id, "overdue since " + r.dueAt + "; escalated to park "
                        + r.parkId, List.of(new FieldChange("escalatedAt", null, now.toString())));
                notifications.post(new NotificationDraft(IndustrialModule.ID, "industrial.request.overdue",
                        text(IndustrialMessages.TEXT.message("notify.overdue.title", brief(r.title))),
                        text(IndustrialMessages.TEXT.message("notify.overdue.body", minutes(r.dueAt),
                                minutes(r.dueAt.atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(BEIJING).toLocalDateTime()))),
                        "#/m/industrial/requests", ServiceRequests.TYPE, r.id, UtcTimes.instant(r.dueAt)),
                        List.of(r.parkId == null ? Recipient.role(Role.DISTRICT_ADMIN) : Recipient.roleInUnit(Role.UNIT_ADMIN, r.parkId)));
                done.add(new Escalated(r.id, r.orgPath, r.parkId, r.category, r.dueAt));
            }
            em.flush();
            return done;
        }));
        for (Escalated e : escalated) {
            events.post(IndustrialTopics.REQUEST_OVERDUE, e.id(), e.path(), e.parkId(), e.category(), ACTOR,
                    Map.of(IndustrialTopics.DUE_AT, UtcTimes.instant(e.dueAt()).toString()));
        }
        return new EscalationRun(escalated.size(), escalated.stream().map(Escalated::id).toList());
    }

    private static final java.time.ZoneId BEIJING = java.time.ZoneId.of("Asia/Shanghai");

    private static LocalizedText text(org.grassroots.core.api.text.Message message) {
        return LocalizedText.of(message.chinese(), message.english());
    }

    /** A time as people write it, to the minute: {@code 2024-05-20 09:30}. */
    static String minutes(java.time.LocalDateTime time) {
        return time.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    /** Request titles have up to 200 characters; the notification title adds a prefix within the same limit. */
    static String brief(String title) {
        return title.length() <= 150 ? title : title.substring(0, 149) + "…";
    }
}
