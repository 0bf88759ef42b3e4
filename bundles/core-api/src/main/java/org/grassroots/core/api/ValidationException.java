package org.grassroots.core.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.grassroots.core.api.text.Message;
import org.grassroots.core.api.text.MessageBundle;
import org.grassroots.core.api.text.Texts;

/**
 * Input refused; each {@link FieldError} names a field and the reason. Answers 422. Reasons given as
 * {@link Message}s are read in the caller's language ({@link #errors(Locale)}); {@link #errors()} gives them in
 * English.
 */
public class ValidationException extends GrassrootsException {
    private static final long serialVersionUID = 1L;
    private static final MessageBundle MESSAGES = MessageBundle.of(ValidationException.class);

    private final transient List<Reason> reasons;

    /** One field and why it was refused. */
    private record Reason(String field, Message reason) {
    }

    public ValidationException(List<FieldError> errors) {
        this(errors.stream().map(e -> new Reason(e.field(), Message.plain(e.reason()))).toList(), true);
    }

    public ValidationException(FieldError error) {
        this(List.of(error));
    }

    private ValidationException(List<Reason> reasons, boolean marker) {
        super(summary(reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** {@code field} refused for {@code reason}. @since 0.2 */
    public static ValidationException of(String field, Message reason) {
        return new ValidationException(List.of(new Reason(field, reason)), true);
    }

    /** Collects the refused fields of one input, to refuse them all at once. @since 0.2 */
    public static Builder builder() {
        return new Builder();
    }

    public List<FieldError> errors() {
        return errors(Locale.ENGLISH);
    }

    /** The refused fields with their reasons in {@code locale}. @since 0.2 */
    public List<FieldError> errors(Locale locale) {
        return reasons.stream().map(r -> FieldError.of(r.field(), r.reason().in(locale))).toList();
    }

    @Override
    public Message message() {
        return locale -> reasons.stream().map(r -> r.field() + ": " + r.reason().in(locale))
                .collect(Collectors.joining("; "));
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Validation failed";
    }

    private static String summary(List<Reason> reasons) {
        return reasons.stream().map(r -> r.field() + ": " + r.reason().english()).collect(Collectors.joining("; "));
    }

    /** Refused fields of one input; {@link #throwIfAny()} refuses them together, or does nothing. */
    public static final class Builder {
        private final List<Reason> reasons = new ArrayList<>();

        private Builder() {
        }

        public Builder add(String field, Message reason) {
            reasons.add(new Reason(field, reason));
            return this;
        }

        public Builder add(FieldError error) {
            return add(error.field(), Message.plain(error.reason()));
        }

        /** Adds the common "required" reason for {@code field} when {@code value} is null or blank. */
        public Builder required(String field, Object value) {
            if (value == null || value instanceof String s && Texts.isBlank(s)) {
                add(field, MESSAGES.message("validation.required"));
            }
            return this;
        }

        /**
         * Adds the reason {@code value} cannot be a single-line text (line breaks, control or direction characters,
         * only invisible characters), if it cannot; see {@link Texts}.
         */
        public Builder singleLine(String field, String value) {
            Message problem = Texts.singleLineProblem(value);
            if (problem == null && Texts.looksBlankButIsNot(value)) {
                problem = Texts.invisibleOnly();
            }
            if (problem != null) {
                add(field, problem);
            }
            return this;
        }

        public boolean isEmpty() {
            return reasons.isEmpty();
        }

        public ValidationException build() {
            if (reasons.isEmpty()) {
                throw new IllegalStateException("no refused field");
            }
            return new ValidationException(reasons, true);
        }

        public void throwIfAny() {
            if (!reasons.isEmpty()) {
                throw build();
            }
        }
    }
}
