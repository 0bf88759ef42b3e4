package org.grassroots.core.internal.notify;

import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.internal.CoreMessages;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.notice.CollectionDraft;
import org.grassroots.core.api.notice.CollectionKind;
import org.grassroots.core.api.notice.CollectionTask;
import org.grassroots.core.api.notice.CollectionTasks;
import org.grassroots.core.api.notice.Completion;
import org.grassroots.core.api.notice.Submission;
import org.grassroots.core.api.notice.SubmissionDraft;
import org.grassroots.core.api.notice.SubmissionStatus;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.Audit;
import org.grassroots.core.internal.Scopes;
import org.grassroots.core.internal.files.AttachmentLookup;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.schema.CoreSchema;
import org.grassroots.core.internal.security.AuthorizationImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Collection tasks (信息报送) and their submissions in core's database; issuing notifies each addressed unit. */
@Component(service = { CollectionTasks.class, CollectionTasksImpl.class })
public class CollectionTasksImpl implements CollectionTasks {
    static final String TYPE = "core.collection";
    /** The attachment owner type under which units upload their files for a task (owner id = task id). */
    public static final String OWNER_TYPE = "collection";
    static final int MAX_FIELDS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JpaTemplate jpa;
    private final AuthorizationImpl authorization;
    private final NotificationsImpl notifications;

    @Activate
    public CollectionTasksImpl(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa,
                               @Reference CoreSchema schema, @Reference AuthorizationImpl authorization,
                               @Reference NotificationsImpl notifications) {
        this.jpa = jpa;
        this.authorization = authorization;
        this.notifications = notifications;
    }

    @Override
    public CollectionTask issue(CollectionDraft draft) {
        authorization.require(CorePermissions.COLLECTION_ISSUE);
        if (draft == null) {
            throw ValidationException.of("body", NotifyMessages.message("collection.body.required"));
        }
        ValidationException.Builder errors = ValidationException.builder();
        Addressees.text(draft.title(), "title", 200, true, errors);
        Addressees.text(draft.description(), "description", 4000, false, errors);
        if (draft.kind() == null) {
            errors.add("kind", NotifyMessages.message("collection.kind.required"));
        }
        List<String> fields = draft.fields() == null ? List.of()
                : draft.fields().stream().map(Addressees::trim).toList();
        if (draft.kind() == CollectionKind.FORM) {
            if (fields.isEmpty() || fields.size() > MAX_FIELDS || fields.stream().anyMatch(f -> f == null || f.length() > 100
                    || f.contains("\n")) || fields.stream().distinct().count() < fields.size()) {
                errors.add("fields", NotifyMessages.message("collection.fields.invalid", MAX_FIELDS, 100));
            }
        } else if (!fields.isEmpty()) {
            errors.add("fields", NotifyMessages.message("collection.fields.formOnly"));
        }
        if (draft.dueAt() == null) {
            errors.add("dueAt", NotifyMessages.message("collection.dueAt.required"));
        } else if (draft.dueAt().isBefore(UtcTimes.nowInstant())) {
            errors.add("dueAt", NotifyMessages.message("collection.dueAt.past"));
        }
        errors.throwIfAny();
        String actor = Actors.current();
        return jpa.txExpr(TransactionType.Required, em -> {
            OrganizationEntity issuer = Addressees.issuer(em, draft.organizationId());
            List<OrganizationEntity> targets = Addressees.targets(em, issuer, draft.unitIds());
            CollectionEntity c = new CollectionEntity();
            c.organizationId = issuer.getId();
            c.orgPath = issuer.getPath();
            c.title = draft.title().trim();
            c.description = Addressees.trim(draft.description());
            c.kind = draft.kind();
            c.fields = fields.isEmpty() ? null : String.join("\n", fields);
            c.dueAt = draft.dueAt();
            c.issuedAt = UtcTimes.nowInstant();
            c.issuedBy = actor;
            em.persist(c);
            em.flush();
            for (OrganizationEntity unit : targets) {
                SubmissionEntity s = new SubmissionEntity();
                s.parentId = c.id;
                s.unitId = unit.getId();
                s.unitPath = unit.getPath();
                em.persist(s);
            }
            notifications.postIn(em, new NotificationDraft("core", "core.collection.issued",
                    LocalizedText.of("信息报送任务：" + c.title, "Information to hand in: " + c.title), null,
                    "#/collections/" + c.id, TYPE, c.id, c.dueAt), targets.stream().map(u -> Recipient.unit(u.getId())).toList(),
                    actor);
            Audit.record(em, "ISSUE", TYPE, c.id, c.title + " (" + c.kind + ", due " + c.dueAt + ", from unit "
                    + issuer.getCode() + " to " + targets.size() + " units)");
            return toRecord(c, issuer.getName(), targets.size(), 0);
        });
    }

