package org.grassroots.rural.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.Labelled;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * Rural's server messages ({@code messages.properties}, English, and {@code messages_zh.properties}, Chinese,
 * beside this class), read in the caller's language; and the refusals every service of the module gives alike.
 * A record type is named by its {@code type.<type>} text ("找不到结对 12", "pairing 12 not found").
 */
public final class RuralMessages {
    public static final MessageBundle MESSAGES = MessageBundle.of(RuralMessages.class);

    private RuralMessages() {
    }

    public static Message message(String key, Object... args) {
        return MESSAGES.message(key, args);
    }

    /** The name of a record type in the reader's language ({@code type.<type>}; the type itself when unknown). */
    public static Message type(String type) {
        String key = "type." + type;
        return MESSAGES.has(key) ? MESSAGES.message(key) : Message.plain(type);
    }

    public static NotFoundException notFound(String type, Object id) {
        return new NotFoundException(message("notFound", type(type), id));
    }

    public static ConflictException stale(String type, Object id, long expected, long actual) {
        return new ConflictException(message("conflict.stale", type(type), id, expected, actual));
    }

    public static ConflictException conflict(String key, Object... args) {
        return new ConflictException(message(key, args));
    }

    /** One refused field. */
    public static ValidationException invalid(String field, String key, Object... args) {
        return ValidationException.of(field, message(key, args));
    }

    /** The kit's visibility check, refusing with the record named in the reader's words. */
    public static void requireVisible(ModuleScope scope, String path, String type, Object id) {
        try {
            scope.requireVisible(path, type, id);
        } catch (NotFoundException e) {
            throw notFound(type, id);
        }
    }

    /** The kit's record check (in scope, module enabled), refusing an unseen record in the reader's words. */
    public static void requireRecord(ModuleScope scope, long unitId, String type, Object id) {
        try {
            scope.requireRecord(unitId, type, id);
        } catch (NotFoundException e) {
            throw notFound(type, id);
        }
    }

    /** Adds the refusals of {@code e} to {@code to}, each still read in the reader's language. */
    public static void addAll(ValidationException.Builder to, ValidationException e) {
        List<FieldError> fields = e.errors();
        for (int i = 0; i < fields.size(); i++) {
            to.add(fields.get(i).field(), reason(e, i));
        }
    }

    /** The reason of the {@code index}th refused field of {@code e}, in the reader's language. */
    public static Message reason(ValidationException e, int index) {
        return locale -> e.errors(locale).get(index).reason();
    }

    /** The values one may choose: their names in English ("TECHNOLOGY, MARKET"), their labels in Chinese. */
    @SafeVarargs
    public static <E extends Enum<E> & Labelled> Message choices(E... values) {
        return locale -> Languages.isEnglish(locale)
                ? Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "))
                : Arrays.stream(values).map(v -> v.labels().zhCN()).collect(Collectors.joining("、"));
    }
}
