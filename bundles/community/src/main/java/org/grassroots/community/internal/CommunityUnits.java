package org.grassroots.community.internal;

import java.time.LocalDate;

import org.grassroots.core.api.Organization;
import org.grassroots.core.api.UnitType;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleSchema;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.module.ModuleScopes;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.api.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's scope (core's {@link ModuleScope}) and the checks every service shares: a community named in a body
 * (in the caller's scope, of type 社区, the module enabled there) and strict text and date fields.
 */
@Component(service = CommunityUnits.class)
public class CommunityUnits {
    static final MessageBundle MESSAGES = MessageBundle.of(CommunityUnits.class);

    private final ModuleScope scope;

    @Activate
    public CommunityUnits(@Reference ModuleScopes scopes, @Reference(target = CommunityModule.SCHEMA) ModuleSchema schema) {
        this.scope = scopes.of(CommunityModule.ID);
    }

    ModuleScope scope() {
        return scope;
    }

    static Message message(String key, Object... args) {
        return MESSAGES.message(key, args);
    }

    /** The community a body names: refused field when missing, out of scope or not a community; 403 when disabled. */
    Organization community(Long id, String field, ValidationException.Builder errors) {
        Organization unit = scope.referencedUnit(id, field, errors);
        if (unit == null) {
            return null;
        }
        if (unit.unitType() != UnitType.COMMUNITY) {
            errors.add(field, message("field.notCommunity", unit.name()));
            return null;
        }
        scope.requireEnabled(unit.id());
        return unit;
    }

    /** A required single-line text of at most {@code max} characters, trimmed; null (and a refusal) otherwise. */
    static String line(String field, String value, int max, boolean required, ValidationException.Builder errors) {
        if (value == null || Texts.isBlank(value)) {
            if (required) {
                errors.required(field, value);
            }
            return null;
        }
        errors.singleLine(field, value);
        String v = Texts.normalize(value).trim();
        if (v.length() > max) {
            errors.add(field, message("field.tooLong", max));
        }
        return v;
    }

    /** A text that may span lines, of at most {@code max} characters, trimmed; null when blank. */
    static String text(String field, String value, int max, boolean required, ValidationException.Builder errors) {
        if (value == null || Texts.isBlank(value)) {
            if (required) {
                errors.required(field, value);
            }
            return null;
        }
        Message problem = Texts.problem(value);
        if (problem != null) {
            errors.add(field, problem);
        }
        String v = Texts.normalize(value).trim();
        if (v.length() > max) {
            errors.add(field, message("field.tooLong", max));
        }
        return v;
    }

    /** A date that is not in the future and not before 2000. */
    static LocalDate pastDate(String field, LocalDate value, boolean required, ValidationException.Builder errors) {
        if (value == null) {
            if (required) {
                errors.required(field, null);
            }
            return null;
        }
        if (value.isAfter(LocalDate.now()) || value.getYear() < 2000) {
            errors.add(field, message("field.dateRange"));
            return null;
        }
        return value;
    }
}
