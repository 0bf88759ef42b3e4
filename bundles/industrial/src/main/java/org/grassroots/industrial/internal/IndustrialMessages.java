package org.grassroots.industrial.internal;

import org.grassroots.core.api.ConflictException;
import org.grassroots.core.api.NotFoundException;
import org.grassroots.core.api.ValidationException;
import org.grassroots.core.api.module.ModuleScope;
import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;

/**
 * Industrial's server messages ({@code messages.properties}, English, and {@code messages_zh.properties}, Chinese,
 * beside this class), read in the caller's language; and the refusals every service of the module gives alike.
 * A record type is named by its {@code type.<type>} text ("找不到企业诉求 320", "service request 320 not found").
 */
public final class IndustrialMessages {
    public static final MessageBundle MESSAGES = MessageBundle.of(IndustrialMessages.class);

    private IndustrialMessages() {
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
}
