package org.grassroots.rest.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.grassroots.core.api.FieldError;
import org.grassroots.core.api.RowError;
import org.grassroots.core.api.io.RejectedRowsException;
import org.grassroots.core.api.GrassrootsException;
import org.grassroots.core.api.TooManyRequestsException;
import org.grassroots.core.api.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every failure into an {@code application/problem+json} response. */
final class ProblemMappers {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    static final class Grassroots implements ExceptionMapper<GrassrootsException> {
        @Override
        public Response toResponse(GrassrootsException e) {
            Locale language = RequestLanguage.current();
            List<FieldError> errors = e instanceof ValidationException v ? v.errors(language) : List.of();
            List<RowError> rowErrors = e instanceof RejectedRowsException r ? r.rowErrors(language) : List.of();
            Response response = Problem.response(e.status(), e.title(), e.message(language), errors, rowErrors);
            if (e instanceof TooManyRequestsException limited) {
                response.getHeaders().putSingle("Retry-After", Long.toString(limited.retryAfterSeconds()));
            }
            return response;
        }
    }

    /** Malformed JSON (400) or JSON whose values do not fit the fields (422, naming the field). */
    static final class Json implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            // Jackson wraps what the body stream throws, e.g. JsonBodyLimit's 413, into a mapping error
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof WebApplicationException web) {
                    return new WebApplication().toResponse(web);
                }
            }
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                String reason;
                if (e instanceof UnrecognizedPropertyException) {
                    reason = RequestLanguage.text("json.unknownField");
                } else if (e instanceof RefusedValueException unsafe) {
                    reason = RequestLanguage.text(unsafe.reason());
                } else if (e instanceof InvalidNullException) {
                    reason = RequestLanguage.text("json.null");
                } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()) {
                    reason = RequestLanguage.text("json.cannotReadEnum", quote(invalid.getValue()),
                            allowed(invalid.getTargetType()));
                } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                    reason = RequestLanguage.text(expected(mismatch.getTargetType()));
                    if (mismatch.getTargetType().isEnum()) {
                        reason = RequestLanguage.text("json.expected.enum", allowed(mismatch.getTargetType()));
                    }
                } else {
                    reason = RequestLanguage.text("json.wrongType");
                }
                return Problem.response(422, "Validation failed", field + ": " + reason,
                        List.of(FieldError.of(field, reason)));
            }
            String original = String.valueOf(e.getOriginalMessage());
            if (original.startsWith("Duplicate field '")) {
                // STRICT_DUPLICATE_DETECTION: the parser names the field but gives no path
                String field = original.substring("Duplicate field '".length(), original.indexOf('\'', 17));
                String reason = RequestLanguage.text("json.duplicate");
                return Problem.response(422, "Validation failed", field + ": " + reason,
                        List.of(FieldError.of(field, reason)));
            }
            return Problem.response(400, "Bad request", RequestLanguage.text("json.malformed", original));
        }

        /** The key of "expected …" for a value of {@code type}. */
        private static String expected(Class<?> type) {
            if (type == Long.class || type == Integer.class || type == Short.class || type == long.class
                    || type == int.class || type == short.class || type == java.math.BigInteger.class) {
                return "json.expected.whole";
            }
            if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
                return "json.expected.number";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "json.expected.boolean";
            }
            if (type == String.class) {
                return "json.expected.text";
            }
            if (type == java.time.LocalDate.class) {
                return "json.expected.date";
            }
            if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
                return "json.expected.time";
            }
            if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
                return "json.expected.list";
            }
            return "json.wrongType";
        }

        private static String quote(Object value) {
            return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
        }

        private static String allowed(Class<?> enumType) {
            Object[] constants = enumType.getEnumConstants();
            StringBuilder out = new StringBuilder();
            for (Object c : constants) {
                out.append(out.length() == 0 ? "" : ", ").append(c);
            }
            return out.toString();
        }
    }

    /** Jersey's own 404/405/406/415 and friends, with a problem body instead of an HTML page. */
    static final class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e instanceof org.glassfish.jersey.server.ParamException param) {
                // QueryParamConverters reads most query parameters; this is Jersey's own reading (e.g. a plain int)
                String name = param.getParameterName();
                boolean number = param.getCause() instanceof NumberFormatException;
                String reason = RequestLanguage.text(number ? "param.notWholeNumber" : "param.unreadable");
                int status = param instanceof org.glassfish.jersey.server.ParamException.QueryParamException ? 422 : 400;
                return Problem.response(status, status == 422 ? "Validation failed" : "Bad request",
                        name + ": " + reason, List.of(FieldError.of(name, reason)));
            }
            Response original = e.getResponse();
            int status = original.getStatus();
            if (original.hasEntity() && original.getMediaType() != null
                    && original.getMediaType().toString().startsWith("application/problem+json")) {
                return original;
            }
            String title = original.getStatusInfo().getReasonPhrase();
            Response.ResponseBuilder builder = Response.fromResponse(Problem.response(status, title, detail(e, status)));
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(value -> builder.header(name, value));
                }
            });
            return builder.build();
        }

        private static String detail(WebApplicationException e, int status) {
            return switch (status) {
                case 404, 405, 406, 415 -> RequestLanguage.text("web." + status);
                default -> e.getMessage();
            };
        }
    }

    static final class Unexpected implements ExceptionMapper<RuntimeException> {
        private final StorageWatch storage;

        Unexpected(StorageWatch storage) {
            this.storage = storage;
        }

        @Override
        public Response toResponse(RuntimeException e) {
            if (e instanceof GrassrootsException g) {
                return new Grassroots().toResponse(g);
            }
            if (e instanceof WebApplicationException w) {
                return new WebApplication().toResponse(w);
            }
            if (e instanceof IllegalArgumentException) {
                return Problem.response(400, "Bad request", e.getMessage());
            }
            Response conflict = ConcurrentWrites.toConflict(e);
            if (conflict != null) {
                return conflict;
            }
            StorageWatch.Outage outage = storage == null ? null : storage.explain(e);
            if (outage != null) {
                // a full disk or a database that is away: the caller may retry, the log has it once (explain)
                return Response.fromResponse(Problem.response(503, "Service unavailable",
                        RequestLanguage.text(outage.messageKey))).header("Retry-After", "30").build();
            }
            LOG.error("Unexpected failure in a REST call", e);
            return Problem.response(500, "Internal error", RequestLanguage.text("unexpected.500"));
        }
    }
}
