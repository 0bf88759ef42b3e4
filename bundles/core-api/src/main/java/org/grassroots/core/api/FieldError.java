package org.grassroots.core.api;

/** A reason one field of an input was refused. */
public record FieldError(String field, String reason) {
    public static FieldError of(String field, String reason) {
        return new FieldError(field, reason);
    }
}
