package org.grassroots.core.api.module;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.text.Languages;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * A module's server messages ({@code messages.properties}, English, and {@code messages_zh.properties}, Chinese,
 * beside the anchor class) and the refusals every module gives alike, each read in the caller's language.
 * <p>
 * A module keeps one instance, e.g. {@code static final ModuleMessages TEXT = ModuleMessages.of(DuesText.class)}.
 * A record type is named by the bundle's {@code type.<type>} text, so "找不到结对 12" rather than "pairing 12";
 * the bundle's own {@code notFound} and {@code conflict.stale} texts are used when it has them, core-api's
 * otherwise.
 *
 * @since 1.5
 */
public final class ModuleMessages {
    private static final MessageBundle CORE = MessageBundle.of(NotFoundException.class);

    private final MessageBundle bundle;

    private ModuleMessages(MessageBundle bundle) {
        this.bundle = bundle;
    }

    /** The messages beside {@code anchor} (same package, {@code messages*.properties}). */
    public static ModuleMessages of(Class<?> anchor) {
        return new ModuleMessages(MessageBundle.of(anchor));
    }

    public MessageBundle bundle() {
        return bundle;
    }

    public Message message(String key, Object... args) {
        return bundle.message(key, args);
    }

    /** The message in one language (the shell, tests). */
    public String in(Locale locale, String key, Object... args) {
        return message(key, args).in(locale);
    }

    /** Both languages of a message, for a text that travels as data (stored reasons, report sentences). */
    public LocalizedText both(String key, Object... args) {
        Message m = message(key, args);
        return LocalizedText.of(m.chinese(), m.english());
    }

    /** The name of a record type in the reader's language ({@code type.<type>}; the type itself when unknown). */
    public Message type(String type) {
        String key = "type." + type;
        return bundle.has(key) ? bundle.message(key) : Message.plain(type);
    }

    public NotFoundException notFound(String type, Object id) {
        return new NotFoundException(own("notFound", "notFound.record", type(type), id));
    }

    public ConflictException stale(String type, Object id, long expected, long actual) {
        return new ConflictException(own("conflict.stale", "conflict.stale", type(type), id, expected, actual));
    }

    public ConflictException conflict(String key, Object... args) {
        return new ConflictException(message(key, args));
    }

    /** One refused field. */
    public ValidationException invalid(String field, String key, Object... args) {
        return ValidationException.of(field, message(key, args));
    }

    /** The kit's visibility check (a row's stored unit path in the caller's scope), naming the record in the reader's words. */
    public void requireVisible(ModuleScope scope, String path, String type, Object id) {
        try {
            scope.requireVisible(path, type, id);
        } catch (NotFoundException e) {
            throw notFound(type, id);
        }
    }

    /** The kit's record check (unit in scope, module enabled there), naming an unseen record in the reader's words. */
    public void requireRecord(ModuleScope scope, long unitId, String type, Object id) {
        try {
            scope.requireRecord(unitId, type, id);
        } catch (NotFoundException e) {
            throw notFound(type, id);
        }
    }

    /** Adds the refusals of {@code e} to {@code to}, each field prefixed (e.g. {@code "[3]."} for a list line, or ""). */
    public static void addAll(ValidationException.Builder to, String prefix, ValidationException e) {
        List<FieldError> fields = e.errors();
        for (int i = 0; i < fields.size(); i++) {
            to.add(prefix + fields.get(i).field(), e.reason(i));
        }
    }

    /** The values one may choose: their names in English ("TECHNOLOGY, MARKET"), their labels in Chinese. */
    @SafeVarargs
    public static <E extends Enum<E> & Labelled> Message choices(E... values) {
        return locale -> Languages.isEnglish(locale)
                ? Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "))
                : Arrays.stream(values).map(v -> v.labels().zhCN()).collect(Collectors.joining("、"));
    }

    private Message own(String key, String coreKey, Object... args) {
        return bundle.has(key) ? bundle.message(key, args) : CORE.message(coreKey, args);
    }
}
