package org.grassroots.core.api;

import java.util.List;
import java.util.stream.Collectors;

/** Input refused; each {@link FieldError} names a field and the reason. Answers 422. */
public class ValidationException extends GrassrootsException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Validation failed";
    }
}
