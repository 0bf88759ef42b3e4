package org.grassroots.industrial.internal;

import org.grassroots.core.api.module.ModuleSchema;
import java.util.List;
import java.util.Locale;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.LocalizedText;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Request categories and their deadlines in working days (the module's setting, {@code IND_CATEGORY}, edited over
 * {@code /api/industrial/categories}). Platform-wide: every park handles a category within the same time limit.
 */
@Component(service = Categories.class)
public class Categories {
    static final String TYPE = "industrial.category";
    static final int MAX_DEADLINE_DAYS = 365;

    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public Categories(@Reference(target = "(osgi.unit.name=grassroots-industrial)") JpaTemplate jpa,
                      @Reference(target = IndustrialModule.SCHEMA) ModuleSchema schema, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    public List<Category> list() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT c FROM CategoryEntity c ORDER BY c.code", CategoryEntity.class).getResultList()
                .stream().map(Categories::toRecord).toList());
    }

    public Category get(String code) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            CategoryEntity entity = code == null ? null : em.find(CategoryEntity.class, code);
            if (entity == null) {
                throw IndustrialMessages.TEXT.notFound(TYPE, code);
            }
            return toRecord(entity);
        });
    }

    public Category create(CategoryDraft draft) {
        ValidationException.Builder errors = validate(draft, true);
        String code = draft.code().trim().toUpperCase(Locale.ROOT);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (em.find(CategoryEntity.class, code) != null) {
                throw IndustrialMessages.TEXT.conflict("category.exists", code);
            }
            throwIf(errors);
            CategoryEntity entity = new CategoryEntity();
            entity.code = code;
            apply(entity, draft);
            em.persist(entity);
            em.flush();
            audit.record("CREATE", TYPE, null, code + " " + entity.nameZh + ": " + entity.deadlineDays + " working days",
                    List.of(new FieldChange("deadlineDays", null, Integer.toString(entity.deadlineDays))));
            return toRecord(entity);
        });
    }

    public Category update(String code, long version, CategoryDraft draft) {
        ValidationException.Builder errors = validate(draft, false);
        return jpa.txExpr(TransactionType.Required, em -> {
            CategoryEntity entity = em.find(CategoryEntity.class, code);
            if (entity == null) {
                throw IndustrialMessages.TEXT.notFound(TYPE, code);
            }
            throwIf(errors);
            if (entity.version != version) {
                throw IndustrialMessages.TEXT.stale(TYPE, code, version, entity.version);
            }
            String before = Integer.toString(entity.deadlineDays);
            apply(entity, draft);
            em.flush();
            audit.record("UPDATE", TYPE, null, code + " " + entity.nameZh,
                    List.of(new FieldChange("deadlineDays", before, Integer.toString(entity.deadlineDays))));
            return toRecord(entity);
        });
    }

    private static void apply(CategoryEntity entity, CategoryDraft draft) {
        entity.nameZh = draft.zhCN().trim();
        entity.nameEn = draft.en() == null || draft.en().isBlank() ? entity.nameZh : draft.en().trim();
        entity.deadlineDays = draft.deadlineDays();
    }

    private static ValidationException.Builder validate(CategoryDraft draft, boolean create) {
        ValidationException.Builder errors = ValidationException.builder();
        if (draft == null) {
            throw IndustrialMessages.TEXT.invalid("body", "body.required", "{code, zhCN, en, deadlineDays}");
        }
        if (create && (draft.code() == null || !draft.code().trim().matches("[A-Za-z][A-Za-z0-9_]{1,31}"))) {
            errors.add("code", IndustrialMessages.TEXT.message("category.code"));
        }
        if (draft.zhCN() == null || draft.zhCN().isBlank() || draft.zhCN().length() > 100) {
            errors.add("zhCN", IndustrialMessages.TEXT.message("category.zhCN"));
        }
        if (draft.en() != null && draft.en().length() > 100) {
            errors.add("en", IndustrialMessages.TEXT.message("tooLong", 100));
        }
        if (draft.deadlineDays() == null || draft.deadlineDays() < 1 || draft.deadlineDays() > MAX_DEADLINE_DAYS) {
            errors.add("deadlineDays", IndustrialMessages.TEXT.message("category.deadline", MAX_DEADLINE_DAYS));
        }
        return errors;
    }

    private static void throwIf(ValidationException.Builder errors) {
        if (!errors.isEmpty()) {
            throw errors.build();
        }
    }

    static Category toRecord(CategoryEntity e) {
        return new Category(e.code, LocalizedText.of(e.nameZh, e.nameEn), e.deadlineDays, e.version);
    }
}
