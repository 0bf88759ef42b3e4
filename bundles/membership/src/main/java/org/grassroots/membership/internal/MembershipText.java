package org.grassroots.membership.internal;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.Organization;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleMessages;
import org.grassroots.core.api.module.ModuleScope;

/**
 * The module's server messages ({@code messages.properties}, English, and {@code messages_zh.properties}, Chinese,
 * beside this class) and the refusals every module gives alike, read in the caller's language (LabelsTest checks
 * both files have the same keys); plus the two helpers that are truly this module's own.
 */
public final class MembershipText {
    /** The module's messages and its refusals, read in the caller's language. */
    public static final ModuleMessages TEXT = ModuleMessages.of(MembershipText.class);

    private MembershipText() {
    }

    /** A unit named in a body: in the caller's scope, or a refused field. */
    static Organization unit(ModuleScope scope, Long id, String field, ValidationException.Builder errors) {
        if (id == null) {
            errors.add(field, TEXT.message("field.required"));
            return null;
        }
        Organization unit = scope.referencedUnit(id, field, new java.util.ArrayList<FieldError>());
        if (unit == null) {
            errors.add(field, TEXT.message("unit.unknown", id));
        }
        return unit;
    }

    /** A date from a query: JPA providers answer aggregates of date columns as {@code java.sql.Date}. */
    static java.time.LocalDate date(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return (java.time.LocalDate) value;
    }
}
