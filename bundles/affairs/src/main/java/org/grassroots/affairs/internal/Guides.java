package org.grassroots.affairs.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UtcTimes;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Monthly guides: the district or a street pushes down the month's topics for 主题党日 and 党课; an organization sees
 * the guides of every unit above it (and its own) and links its meetings to them.
 */
@Component(service = Guides.class)
public class Guides {
    static final String TYPE = "affairs.guide";

    private final JpaTemplate jpa;
    private final ModuleScope scope;
    private final AuditLog audit;

    @Activate
    public Guides(@Reference(target = AffairsModule.UNIT) JpaTemplate jpa,
                  @Reference(target = AffairsModule.SCHEMA) ModuleSchema schema, @Reference ModuleScopes scopes,
                  @Reference AuditLog audit) {
        this.jpa = jpa;
        this.scope = scopes.of(AffairsModule.ID);
        this.audit = audit;
    }

    public Guide issue(GuideDraft draft) {
        if (draft == null) {
            throw AffairsText.TEXT.invalid("body", "body.required", "{unitId, month, type, title}");
        }
        Organization unit = scope.enabledUnit(draft.unitId(), "unitId");
        FieldErrors errors = AffairsText.errors();
        YearMonth month = null;
        try {
            month = draft.month() == null ? null : YearMonth.parse(draft.month().strip());
        } catch (DateTimeParseException e) {
            month = null;
        }
        if (month == null || month.getYear() < 2000 || month.getYear() > 2100) {
            errors.add("month", "guide.month");
        }
        if (draft.type() != MeetingType.THEME_DAY && draft.type() != MeetingType.LECTURE) {
            errors.add("type", "guide.type");
        }
        if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 200) {
            errors.add("title", "text.required", 200);
        }
        if (draft.description() != null && draft.description().length() > 2000) {
            errors.add("description", "text.max", 2000);
        }
        errors.throwIfAny();
        String key = month.toString();
        String actor = scope.actor();
        return jpa.txExpr(TransactionType.Required, em -> {
            GuideEntity g = new GuideEntity();
            g.unitId = unit.id();
            g.orgPath = unit.path();
            g.month = key;
            g.type = draft.type();
            g.title = draft.title().trim();
            g.description = Meetings.trim(draft.description());
            g.issuedBy = actor;
            g.issuedAt = UtcTimes.now();
            em.persist(g);
            em.flush();
            audit.record("ISSUE", TYPE, g.id, unit.name() + " " + g.month + " " + g.type.label() + ": " + g.title, List.of());
            return toRecord(g);
        });
    }

    /** The guides an organization follows: those of the units above it and its own, for a year (newest first). */
    public List<Guide> forUnit(Long unitId, int year) {
        Organization unit = scope.enabledUnit(unitId, "unit");
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT g FROM GuideEntity g WHERE "
                        + "g.orgPath IN :paths AND g.month LIKE :year ORDER BY g.month DESC, g.id DESC", GuideEntity.class)
                .setParameter("paths", ancestors(unit.path())).setParameter("year", year + "-%").getResultList().stream()
                .map(this::toRecord).toList());
    }

    /** The paths of a unit and every unit above it: {@code /1/7/42/} → {@code /1/}, {@code /1/7/}, {@code /1/7/42/}. */
    static List<String> ancestors(String path) {
        List<String> paths = new java.util.ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            paths.add(path.substring(0, i + 1));
        }
        return paths;
    }

    /** 422 on {@code guideId} unless the guide is one the organization follows and of the meeting's type. */
    void requireFor(EntityManager em, long guideId, Organization org, MeetingType type) {
        GuideEntity g = em.find(GuideEntity.class, guideId);
        if (g == null || !org.path().startsWith(g.orgPath) || g.type != type) {
            throw AffairsText.TEXT.invalid("guideId", "guide.notFor", guideId, org.name());
        }
    }

    private Guide toRecord(GuideEntity g) {
        return new Guide(g.id, g.unitId, scope.name(g.unitId), g.month, g.type, g.title, g.description, g.issuedBy,
                UtcTimes.instant(g.issuedAt));
    }
}
