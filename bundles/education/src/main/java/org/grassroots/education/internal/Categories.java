package org.grassroots.education.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.grassroots.core.api.audit.AuditLog;
import org.grassroots.core.api.audit.FieldChange;
import org.grassroots.core.api.module.LocalizedText;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The site categories (党群服务, 科技创新, 红色文化, 农文旅, …): district-wide data, extended by the district. */
@Component(service = Categories.class)
public class Categories {
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
    private final JpaTemplate jpa;
    private final AuditLog audit;

    @Activate
    public Categories(@Reference(target = EducationModule.UNIT) JpaTemplate jpa,
                      @Reference(target = EducationModule.SCHEMA) ModuleSchema schema, @Reference AuditLog audit) {
        this.jpa = jpa;
        this.audit = audit;
    }

    public List<Category> list() {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT c FROM EduCategory c ORDER BY c.position, c.code", CategoryEntity.class).getResultList()
                .stream().map(Categories::toRecord).toList());
    }

    boolean exists(String code) {
        return code != null && list().stream().anyMatch(c -> c.code().equals(code));
    }

    /** Adds a category or renames one ({@code code} stays: sites keep referring to it). */
    public Category save(CategoryDraft draft) {
        FieldErrors errors = new FieldErrors();
        if (draft == null || draft.code() == null || !CODE.matcher(draft.code()).matches()) {
            errors.add("code", "category.code");
        }
        if (draft == null || Texts.isBlank(draft.zhCN()) || TextFields.tooLong(draft.zhCN(), 100)) {
            errors.add("zhCN", "text.required", 100);
        }
        if (draft == null || Texts.isBlank(draft.en()) || TextFields.tooLong(draft.en(), 100)) {
            errors.add("en", "text.required", 100);
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            CategoryEntity c = em.find(CategoryEntity.class, draft.code());
            String before = c == null ? null : c.nameZh + " / " + c.nameEn;
            if (c == null) {
                c = new CategoryEntity();
                c.code = draft.code();
                c.position = draft.position() == null ? 100 : draft.position();
                em.persist(c);
            } else if (draft.position() != null) {
                c.position = draft.position();
            }
            c.nameZh = draft.zhCN().trim();
            c.nameEn = draft.en().trim();
            em.flush();
            audit.record(before == null ? "CREATE" : "UPDATE", "education.category", null, c.code,
                    List.of(new FieldChange("name", before, c.nameZh + " / " + c.nameEn)));
            return toRecord(c);
        });
    }

    private static Category toRecord(CategoryEntity c) {
        return new Category(c.code, LocalizedText.of(c.nameZh, c.nameEn), c.position, c.version);
    }
}
