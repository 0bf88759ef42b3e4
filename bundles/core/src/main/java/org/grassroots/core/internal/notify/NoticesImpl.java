package org.grassroots.core.internal.notify;

import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.internal.CoreMessages;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.Page;
import org.grassroots.core.api.PageRequest;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.notice.Notice;
import org.grassroots.core.api.notice.NoticeDraft;
import org.grassroots.core.api.notice.NoticeReceipt;
import org.grassroots.core.api.notice.Notices;
import org.grassroots.core.api.notification.NotificationDraft;
import org.grassroots.core.api.notification.Recipient;
import org.grassroots.core.api.security.CorePermissions;
import org.grassroots.core.internal.Actors;
import org.grassroots.core.internal.Audit;
import org.grassroots.core.internal.Scopes;
import org.grassroots.core.internal.persistence.OrganizationEntity;
import org.grassroots.core.internal.schema.CoreSchema;
import org.grassroots.core.internal.security.AuthorizationImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Notices (通知公告) and their receipts in core's database; issuing notifies each addressed unit. */
@Component(service = { Notices.class, NoticesImpl.class })
public class NoticesImpl implements Notices {
    static final String TYPE = "core.notice";
    private final JpaTemplate jpa;
    private final AuthorizationImpl authorization;
    private final NotificationsImpl notifications;

    @Activate
    public NoticesImpl(@Reference(target = "(osgi.unit.name=grassroots-core)") JpaTemplate jpa, @Reference CoreSchema schema,
                       @Reference AuthorizationImpl authorization, @Reference NotificationsImpl notifications) {
        this.jpa = jpa;
        this.authorization = authorization;
        this.notifications = notifications;
    }

    @Override
    public Notice issue(NoticeDraft draft) {
        authorization.require(CorePermissions.NOTICE_ISSUE);
        if (draft == null) {
            throw ValidationException.of("body", NotifyMessages.message("notice.body.required"));
        }
        ValidationException.Builder errors = ValidationException.builder();
        Addressees.text(draft.title(), "title", 200, true, errors);
        Addressees.text(draft.body(), "body", 8000, false, errors);
        errors.throwIfAny();
        String actor = Actors.current();
        return jpa.txExpr(TransactionType.Required, em -> {
            OrganizationEntity issuer = Addressees.issuer(em, draft.organizationId());
            List<OrganizationEntity> targets = Addressees.targets(em, issuer, draft.unitIds());
            NoticeEntity n = new NoticeEntity();
            n.organizationId = issuer.getId();
            n.orgPath = issuer.getPath();
            n.title = draft.title().trim();
            n.body = Addressees.trim(draft.body());
            n.issuedAt = UtcTimes.nowInstant();
            n.issuedBy = actor;
            em.persist(n);
            em.flush();
            for (OrganizationEntity unit : targets) {
                NoticeReceiptEntity r = new NoticeReceiptEntity();
                r.parentId = n.id;
                r.unitId = unit.getId();
                r.unitPath = unit.getPath();
                em.persist(r);
            }
            notifications.postIn(em, new NotificationDraft("core", "core.notice.issued",
                    LocalizedText.of("通知公告待签收：" + n.title, "Notice to sign for: " + n.title), null, "#/notices/" + n.id,
                    TYPE, n.id, null), targets.stream().map(u -> Recipient.unit(u.getId())).toList(), actor);
            Audit.record(em, "ISSUE", TYPE, n.id, n.title + " (from unit " + issuer.getCode() + " to " + targets.size() + " units)");
            return toRecord(n, issuer.getName(), targets.size(), 0);
        });
    }