    @Override
    public Page<CollectionTask> list(PageRequest page) {
        authorization.require(CorePermissions.NOTICE_READ);
        return jpa.txExpr(TransactionType.Supports, em -> {
            String prefix = Scopes.prefix(em);
            String where = prefix == null ? "" : " WHERE " + Addressees.visible("SubmissionEntity");
            TypedQuery<CollectionEntity> select = em.createQuery("SELECT x FROM CollectionEntity x" + where
                    + " ORDER BY x.issuedAt DESC, x.id DESC", CollectionEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(x) FROM CollectionEntity x" + where, Long.class);
            if (prefix != null) {
                select.setParameter("path", prefix + "%");
                count.setParameter("path", prefix + "%");
            }
            List<CollectionTask> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(c -> toRecord(em, c)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    @Override
    public CollectionTask get(long id) {
        authorization.require(CorePermissions.NOTICE_READ);
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    @Override
    public Completion completion(long id) {
        authorization.require(CorePermissions.NOTICE_READ);
        return jpa.txExpr(TransactionType.Supports, em -> {
            CollectionEntity c = visible(em, id);
            String prefix = Scopes.prefix(em);
            TypedQuery<SubmissionEntity> query = em.createQuery("SELECT s FROM SubmissionEntity s WHERE s.parentId = :id"
                    + (prefix == null ? "" : " AND s.unitPath LIKE :path") + " ORDER BY s.unitPath", SubmissionEntity.class)
                    .setParameter("id", id);
            if (prefix != null) {
                query.setParameter("path", prefix + "%");
            }
            List<SubmissionEntity> rows = query.getResultList();
            Map<Long, OrganizationEntity> units = Addressees.units(em, rows.stream().map(s -> s.unitId).toList());
            List<Submission> submissions = rows.stream().map(s -> submission(c, s, units.get(s.unitId))).toList();
            int late = (int) submissions.stream().filter(s -> s.status() == SubmissionStatus.LATE).count();
            int pending = (int) submissions.stream().filter(s -> s.status() == SubmissionStatus.PENDING).count();
            return new Completion(toRecord(em, c), submissions.size(), submissions.size() - pending, late, pending, submissions);
        });
    }

    @Override
    public Submission submit(long id, long unitId, SubmissionDraft draft) {
        authorization.require(CorePermissions.COLLECTION_SUBMIT);
        String actor = Actors.current();
        return jpa.txExpr(TransactionType.Required, em -> {
            CollectionEntity c = visible(em, id);
            SubmissionEntity s = em.find(SubmissionEntity.class, new UnitKey(id, unitId));
            if (s == null || !Scopes.visible(em, unitId)) {
                throw CoreMessages.notFound("collection submission", id + "/" + unitId);
            }
            Addressees.requireOwnUnit(Actors.caller(), unitId);
            if (draft == null) {
                throw ValidationException.of("body", NotifyMessages.message(c.kind == CollectionKind.FILE
                        ? "submission.file.required" : "submission.form.required"));
            }
            ValidationException.Builder errors = ValidationException.builder();
            if (c.kind == CollectionKind.FILE) {
                if (draft.attachmentId() == null || !AttachmentLookup.belongsTo(em, draft.attachmentId(), "core", OWNER_TYPE, id, unitId)) {
                    errors.add("attachmentId", NotifyMessages.message("submission.attachment.invalid", id));
                }
                s.attachmentId = draft.attachmentId();
            } else {
                s.formValues = values(fields(c), draft.values(), errors);
            }
            errors.throwIfAny();
            boolean again = s.submittedAt != null;
            s.submittedAt = UtcTimes.nowInstant();
            s.submittedBy = actor;
            Audit.record(em, again ? "RESUBMIT" : "SUBMIT", TYPE, id, "unit " + unitId
                    + (s.attachmentId == null ? "" : ", attachment " + s.attachmentId));
            return submission(c, s, em.find(OrganizationEntity.class, unitId));
        });
    }

    private static String values(List<String> fields, Map<String, String> given, ValidationException.Builder errors) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> input = given == null ? Map.of() : given;
        for (String key : input.keySet()) {
            if (!fields.contains(key)) {
                errors.add("values." + key, NotifyMessages.message("submission.values.unknown", String.join(", ", fields)));
            }
        }
        for (String field : fields) {
            String value = Addressees.trim(input.get(field));
            if (value == null) {
                errors.add("values." + field, NotifyMessages.message("required"));
            } else if (value.length() > 1000) {
                errors.add("values." + field, NotifyMessages.message("tooLong", 1000));
            }
            values.put(field, value);
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CollectionEntity visible(EntityManager em, long id) {
        CollectionEntity c = em.find(CollectionEntity.class, id);
        String prefix = Scopes.prefix(em);
        if (c == null || (prefix != null && em.createQuery("SELECT COUNT(x) FROM CollectionEntity x WHERE x.id = :id AND "
                + Addressees.visible("SubmissionEntity"), Long.class).setParameter("id", id)
                .setParameter("path", prefix + "%").getSingleResult() == 0)) {
            throw CoreMessages.notFound(TYPE, id);
        }
        return c;
    }

    /** Whether {@code unitId} is addressed by task {@code id} that the caller sees (for file uploads). */
    public boolean addressed(long id, long unitId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            try {
                visible(em, id);
            } catch (NotFoundException e) {
                return false;
            }
            return em.find(SubmissionEntity.class, new UnitKey(id, unitId)) != null;
        });
    }

    private static List<String> fields(CollectionEntity c) {
        return c.fields == null ? List.of() : Arrays.asList(c.fields.split("\n"));
    }

    private static CollectionTask toRecord(EntityManager em, CollectionEntity c) {
        Object[] counts = em.createQuery("SELECT COUNT(s), SUM(CASE WHEN s.submittedAt IS NULL THEN 0 ELSE 1 END) "
                + "FROM SubmissionEntity s WHERE s.parentId = :id", Object[].class).setParameter("id", c.id).getSingleResult();
        return toRecord(c, Addressees.name(em, c.organizationId), ((Number) counts[0]).intValue(),
                counts[1] == null ? 0 : ((Number) counts[1]).intValue());
    }

    private static CollectionTask toRecord(CollectionEntity c, String issuerName, int addressed, int submitted) {
        return new CollectionTask(c.id, c.organizationId, issuerName, c.title, c.description, c.kind, fields(c), c.dueAt,
                c.issuedAt, c.issuedBy, addressed, submitted);
    }

    private static Submission submission(CollectionEntity c, SubmissionEntity s, OrganizationEntity unit) {
        SubmissionStatus status = s.submittedAt == null ? SubmissionStatus.PENDING
                : s.submittedAt.isAfter(c.dueAt) ? SubmissionStatus.LATE : SubmissionStatus.SUBMITTED;
        Map<String, String> values = null;
        if (s.formValues != null) {
            try {
                values = JSON.readValue(s.formValues, new TypeReference<LinkedHashMap<String, String>>() { });
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable form values of collection " + c.id, e);
            }
        }
        return new Submission(s.unitId, unit == null ? null : unit.getCode(), unit == null ? null : unit.getName(), status,
                s.submittedAt, s.submittedBy, s.attachmentId, values);
    }
}
