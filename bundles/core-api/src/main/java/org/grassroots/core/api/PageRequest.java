package org.grassroots.core.api;

/**
 * Zero-based page, size and a sort expression such as {@code name} or {@code -joinedOn}
 * (leading minus for descending).
 */
public record PageRequest(int page, int size, String sort) {
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new ValidationException(FieldError.of("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException(FieldError.of("size", "must be between 1 and " + MAX_SIZE));
        }
    }

    public static PageRequest of(int page, int size) {
        return new PageRequest(page, size, null);
    }

    public int offset() {
        return page * size;
    }
}
