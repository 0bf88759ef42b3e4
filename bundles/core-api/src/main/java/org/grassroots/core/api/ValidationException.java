package org.grassroots.core.api;

import java.math.BigDecimal;
import java.time.LocalDate;
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

    /** The reason the {@code index}th field was refused, still read in the reader's language. @since 1.3 */
    public Message reason(int index) {
        return reasons.get(index).reason();
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

        /**
         * A single-line text field: trimmed and in NFC, {@code null} when absent or blank (and then "required" when
         * {@code required}); refused when it has line breaks or control characters, is only invisible characters,
         * or is longer than {@code max}. @since 1.3
         */
        public String line(String field, String value, int max, boolean required) {
            return text(field, value, max, required, true);
        }

        /** A text field that may have line breaks (notes, minutes), checked as {@link #line} otherwise. @since 1.3 */
        public String note(String field, String value, int max, boolean required) {
            return text(field, value, max, required, false);
        }

        private String text(String field, String value, int max, boolean required, boolean singleLine) {
            if (value == null || Texts.isBlank(value)) {
                if (Texts.looksBlankButIsNot(value)) {
                    add(field, Texts.invisibleOnly());
                } else if (required) {
                    add(field, MESSAGES.message("validation.required"));
                }
                return null;
            }
            Message problem = singleLine ? Texts.singleLineProblem(value) : Texts.problem(value);
            if (problem != null) {
                add(field, problem);
                return null;
            }
            String text = Texts.normalize(value.strip());
            if (text.length() > max) {
                add(field, MESSAGES.message("validation.tooLong", max));
                return null;
            }
            return text;
        }

        /**
         * A decimal in [{@code min}, {@code max}] with at most {@code scale} decimals; {@code null} when absent
         * ("required" when {@code required}) or refused. @since 1.3
         */
        public BigDecimal number(String field, BigDecimal value, BigDecimal min, BigDecimal max, int scale,
                                 boolean required) {
            if (value == null) {
                if (required) {
                    add(field, MESSAGES.message("validation.required"));
                }
                return null;
            }
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                add(field, MESSAGES.message("validation.range", min.toPlainString(), max.toPlainString()));
                return null;
            }
            if (value.stripTrailingZeros().scale() > scale) {
                add(field, MESSAGES.message("validation.scale", scale));
                return null;
            }
            return value;
        }

        /** A whole number in [{@code min}, {@code max}]; {@code null} when absent or refused. @since 1.3 */
        public Integer whole(String field, Integer value, int min, int max, boolean required) {
            if (value == null) {
                if (required) {
                    add(field, MESSAGES.message("validation.required"));
                }
                return null;
            }
            if (value < min || value > max) {
                add(field, MESSAGES.message("validation.range", min, max));
                return null;
            }
            return value;
        }

        /** A date in [{@code earliest}, {@code latest}]; {@code null} when absent or refused. @since 1.3 */
        public LocalDate date(String field, LocalDate value, LocalDate earliest, LocalDate latest, boolean required) {
            if (value == null) {
                if (required) {
                    add(field, MESSAGES.message("validation.required"));
                }
                return null;
            }
            if (value.isBefore(earliest) || value.isAfter(latest)) {
                add(field, MESSAGES.message("validation.dateRange", earliest, latest));
                return null;
            }
            return value;
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
