package org.grassroots.rolemodel.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What is done with a model once cultivated: publicity items (宣传: title, channel, date, link; attachments through
 * core's file store, owner type {@code publicity}) from the 培养 stage on, and organized learning (组织学做: a unit
 * holds an activity with so many attendees) from the 宣传 stage on.
 */
@Component(service = ModelActivities.class)
public class ModelActivities {
    static final String PUBLICITY = "rolemodel.publicity";
    static final String LEARNING = "rolemodel.learning";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;
    private final RoleModels models;

    @Activate
    public ModelActivities(@Reference(target = RoleModelModule.UNIT) JpaTemplate jpa,
                           @Reference(target = RoleModelModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                           @Reference AuditLog audit, @Reference RoleModels models) {
        this.jpa = jpa;
        this.scope = scopes.of(RoleModelModule.ID);
        this.audit = audit;
        this.models = models;
    }

    public Publicity publicize(long modelId, PublicityDraft draft) {
        if (draft == null) {
            throw RoleModelText.TEXT.invalid("body", "body.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        String title = errors.line("title", draft.title(), 200, true);
        errors.required("channel", draft.channel());
        LocalDate on = errors.date("publishedOn", draft.publishedOn(), Inputs.EARLIEST, LocalDate.now(), true);
        String link = errors.line("link", draft.link(), 500, false);
        if (link != null && !isWebLink(link)) {
            errors.add("link", RoleModelText.TEXT.message("publicity.link"));
        }
        errors.throwIfAny();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ModelEntity m = models.forRecord(em, modelId);
            if (!Lifecycle.cultivated(m.stage)) {
                throw RoleModelText.TEXT.conflict("publicity.notCultivating", m.name, StageAction.CULTIVATE);
            }
            PublicityEntity p = publicizeIn(em, m, title, draft.channel(), on, link, actor);
            audit.record("CREATE", PUBLICITY, p.id, m.name + ": " + title, List.of());
            return toRecord(p);
        });
    }

    PublicityEntity publicizeIn(EntityManager em, ModelEntity m, String title, Channel channel, LocalDate on, String link, String actor) {
        PublicityEntity p = new PublicityEntity();
        p.modelId = m.id;
        p.organizationId = m.organizationId;
        p.orgPath = m.orgPath;
        p.title = title;
        p.channel = channel;
        p.publishedOn = on;
        p.link = link;
        p.recordedAt = UtcTimes.now();
        p.recordedBy = actor;
        em.persist(p);
        return p;
    }

    static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    public Learning learn(long modelId, LearningDraft draft) {
        if (draft == null) {
            throw RoleModelText.TEXT.invalid("body", "body.required");
        }
        ValidationException.Builder errors = ValidationException.builder();
        Organization host = draft.organizationId() == null ? null : scope.referencedUnit(draft.organizationId(), "organizationId", errors);
        String title = errors.line("title", draft.title(), 200, true);
        LocalDate on = errors.date("heldOn", draft.heldOn(), Inputs.EARLIEST, LocalDate.now(), true);
        errors.whole("attendees", draft.attendees(), 1, 100_000, true);
        errors.throwIfAny();
        if (host != null) {
            scope.requireEnabled(host.id());
        }
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            ModelEntity m = models.forRecord(em, modelId);
            if (!Lifecycle.publicized(m.stage)) {
                throw RoleModelText.TEXT.conflict("learning.notPublicized", m.name, StageAction.PUBLICIZE);
            }
            LearningEntity l = learnIn(em, m, host == null ? m.organizationId : host.id(),
                    host == null ? m.orgPath : host.path(), title, on, draft.attendees(), actor);
            audit.record("CREATE", LEARNING, l.id, m.name + ": " + title, List.of());
            return toRecord(l);
        });
    }

    LearningEntity learnIn(EntityManager em, ModelEntity m, long unitId, String path, String title, LocalDate on, int attendees,
                           String actor) {
        LearningEntity l = new LearningEntity();
        l.modelId = m.id;
        l.organizationId = unitId;
        l.orgPath = path;
        l.title = title;
        l.heldOn = on;
        l.attendees = attendees;
        l.recordedAt = UtcTimes.now();
        l.recordedBy = actor;
        em.persist(l);
        return l;
    }

    public List<Publicity> publicity(long modelId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            models.visible(em, modelId);
            return em.createQuery("SELECT p FROM PublicityEntity p WHERE p.modelId = :id ORDER BY p.publishedOn DESC, p.id DESC",
                    PublicityEntity.class).setParameter("id", modelId).getResultList().stream().map(ModelActivities::toRecord).toList();
        });
    }

    public List<Learning> learning(long modelId) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            models.visible(em, modelId);
            return em.createQuery("SELECT l FROM LearningEntity l WHERE l.modelId = :id ORDER BY l.heldOn DESC, l.id DESC",
                    LearningEntity.class).setParameter("id", modelId).getResultList().stream().map(this::toRecord).toList();
        });
    }

    static Publicity toRecord(PublicityEntity p) {
        return new Publicity(p.id, p.modelId, p.title, p.channel, p.publishedOn, p.link, UtcTimes.instant(p.recordedAt), p.recordedBy);
    }

    Learning toRecord(LearningEntity l) {
        return new Learning(l.id, l.modelId, l.organizationId, scope.name(l.organizationId), l.title, l.heldOn, l.attendees,
                UtcTimes.instant(l.recordedAt), l.recordedBy);
    }
}