    @Override
    public Page<Notice> list(PageRequest page) {
        authorization.require(CorePermissions.NOTICE_READ);
        return jpa.txExpr(TransactionType.Supports, em -> {
            String prefix = Scopes.prefix(em);
            String where = prefix == null ? "" : " WHERE " + Addressees.visible("NoticeReceiptEntity");
            TypedQuery<NoticeEntity> select = em.createQuery("SELECT x FROM NoticeEntity x" + where
                    + " ORDER BY x.issuedAt DESC, x.id DESC", NoticeEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(x) FROM NoticeEntity x" + where, Long.class);
            if (prefix != null) {
                select.setParameter("path", prefix + "%");
                count.setParameter("path", prefix + "%");
            }
            List<Notice> items = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                    .map(n -> toRecord(em, n)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    @Override
    public Notice get(long id) {
        authorization.require(CorePermissions.NOTICE_READ);
        return jpa.txExpr(TransactionType.Supports, em -> toRecord(em, visible(em, id)));
    }

    @Override
    public List<NoticeReceipt> receipts(long id, Boolean signed) {
        authorization.require(CorePermissions.NOTICE_READ);
        return jpa.txExpr(TransactionType.Supports, em -> {
            visible(em, id);
            String prefix = Scopes.prefix(em);
            TypedQuery<NoticeReceiptEntity> query = em.createQuery("SELECT r FROM NoticeReceiptEntity r WHERE r.parentId = :id"
                    + (prefix == null ? "" : " AND r.unitPath LIKE :path")
                    + (signed == null ? "" : signed ? " AND r.signedAt IS NOT NULL" : " AND r.signedAt IS NULL")
                    + " ORDER BY r.unitPath", NoticeReceiptEntity.class).setParameter("id", id);
            if (prefix != null) {
                query.setParameter("path", prefix + "%");
            }
            List<NoticeReceiptEntity> rows = query.getResultList();
            Map<Long, OrganizationEntity> units = Addressees.units(em, rows.stream().map(r -> r.unitId).toList());
            return rows.stream().map(r -> receipt(r, units.get(r.unitId))).toList();
        });
    }

    @Override
    public NoticeReceipt sign(long id, long unitId) {
        authorization.require(CorePermissions.NOTICE_SIGN);
        String actor = Actors.current();
        return jpa.txExpr(TransactionType.Required, em -> {
            visible(em, id);
            NoticeReceiptEntity r = em.find(NoticeReceiptEntity.class, new UnitKey(id, unitId));
            if (r == null || !Scopes.visible(em, unitId)) {
                throw CoreMessages.notFound("notice receipt", id + "/" + unitId);
            }
            Addressees.requireOwnUnit(Actors.caller(), unitId);
            if (r.signedAt != null) {
                throw new ConflictException(NotifyMessages.message("notice.signedAlready", unitId, id, r.signedAt));
            }
            r.signedAt = UtcTimes.nowInstant();
            r.signedBy = actor;
            Audit.record(em, "SIGN", TYPE, id, "signed for unit " + unitId);
            return receipt(r, em.find(OrganizationEntity.class, unitId));
        });
    }

    private NoticeEntity visible(EntityManager em, long id) {
        NoticeEntity n = em.find(NoticeEntity.class, id);
        String prefix = Scopes.prefix(em);
        if (n == null || (prefix != null && em.createQuery("SELECT COUNT(x) FROM NoticeEntity x WHERE x.id = :id AND "
                + Addressees.visible("NoticeReceiptEntity"), Long.class).setParameter("id", id)
                .setParameter("path", prefix + "%").getSingleResult() == 0)) {
            throw CoreMessages.notFound(TYPE, id);
        }
        return n;
    }

    private static Notice toRecord(EntityManager em, NoticeEntity n) {
        Object[] counts = em.createQuery("SELECT COUNT(r), SUM(CASE WHEN r.signedAt IS NULL THEN 0 ELSE 1 END) "
                + "FROM NoticeReceiptEntity r WHERE r.parentId = :id", Object[].class).setParameter("id", n.id).getSingleResult();
        return toRecord(n, Addressees.name(em, n.organizationId), ((Number) counts[0]).intValue(),
                counts[1] == null ? 0 : ((Number) counts[1]).intValue());
    }

    private static Notice toRecord(NoticeEntity n, String issuerName, int addressed, int signed) {
        return new Notice(n.id, n.organizationId, issuerName, n.title, n.body, n.issuedAt, n.issuedBy, addressed, signed);
    }

    private static NoticeReceipt receipt(NoticeReceiptEntity r, OrganizationEntity unit) {
        return new NoticeReceipt(r.unitId, unit == null ? null : unit.getCode(), unit == null ? null : unit.getName(),
                r.signedAt != null, r.signedAt, r.signedBy);
    }
}
