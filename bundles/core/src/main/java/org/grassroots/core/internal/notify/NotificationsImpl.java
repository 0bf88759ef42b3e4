package org.grassroots.core.internal.notify;

import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.internal.CoreMessages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.notification.Notification;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Notifications;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.Caller;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.schema.CoreSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Notifications in core's database. An inbox is resolved when it is read: what names the account, one of its roles
 * (with or without a unit), or a unit on the path from the root to the account's scope unit. The last is an
 * {@code IN} over the ancestors' paths, as many as the tree is deep, so no query compares paths by prefix.
 */
@Component(service = { Notifications.class, NotificationsImpl.class })
public class NotificationsImpl implements Notifications {
    static final int MAX_RECIPIENTS = 5000;
    private final JpaTemplate jpa;

    @Activate
    public NotificationsImpl(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                             @Reference CoreSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public List<Long> post(NotificationDraft draft, List<Recipient> recipients) {
        validate(draft, recipients);
        String actor = Actors.current();
        return jpa.txExpr(TransactionType.Required, em -> postIn(em, draft, recipients, actor));
    }

    /** The insert, for core's own services that already hold a transaction. */
    List<Long> postIn(EntityManager em, NotificationDraft draft, List<Recipient> recipients, String actor) {
        ValidationException.Builder errors = ValidationException.builder();
        List<NotificationEntity> rows = new ArrayList<>();
        Instant now = UtcTimes.nowInstant();
        for (int i = 0; i < recipients.size(); i++) {
            Recipient r = recipients.get(i);
            NotificationEntity n = new NotificationEntity();
            n.moduleId = draft.moduleId();
            n.kind = draft.kind();
            n.titleZh = draft.title().zhCN();
            n.titleEn = draft.title().en();
            n.bodyZh = draft.body() == null ? null : draft.body().zhCN();
            n.bodyEn = draft.body() == null ? null : draft.body().en();
            n.link = draft.link();
            n.entityType = draft.entityType();
            n.entityId = draft.entityId();
            n.dueAt = draft.dueAt();
            n.targetUsername = r.username();
            n.targetRole = r.role() == null ? null : r.role().name();
            if (r.unitId() != null) {
                OrganizationEntity unit = em.find(OrganizationEntity.class, r.unitId());
                if (unit == null) {
                    errors.add("recipients[" + i + "].unitId", NotifyMessages.message("recipient.unit.unknown", r.unitId()));
                    continue;
                }
                n.targetUnitId = unit.getId();
                n.targetPath = unit.getPath();
            }
            n.createdAt = now;
            n.createdBy = actor;
            rows.add(n);
        }
        errors.throwIfAny();
        rows.forEach(em::persist);
        em.flush();
        return rows.stream().map(n -> n.id).toList();
    }

    static void validate(NotificationDraft d, List<Recipient> recipients) {
        ValidationException.Builder errors = ValidationException.builder();
        if (d == null) {
            throw ValidationException.of("draft", NotifyMessages.message("required"));
        }
        if (d.moduleId() == null || !d.moduleId().matches("[a-z][a-z0-9-]{0,63}")) {
            errors.add("moduleId", NotifyMessages.message("notification.moduleId.invalid"));
        }
        if (d.kind() == null || !d.kind().matches("[A-Za-z0-9._-]{1,60}")) {
            errors.add("kind", NotifyMessages.message("notification.kind.invalid", 60));
        }
        text(d.title(), "title", 200, true, errors);
        text(d.body(), "body", 2000, false, errors);
        if (d.link() != null && (!d.link().startsWith("#/") || d.link().length() > 500)) {
            errors.add("link", NotifyMessages.message("notification.link.invalid", 500));
        }
        if (d.entityType() != null && d.entityType().length() > 40) {
            errors.add("entityType", NotifyMessages.message("tooLong", 40));
        }
        if (recipients == null || recipients.isEmpty() || recipients.size() > MAX_RECIPIENTS) {
            errors.add("recipients", NotifyMessages.message("notification.recipients.count", MAX_RECIPIENTS));
        } else {
            for (int i = 0; i < recipients.size(); i++) {
                Recipient r = recipients.get(i);
                boolean account = r != null && r.username() != null && !r.username().isBlank();
                boolean group = r != null && (r.role() != null || r.unitId() != null);
                if (account == group) {
                    errors.add("recipients[" + i + "]", NotifyMessages.message("notification.recipient.invalid"));
                }
            }
        }
        errors.throwIfAny();
    }

    private static void text(LocalizedText text, String field, int max, boolean required, ValidationException.Builder errors) {
        if (text == null) {
            if (required) {
                errors.add(field, NotifyMessages.message("notification.text.required"));
            }
            return;
        }
        if (text.zhCN() == null || text.zhCN().isBlank() || text.en() == null || text.en().isBlank()) {
            errors.add(field, NotifyMessages.message("notification.text.required"));
        } else if (text.zhCN().length() > max || text.en().length() > max) {
            errors.add(field, NotifyMessages.message("notification.text.tooLong", max));
        }
    }

    @Override
    public Page<Notification> inbox(boolean unreadOnly, PageRequest page) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Inbox inbox = Inbox.of(em, Actors.caller());
            String where = inbox.where + (unreadOnly ? Inbox.UNREAD : "");
            TypedQuery<NotificationEntity> select = inbox.bind(em.createQuery("SELECT n FROM NotificationEntity n WHERE "
                    + where + " ORDER BY n.createdAt DESC, n.id DESC", NotificationEntity.class));
            TypedQuery<Long> count = inbox.bind(em.createQuery("SELECT COUNT(n) FROM NotificationEntity n WHERE " + where,
                    Long.class));
            List<NotificationEntity> rows = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            Map<Long, Instant> readAt = new HashMap<>();
            if (!rows.isEmpty()) {
                em.createQuery("SELECT s FROM NotificationStateEntity s WHERE s.username = :me AND s.notificationId IN :ids",
                                NotificationStateEntity.class)
                        .setParameter("me", inbox.username).setParameter("ids", rows.stream().map(n -> n.id).toList())
                        .getResultList().forEach(s -> {
                            if (s.readAt != null) {
                                readAt.put(s.notificationId, s.readAt);
                            }
                        });
            }
            List<Notification> items = rows.stream().map(n -> toRecord(n, readAt.get(n.id))).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    @Override
    public long unreadCount() {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Inbox inbox = Inbox.of(em, Actors.caller());
            return inbox.bind(em.createQuery("SELECT COUNT(n) FROM NotificationEntity n WHERE " + inbox.where + Inbox.UNREAD,
                    Long.class)).getSingleResult();
        });
    }

    @Override
    public void markRead(long id) {
        jpa.tx(TransactionType.Required, em -> mark(em, requireInInbox(em, id), true));
    }

    @Override
    public int markAllRead() {
        return jpa.txExpr(TransactionType.Required, em -> {
            Inbox inbox = Inbox.of(em, Actors.caller());
            List<Long> ids = inbox.bind(em.createQuery("SELECT n.id FROM NotificationEntity n WHERE " + inbox.where
                    + Inbox.UNREAD, Long.class)).setMaxResults(MAX_RECIPIENTS).getResultList();
            ids.forEach(id -> mark(em, id, true));
            return ids.size();
        });
    }

    @Override
    public void dismiss(long id) {
        jpa.tx(TransactionType.Required, em -> mark(em, requireInInbox(em, id), false));
    }

    private static long requireInInbox(EntityManager em, long id) {
        Inbox inbox = Inbox.of(em, Actors.caller());
        long found = inbox.bind(em.createQuery("SELECT COUNT(n) FROM NotificationEntity n WHERE n.id = :id AND "
                + inbox.where, Long.class)).setParameter("id", id).getSingleResult();
        if (found == 0) {
            throw CoreMessages.notFound("notification", id);
        }
        return id;
    }

    private static void mark(EntityManager em, long id, boolean read) {
        String me = Actors.current();
        NotificationStateEntity state = em.find(NotificationStateEntity.class, new NotificationStateEntity.Key(id, me));
        if (state == null) {
            state = new NotificationStateEntity();
            state.notificationId = id;
            state.username = me;
            em.persist(state);
        }
        Instant now = UtcTimes.nowInstant();
        if (state.readAt == null) {
            state.readAt = now;
        }
        if (!read) {
            state.dismissedAt = now;
        }
    }

    private static Notification toRecord(NotificationEntity n, Instant readAt) {
        return new Notification(n.id, n.moduleId, n.kind, LocalizedText.of(n.titleZh, n.titleEn),
                n.bodyZh == null ? null : LocalizedText.of(n.bodyZh, n.bodyEn), n.link, n.entityType, n.entityId,
                n.dueAt, n.createdAt, n.createdBy, readAt != null, readAt);
    }

    /** The JPQL condition "addressed to this caller and not dismissed by them", with its parameters. */
    record Inbox(String username, List<String> roles, List<String> ancestors, String where) {
        static final String UNREAD = " AND NOT EXISTS (SELECT r FROM NotificationStateEntity r WHERE r.notificationId = n.id"
                + " AND r.username = :me AND r.readAt IS NOT NULL)";
        /** Stands in for an empty list, which JPQL's IN does not accept; no role or path has this value. */
        private static final String NONE = "-";

        static Inbox of(EntityManager em, Caller caller) {
            List<String> roles = caller.roles().stream().map(Enum::name).toList();
            List<String> ancestors = new ArrayList<>();
            if (caller.organizationId() != null) {
                OrganizationEntity unit = em.find(OrganizationEntity.class, caller.organizationId());
                if (unit != null) {
                    ancestors.addAll(ancestorPaths(unit.getPath()));
                }
            }
            String where = "(n.targetUsername = :me OR (n.targetUsername IS NULL"
                    + " AND (n.targetRole IS NULL OR n.targetRole IN :roles)"
                    + " AND (n.targetPath IS NULL OR n.targetPath IN :ancestors)))"
                    + " AND NOT EXISTS (SELECT d FROM NotificationStateEntity d WHERE d.notificationId = n.id"
                    + " AND d.username = :me AND d.dismissedAt IS NOT NULL)";
            return new Inbox(caller.username(), roles.isEmpty() ? List.of(NONE) : roles,
                    ancestors.isEmpty() ? List.of(NONE) : ancestors, where);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            return query.setParameter("me", username).setParameter("roles", roles).setParameter("ancestors", ancestors);
        }
    }

    /** {@code /1/7/23/} → {@code /1/}, {@code /1/7/}, {@code /1/7/23/}. */
    static List<String> ancestorPaths(String path) {
        List<String> paths = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            paths.add(path.substring(0, i + 1));
        }
        return paths;
    }
}
